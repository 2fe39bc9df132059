// SPDX-License-Identifier: MIT
// The depth tab draws core's numbers: the bound series is L·log10(max |f′|) (sigmoid: 100·log10
// 0.25 at L = 100, relu 0), the simulation series equal simulateDepth for the same network (run
// here directly), the controls drive the state, a newer request supersedes an older one, and the
// statistics panel shows activationStats (E[relu(X)] = σ/√(2π)).
#include "chart/decadeaxis.h"
#include "gradientflow.h"
#include "registry.h"
#include "state/appstate.h"
#include "teaching/depthactivationchart.h"
#include "teaching/depthboundchart.h"
#include "teaching/depthcontrols.h"
#include "teaching/depthgradientchart.h"
#include "teaching/depthrunner.h"
#include "teaching/depthview.h"
#include "widgets/activationstatspanel.h"
#include "widgets/valueslider.h"

#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

#include <cmath>

class TestDepthView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void boundSeries_data();
    void boundSeries();
    void sharedBoundShowsEveryColour();
    void simulationEqualsCore_data();
    void simulationEqualsCore();
    void controlsDriveState();
    void newerRequestWins();
    void statsPanel_data();
    void statsPanel();
    void decadeLabels_data();
    void decadeLabels();
    void decadeAxisLabelsAlike();
};

namespace {

bool waitForSimulation(DepthView &view)
{
    QSignalSpy shown(&view, &DepthView::simulationShown);
    return shown.wait(30000);
}

// Shows the view and waits for its first simulation, which may arrive while the window opens.
bool showAndSimulate(DepthView &view)
{
    QSignalSpy shown(&view, &DepthView::simulationShown);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    return !shown.isEmpty() || shown.wait(30000);
}

// The views recompute only while on screen (a hidden tab waits until shown), as in the window.
void showAndWait(QWidget &w)
{
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
}

QString plain(const QLabel *label)
{
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

} // namespace

void TestDepthView::boundSeries_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("supDerivative"); // closed forms
    QTest::newRow("sigmoid") << "sigmoid" << 0.25;
    QTest::newRow("tanh") << "tanh" << 1.0;
    QTest::newRow("relu") << "relu" << 1.0;
    QTest::newRow("hardsigmoid") << "hardsigmoid" << 1.0 / 6.0;
}

void TestDepthView::boundSeries()
{
    QFETCH(QString, id);
    QFETCH(double, supDerivative);
    AppState state;
    state.setShownFunctions({id});
    DepthBoundChart chart(&state);
    QLineSeries *s = chart.boundSeries(id);
    QVERIFY(s);
    QCOMPARE(s->count(), 100);
    for (int l : {1, 2, 30, 100}) {
        QCOMPARE(s->at(l - 1).x(), double(l));
        QVERIFY2(std::abs(s->at(l - 1).y() - l * std::log10(supDerivative)) < 1e-9,
                 qPrintable(QStringLiteral("L = %1: %2").arg(l).arg(s->at(l - 1).y())));
    }
    // The axis reaches the lowest point: 0.25^100 ≈ 10^−60.2 for sigmoid.
    QVERIFY(chart.yAxis()->min() <= 100 * std::log10(supDerivative));
}

void TestDepthView::sharedBoundShowsEveryColour()
{
    // tanh and relu both have sup |f′| = 1: one line, which each draws every other stretch of,
    // so both colours show instead of the last drawn hiding the other.
    AppState state;
    state.setShownFunctions({QStringLiteral("sigmoid"), QStringLiteral("tanh"), QStringLiteral("relu")});
    DepthBoundChart chart(&state);
    const QPen sigmoid = chart.boundSeries(QStringLiteral("sigmoid"))->pen();
    const QPen tanh = chart.boundSeries(QStringLiteral("tanh"))->pen();
    const QPen relu = chart.boundSeries(QStringLiteral("relu"))->pen();
    QCOMPARE(sigmoid.style(), Qt::SolidLine);
    QCOMPARE(tanh.style(), Qt::CustomDashLine);
    QCOMPARE(relu.style(), Qt::CustomDashLine);
    QCOMPARE(tanh.dashPattern(), relu.dashPattern());
    QCOMPARE(tanh.dashPattern().size(), 2);
    QCOMPARE(tanh.dashPattern()[0], tanh.dashPattern()[1]); // two lines: dash and gap alike
    // The stretches interleave: one pen's dashes fall in the other's gaps.
    QCOMPARE(std::fmod(std::abs(tanh.dashOffset() - relu.dashOffset()), 2 * tanh.dashPattern()[0]),
             tanh.dashPattern()[0]);
    QVERIFY(tanh.color() != relu.color());
}

