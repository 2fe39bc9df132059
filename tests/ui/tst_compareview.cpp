// SPDX-License-Identifier: MIT
// The compare tab: the series are f − g and f′ − g′ from core, the maxima and where they occur
// are marked and read out (GELU minus its tanh approximation: 4.7323552e-4 at |x| = 2.6989414,
// derivative 8.6845183e-4 at |x| = 2.0186558, from mpmath), the combo boxes and the swap button
// drive the state, each function uses its own α/β.
#include "chart/chartannotation.h"
#include "comparison.h"
#include "registry.h"
#include "state/appstate.h"
#include "teaching/comparechart.h"
#include "teaching/compareview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

#include <cmath>

class TestCompareView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void geluAgainstTanhApproximation();
    void labelsEqualCore_data();
    void labelsEqualCore();
    void combosDriveState();
    void ownParameters();
};

namespace {

QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

void TestCompareView::geluAgainstTanhApproximation()
{
    AppState state; // compares gelu with gelu_tanh on [−6, 6] by default
    CompareView view(&state);
    view.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto &c = view.chart()->comparison();
    QVERIFY(c.has_value());
    QVERIFY(std::abs(c->maxValueDiff.value - 4.732355206872849e-4) < 1e-12);
    QVERIFY(std::abs(std::abs(c->maxValueDiff.at) - 2.698941386377270) < 1e-6);
    QVERIFY(std::abs(c->maxDerivativeDiff.value - 8.684518349859139e-4) < 1e-12);
    QVERIFY(std::abs(std::abs(c->maxDerivativeDiff.at) - 2.018655759771837) < 1e-6);
    // The markers sit at those points and say so.
    QCOMPARE(view.chart()->valueMarker()->anchor().x(), c->maxValueDiff.at);
    QVERIFY(std::abs(std::abs(view.chart()->valueMarker()->anchor().y()) - 4.732355206872849e-4) < 1e-12);
    QVERIFY(view.chart()->valueMarker()->text().contains(QStringLiteral("0.0004732")));
    QVERIFY(view.chart()->derivativeMarker()->text().contains(QStringLiteral("0.0008685")));
    QVERIFY(plain(view.readout()->text()).contains(QStringLiteral("0.0004732")));
    // Each box is on its point's side (the value's maximum at x ≈ −2.70, the derivative's at
    // ≈ +2.02 here): the boxes were in fixed corners and their leader lines crossed.
    const ChartAnnotation *value = view.chart()->valueMarker();
    const ChartAnnotation *derivative = view.chart()->derivativeMarker();
    QVERIFY(value->anchor().x() != derivative->anchor().x());
    QCOMPARE(value->textRect().center().x() < derivative->textRect().center().x(),
             value->anchor().x() < derivative->anchor().x());
}

void TestCompareView::labelsEqualCore_data()
{
    QTest::addColumn<QString>("f");
    QTest::addColumn<QString>("g");
    QTest::newRow("gelu vs silu") << "gelu"
                                  << "silu";
    QTest::newRow("relu vs leaky_relu") << "relu"
                                        << "leaky_relu";
    QTest::newRow("sigmoid vs hardsigmoid") << "sigmoid"
                                            << "hardsigmoid";
    QTest::newRow("same function") << "tanh"
                                   << "tanh";
}

void TestCompareView::labelsEqualCore()
{
    QFETCH(QString, f);
    QFETCH(QString, g);
    AppState state;
    state.setCompareFunctions(f, g);
    CompareView view(&state);
    view.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const actviz::Activation *a = actviz::findActivation(f.toStdString());
    const actviz::Activation *b = actviz::findActivation(g.toStdString());
    const auto expected =
        actviz::compareActivations({a, a->defaults()}, {b, b->defaults()}, state.xMin(), state.xMax());
    QVERIFY(expected);
    CompareChart *chart = view.chart();
    QCOMPARE(chart->valueMarker()->text(),
             CompareChart::maxLabel(QStringLiteral("|f − g|"), expected.value().maxValueDiff));
    QCOMPARE(chart->derivativeMarker()->text(),
             CompareChart::maxLabel(QStringLiteral("|f′ − g′|"), expected.value().maxDerivativeDiff));
    QCOMPARE(chart->valueSeries()->count(), int(expected.value().x.size()));
    for (int i = 0; i < chart->valueSeries()->count(); i += 97) {
        QCOMPARE(chart->valueSeries()->at(i).x(), expected.value().x[i]);
        QCOMPARE(chart->valueSeries()->at(i).y(), expected.value().valueDiff[i]);
        QCOMPARE(chart->derivativeSeries()->at(i).y(), expected.value().derivativeDiff[i]);
    }
    if (f == g)
        QCOMPARE(expected.value().maxValueDiff.value, 0.0);
}

void TestCompareView::combosDriveState()
{
    AppState state;
    CompareView view(&state);
    view.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.firstBox()->setCurrentIndex(view.firstBox()->findData(QStringLiteral("elu")));
    QCOMPARE(state.compareF(), QStringLiteral("elu"));
    view.secondBox()->setCurrentIndex(view.secondBox()->findData(QStringLiteral("selu")));
    QCOMPARE(state.compareG(), QStringLiteral("selu"));
    QVERIFY(view.chart()->title().contains(QStringLiteral("ELU")));
    auto *swap = view.findChild<QPushButton *>();
    QVERIFY(swap);
    swap->click();
    QCOMPARE(state.compareF(), QStringLiteral("selu"));
    QCOMPARE(state.compareG(), QStringLiteral("elu"));
    QCOMPARE(view.firstBox()->currentData().toString(), QStringLiteral("selu"));
}

void TestCompareView::ownParameters()
{
    AppState state;
    state.setCompareFunctions(QStringLiteral("leaky_relu"), QStringLiteral("relu"));
    CompareView view(&state);
    view.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // leaky_relu − relu = αx for x < 0: the largest |difference| on [−6, 6] is 6α, at x = −6.
    state.setParam(QStringLiteral("leaky_relu"), actviz::ParamId::Alpha, 0.2);
    const auto &c = view.chart()->comparison();
    QVERIFY(c.has_value());
    QVERIFY(std::abs(c->maxValueDiff.value - 1.2) < 1e-12);
    QCOMPARE(c->maxValueDiff.at, -6.0);
    QVERIFY(plain(view.readout()->text()).contains(QStringLiteral("α = 0.2")));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
