// SPDX-License-Identifier: MIT
// The loss tab: BCE and MSE and their gradients against the logit equal the closed forms
// (BCE = ln(1 + e^(−z)) for y = 1, dBCE/dz = σ(z) − y, dMSE/dz = 2(σ − y)σ(1 − σ)), the annotation
// at the confidently wrong logit shows the vanished MSE gradient (−0.00492 at z = −6, mpmath), the
// label toggle mirrors everything, and the cross-entropy bars are s and s − onehot.
#include "chart/chartannotation.h"
#include "state/appstate.h"
#include "teaching/binarylosschart.h"
#include "teaching/crossentropychart.h"
#include "teaching/lossview.h"

#include <QBarSet>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

class TestLossView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void binaryCurves_data();
    void binaryCurves();
    void vanishingGradientAnnotated();
    void labelToggle();
    void crossEntropyBars_data();
    void crossEntropyBars();
    void badVectorKeepsBars();
};

namespace {

// Textbook forms, evaluated where they are accurate (|z| ≤ 10).
double sigma(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

double bce(double z, int y)
{
    return y == 1 ? std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

} // namespace

void TestLossView::binaryCurves_data()
{
    QTest::addColumn<int>("label");
    QTest::newRow("y = 1") << 1;
    QTest::newRow("y = 0") << 0;
}

void TestLossView::binaryCurves()
{
    QFETCH(int, label);
    AppState state;
    state.setLossLabel(label);
    BinaryLossChart loss(&state, BinaryLossChart::Quantity::Loss);
    BinaryLossChart gradient(&state, BinaryLossChart::Quantity::Gradient);
    QCOMPARE(loss.bceSeries()->count(), BinaryLossChart::kSamples);
    for (int i = 0; i < BinaryLossChart::kSamples; i += 50) {
        const double z = loss.bceSeries()->at(i).x();
        const double p = sigma(z);
        QVERIFY(std::abs(loss.bceSeries()->at(i).y() - bce(z, label)) < 1e-12 * std::max(1.0, bce(z, label)));
        QVERIFY(std::abs(loss.mseSeries()->at(i).y() - (p - label) * (p - label)) < 1e-12);
        QVERIFY(std::abs(gradient.bceSeries()->at(i).y() - (p - label)) < 1e-12);
        QVERIFY(std::abs(gradient.mseSeries()->at(i).y() - 2 * (p - label) * p * (1 - p)) < 1e-12);
    }
    QCOMPARE(loss.bceSeries()->at(0).x(), -BinaryLossChart::kZRange);
    QCOMPARE(loss.bceSeries()->at(BinaryLossChart::kSamples - 1).x(), BinaryLossChart::kZRange);
}

void TestLossView::vanishingGradientAnnotated()
{
    AppState state; // y = 1
    BinaryLossChart gradient(&state, BinaryLossChart::Quantity::Gradient);
    ChartAnnotation *note = gradient.annotation();
    QCOMPARE(note->anchor().x(), -6.0);
    // mpmath: 2(σ(−6) − 1)σ(−6)(1 − σ(−6)) = −0.004920821086740352, σ(−6) − 1 = −0.9975273768433652.
    QVERIFY(std::abs(note->anchor().y() + 0.004920821086740352) < 1e-15);
    QVERIFY2(note->text().contains(QStringLiteral("-0.00492")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("-0.998")));
    QVERIFY(note->text().contains(QStringLiteral("vanished")));
}

void TestLossView::labelToggle()
{
    AppState state;
    LossView view(&state);
    view.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.labelZero()->click();
    QCOMPARE(state.lossLabel(), 0);
    QCOMPARE(view.gradientChart()->wrongLogit(), 6.0);
    // dMSE/dz at z = 6 for y = 0 mirrors z = −6 for y = 1.
    QVERIFY(std::abs(view.gradientChart()->annotation()->anchor().y() - 0.004920821086740352) < 1e-15);
    QVERIFY(view.lossChart()->title().contains(QStringLiteral("y = 0")));
    view.labelOne()->click();
    QCOMPARE(state.lossLabel(), 1);
}

void TestLossView::crossEntropyBars_data()
{
    QTest::addColumn<int>("target"); // 1-based, as the spin box shows it
    QTest::newRow("z1") << 1;
    QTest::newRow("z2") << 2;
    QTest::newRow("z3") << 3;
}

void TestLossView::crossEntropyBars()
{
    QFETCH(int, target);
    AppState state; // the softmax vector 2.0, 1.0, 0.1
    LossView view(&state);
    view.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.targetBox()->setValue(target);
    QCOMPARE(state.lossClass(), target - 1);
    const double e[3] = {std::exp(2.0), std::exp(1.0), std::exp(0.1)};
    const double sum = e[0] + e[1] + e[2];
    CrossEntropyChart *chart = view.crossEntropyChart();
    QCOMPARE(chart->probabilitySet()->count(), 3);
    for (int i = 0; i < 3; ++i) {
        const double s = e[i] / sum;
        QVERIFY(std::abs(chart->probabilitySet()->at(i) - s) < 1e-15);
        QVERIFY(std::abs(chart->gradientSet()->at(i) - (s - (i == target - 1 ? 1.0 : 0.0))) < 1e-15);
    }
    QVERIFY(std::abs(chart->crossEntropy() + std::log(e[target - 1] / sum)) < 1e-14);
    QVERIFY(chart->title().contains(QString::number(chart->crossEntropy(), 'g', 4)));
}

void TestLossView::badVectorKeepsBars()
{
    AppState state;
    LossView view(&state);
    view.show();
    view.vectorInput()->selectAll();
    QTest::keyClicks(view.vectorInput(), QStringLiteral("1, 2, x"));
    QCOMPARE(state.softmaxInput(), QStringLiteral("1, 2, x"));
    QVERIFY(!view.vectorError()->isHidden());
    QVERIFY(view.vectorError()->text().contains(QStringLiteral("x")));
    // Still the last valid vector's bars ("1, 2" was typed on the way and is valid).
    QCOMPARE(view.crossEntropyChart()->probabilitySet()->count(), 2);
    // A target beyond a shorter vector is clamped, not an error.
    state.setLossClass(5);
    QCOMPARE(view.crossEntropyChart()->target(), 1);
}

QTEST_MAIN(TestLossView)
#include "tst_lossview.moc"