void TestDepthView::simulationEqualsCore_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("init");
    QTest::addColumn<double>("gain");
    QTest::newRow("sigmoid, defaults") << "sigmoid" << 128 << 30 << int(actviz::WeightInit::Xavier) << 1.0;
    QTest::newRow("relu, He") << "relu" << 64 << 20 << int(actviz::WeightInit::He) << 1.0;
    QTest::newRow("tanh, gain 2") << "tanh" << 32 << 12 << int(actviz::WeightInit::Xavier) << 2.0;
}

void TestDepthView::simulationEqualsCore()
{
    QFETCH(QString, id);
    QFETCH(int, width);
    QFETCH(int, depth);
    QFETCH(int, init);
    QFETCH(double, gain);
    AppState state;
    state.setCurrentFunction(id);
    actviz::DepthConfig c;
    c.width = width;
    c.depth = depth;
    c.init = static_cast<actviz::WeightInit>(init);
    c.gain = gain;
    c.seed = 7;
    state.setDepthConfig(c);
    DepthView view(&state);
    QVERIFY(showAndSimulate(view));

    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    const auto expected = actviz::simulateDepth(*a, a->defaults(), state.depthConfig());
    QVERIFY(expected);
    const std::vector<actviz::LayerStats> &layers = expected.value();
    QCOMPARE(int(layers.size()), depth);
    QLineSeries *gradient = view.gradientChart()->gradientSeries();
    QLineSeries *weights = view.gradientChart()->weightSeries();
    QLineSeries *mean = view.activationChart()->meanSeries();
    QLineSeries *sd = view.activationChart()->stdSeries();
    QCOMPARE(gradient->count(), depth);
    QCOMPARE(mean->count(), depth);
    for (int l = 0; l < depth; ++l) {
        QCOMPARE(gradient->at(l), QPointF(l + 1, std::log10(layers[l].meanAbsGradient)));
        QCOMPARE(weights->at(l), QPointF(l + 1, std::log10(layers[l].rmsWeightGradient)));
        QCOMPARE(mean->at(l), QPointF(l + 1, layers[l].activationMean));
        QCOMPARE(sd->at(l), QPointF(l + 1, layers[l].activationStd));
    }
    // ReLU kills about half of its units in every layer: the dead-fraction line appears.
    QCOMPARE(view.activationChart()->deadSeries()->isVisible(), id == QLatin1String("relu"));
}

void TestDepthView::controlsDriveState()
{
    AppState state;
    DepthView view(&state);
    QVERIFY(showAndSimulate(view));
    DepthControls *controls = view.controls();
    controls->depthBox()->setValue(12);
    QCOMPARE(state.depthConfig().depth, 12);
    controls->widthBox()->setValue(40);
    QCOMPARE(state.depthConfig().width, 40);
    controls->initBox()->setCurrentIndex(controls->initBox()->findData(int(actviz::WeightInit::He)));
    QCOMPARE(state.depthConfig().init, actviz::WeightInit::He);
    controls->seedBox()->setValue(99);
    QCOMPARE(state.depthConfig().seed, std::uint64_t{99});
    controls->gainSlider()->spinBox()->setValue(1.5);
    QCOMPARE(state.depthConfig().gain, 1.5);
    QVERIFY(waitForSimulation(view));
    QCOMPARE(view.gradientChart()->gradientSeries()->count(), 12);
    // The state drives the controls back.
    actviz::DepthConfig c = state.depthConfig();
    c.depth = 5;
    state.setDepthConfig(c);
    QCOMPARE(controls->depthBox()->value(), 5);
}

void TestDepthView::newerRequestWins()
{
    AppState state;
    DepthView view(&state);
    QVERIFY(showAndSimulate(view));
    // Three changes in a row while the first may still run: the chart ends with the last.
    for (int d : {40, 50, 9}) {
        actviz::DepthConfig c = state.depthConfig();
        c.depth = d;
        state.setDepthConfig(c);
    }
    while (view.gradientChart()->gradientSeries()->count() != 9 || view.runner()->isRunning())
        QVERIFY(waitForSimulation(view));
    QCOMPARE(view.activationChart()->meanSeries()->count(), 9);
}

void TestDepthView::statsPanel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<QString>("mean"); // E[f(X)] from the closed form, as the panel prints it
    QTest::addColumn<QString>("dead");
    // E[relu(X)] = σ/√(2π); half the mass is dead.
    QTest::newRow("relu σ = 1") << "relu" << 1.0 << QString::number(1.0 / std::sqrt(2.0 * M_PI), 'g', 5) << "50 %";
    QTest::newRow("relu σ = 2") << "relu" << 2.0 << QString::number(2.0 / std::sqrt(2.0 * M_PI), 'g', 5) << "50 %";
    // sigmoid(X) − 1/2 is odd: E = 0.5 exactly; nothing is dead.
    QTest::newRow("sigmoid") << "sigmoid" << 1.0 << "0.5"
                             << "0 %";
}

void TestDepthView::statsPanel()
{
    QFETCH(QString, id);
    QFETCH(double, sigma);
    QFETCH(QString, mean);
    QFETCH(QString, dead);
    AppState state;
    ActivationStatsPanel panel(&state);
    showAndWait(panel);
    state.setCurrentFunction(id);
    panel.sigmaSlider()->spinBox()->setValue(sigma);
    QCOMPARE(state.statsSigma(), sigma);
    const QString text = plain(panel.table());
    QVERIFY2(text.contains(mean), qPrintable(text));
    QVERIFY2(text.contains(dead), qPrintable(text));
    if (id == QLatin1String("relu") && sigma == 1.0)
        QVERIFY2(text.contains(QStringLiteral("1.4142")), qPrintable(text)); // He's gain √2, forward and backward
}

void TestDepthView::decadeLabels_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("decimals");
    QTest::addColumn<QString>("label");
    QTest::newRow("10^-60") << -60 << false << QStringLiteral("10⁻⁶⁰");
    QTest::newRow("10^-2") << -2 << false << QStringLiteral("10⁻²");
    // Beside 10⁻² on one axis: 10⁻¹, not 0.1 (the training chart once read "1, 0.1, 10⁻², 10⁻³").
    QTest::newRow("10^-1") << -1 << false << QStringLiteral("10⁻¹");
    QTest::newRow("1") << 0 << false << QStringLiteral("1");
    QTest::newRow("10^1") << 1 << false << QStringLiteral("10¹");
    QTest::newRow("10^15") << 15 << false << QStringLiteral("10¹⁵");
    QTest::newRow("0.1 among decimals") << -1 << true << QStringLiteral("0.1");
    QTest::newRow("1 among decimals") << 0 << true << QStringLiteral("1");
    QTest::newRow("10 among decimals") << 1 << true << QStringLiteral("10");
}

void TestDepthView::decadeLabels()
{
    QFETCH(int, k);
    QFETCH(bool, decimals);
    QTEST(DecadeAxis::powerLabel(k, decimals), "label");
}

void TestDepthView::decadeAxisLabelsAlike()
{
    // One notation per axis: decimals only when every label is 0.1, 1 or 10.
    DecadeAxis wide;
    wide.setLog10Range(-3, 0);
    QCOMPARE(wide.categoriesLabels(), (QStringList{QStringLiteral("10⁻³"), QStringLiteral("10⁻²"),
                                                   QStringLiteral("10⁻¹"), QStringLiteral("1")}));
    DecadeAxis narrow;
    narrow.setLog10Range(-1, 1);
    QCOMPARE(narrow.categoriesLabels(),
             (QStringList{QStringLiteral("0.1"), QStringLiteral("1"), QStringLiteral("10")}));
}

QTEST_MAIN(TestDepthView)
#include "tst_depthview.moc"
