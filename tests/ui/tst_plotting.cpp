// SPDX-License-Identifier: MIT
// The main window under the offscreen platform: sliders drive the plotted series to exactly
// core's values, the saturation bands are core's intervals (and the analytic ones for sigmoid),
// switching the current function rebinds the sliders, and the mouse zooms and resets the view.
#include "plot/functionchart.h"
#include "plot/functionlistpanel.h"
#include "plot/plotview.h"
#include "plot/saturationbands.h"
#include "registry.h"
#include "saturation.h"
#include "shell/mainwindow.h"
#include "state/appstate.h"
#include "widgets/epsiloncontrol.h"
#include "widgets/parameterpanel.h"
#include "widgets/valueslider.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>

#include <cmath>
#include <memory>

Q_DECLARE_METATYPE(actviz::ParamId)

namespace {

const actviz::Activation &act(const QString &id)
{
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    Q_ASSERT(a);
    return *a;
}

// Every point of every piece of f (or f') is exactly (x, core value at x).
bool seriesMatchCore(FunctionChart *chart, const QString &id, const actviz::Params &p, CurveSampler::Curve c,
                     QString *why)
{
    const actviz::Activation &a = act(id);
    int points = 0;
    for (QLineSeries *s : chart->curveSeries(id, c))
        for (const QPointF &pt : s->points()) {
            const double expected = c == CurveSampler::Curve::Value ? a.value(pt.x(), p) : a.derivative(pt.x(), p);
            if (pt.y() != expected) {
                *why = QStringLiteral("x = %1: plotted %2, core %3")
                           .arg(pt.x(), 0, 'g', 17)
                           .arg(pt.y(), 0, 'g', 17)
                           .arg(expected, 0, 'g', 17);
                return false;
            }
            ++points;
        }
    *why = QStringLiteral("no points");
    return points >= 2;
}

} // namespace

class TestPlotting : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsShowThreeFunctions();
    void sliderMovesSeriesToCoreValues_data();
    void sliderMovesSeriesToCoreValues();
    void sigmoidBandsAreCoreIntervals();
    void reluDeadZoneIsHatched();
    void epsilonSliderMovesBands();
    void switchingFunctionRebindsSliders();
    void resetRestoresDefaults();
    void listCheckboxShowsFunction();
    void wheelZoomsAndDoubleClickResets();
    void hoverReadoutShowsCoreValues();

private:
    std::unique_ptr<AppState> m_state;
    std::unique_ptr<MainWindow> m_window;
};

void TestPlotting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlotting::init()
{
    m_state = std::make_unique<AppState>();
    m_window = std::make_unique<MainWindow>(m_state.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPlotting::cleanup()
{
    m_window.reset();
    m_state.reset();
}

void TestPlotting::defaultsShowThreeFunctions()
{
    QCOMPARE(m_state->shownFunctions(), QStringList({"sigmoid", "tanh", "relu"}));
    QCOMPARE(m_state->currentFunction(), QStringLiteral("sigmoid"));
    QString why;
    for (const QString &id : m_state->shownFunctions()) {
        QVERIFY2(seriesMatchCore(m_window->chart(), id, m_state->params(id), CurveSampler::Curve::Value, &why),
                 qPrintable(why));
        QVERIFY2(seriesMatchCore(m_window->chart(), id, m_state->params(id), CurveSampler::Curve::Derivative, &why),
                 qPrintable(why));
    }
}

void TestPlotting::sliderMovesSeriesToCoreValues_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<actviz::ParamId>("which");
    QTest::newRow("leaky_relu α") << "leaky_relu" << actviz::ParamId::Alpha;
    QTest::newRow("elu α") << "elu" << actviz::ParamId::Alpha;
    QTest::newRow("celu α") << "celu" << actviz::ParamId::Alpha;
    QTest::newRow("prelu α") << "prelu" << actviz::ParamId::Alpha;
    QTest::newRow("rrelu β") << "rrelu" << actviz::ParamId::Beta;
}

void TestPlotting::sliderMovesSeriesToCoreValues()
{
    QFETCH(QString, id);
    QFETCH(actviz::ParamId, which);
    QVERIFY(act(id).param(which).used);
    m_state->setShown(id, true);
    m_state->setCurrentFunction(id);
    QSlider *slider = m_window->parameterPanel()->slider(which)->slider();
    QVERIFY(slider->isEnabled());
    const actviz::Params before = m_state->params(id);
    QSignalSpy spy(m_state.get(), &AppState::paramsChanged);
    // As a user would: focus the slider and press Page Up twice.
    slider->setFocus();
    slider->setValue(slider->minimum() + (slider->maximum() - slider->minimum()) / 3);
    QTest::keyClick(slider, Qt::Key_PageUp);
    QVERIFY(spy.count() >= 1);
    const actviz::Params after = m_state->params(id);
    QVERIFY(after != before);
    const double shown = m_window->parameterPanel()->slider(which)->spinBox()->value();
    QCOMPARE(which == actviz::ParamId::Alpha ? after.alpha : after.beta, shown);
    QString why;
    QVERIFY2(seriesMatchCore(m_window->chart(), id, after, CurveSampler::Curve::Value, &why), qPrintable(why));
    QVERIFY2(seriesMatchCore(m_window->chart(), id, after, CurveSampler::Curve::Derivative, &why), qPrintable(why));
}

void TestPlotting::sigmoidBandsAreCoreIntervals()
{
    QCOMPARE(m_state->currentFunction(), QStringLiteral("sigmoid"));
    QCOMPARE(m_state->epsilon(), 0.05);
    const auto bands = m_window->chart()->saturationBands()->bands();
    const auto core = actviz::findSaturation(act("sigmoid"), {}, 0.05, -6.0, 6.0);
    QVERIFY(core);
    QCOMPARE(bands.size(), static_cast<qsizetype>(core.value().size()));
    for (qsizetype i = 0; i < bands.size(); ++i) {
        QCOMPARE(bands[i].lo, core.value()[static_cast<size_t>(i)].lo);
        QCOMPARE(bands[i].hi, core.value()[static_cast<size_t>(i)].hi);
        QVERIFY(!bands[i].dead);
    }
    // Independently: σ(1 − σ) = ε at σ = (1 + √(1 − 4ε))/2, i.e. |x| = ln(σ/(1 − σ)) = 2.8872…
    const double s = (1.0 + std::sqrt(1.0 - 4 * 0.05)) / 2.0;
    const double edge = std::log(s / (1.0 - s));
    QCOMPARE(bands.size(), 2);
    QCOMPARE(bands[0].lo, -6.0);
    QVERIFY(std::abs(bands[0].hi + edge) < 1e-8);
    QVERIFY(std::abs(bands[1].lo - edge) < 1e-8);
    QCOMPARE(bands[1].hi, 6.0);
}

void TestPlotting::reluDeadZoneIsHatched()
{
    m_state->setCurrentFunction(QStringLiteral("relu"));
    const auto bands = m_window->chart()->saturationBands()->bands();
    QCOMPARE(bands.size(), 1);
    QCOMPARE(bands[0].lo, -6.0);
    QCOMPARE(bands[0].hi, 0.0);
    QVERIFY(bands[0].dead);
}

void TestPlotting::epsilonSliderMovesBands()
{
    const auto before = m_window->chart()->saturationBands()->bands();
    QSlider *slider = m_window->epsilonControl()->slider()->slider();
    slider->setValue(slider->maximum() / 4);
    QVERIFY(m_state->epsilon() < 0.05);
    const auto after = m_window->chart()->saturationBands()->bands();
    QCOMPARE(after.size(), 2);
    // A smaller ε leaves only the farther tails shaded.
    QVERIFY(after[1].lo > before[1].lo);
    const auto core = actviz::findSaturation(act("sigmoid"), {}, m_state->epsilon(), -6.0, 6.0);
    QCOMPARE(after[1].lo, core.value()[1].lo);
}

void TestPlotting::switchingFunctionRebindsSliders()
{
    ParameterPanel *panel = m_window->parameterPanel();
    ValueSlider *alpha = panel->slider(actviz::ParamId::Alpha);
    ValueSlider *beta = panel->slider(actviz::ParamId::Beta);
    QVERIFY(!alpha->isEnabled()); // sigmoid has no parameters
    QVERIFY(!beta->isEnabled());

    m_state->setCurrentFunction(QStringLiteral("leaky_relu"));
    const actviz::ParamSpec &spec = act("leaky_relu").param(actviz::ParamId::Alpha);
    QVERIFY(alpha->isEnabled());
    QVERIFY(!beta->isEnabled());
    QVERIFY(alpha->label()->text().contains(
        QString::fromUtf8(spec.meaning.data(), static_cast<qsizetype>(spec.meaning.size()))));
    QCOMPARE(alpha->spinBox()->minimum(), spec.min);
    QCOMPARE(alpha->spinBox()->maximum(), spec.max);
    QCOMPARE(alpha->value(), spec.defaultValue);
    m_state->setParam(QStringLiteral("leaky_relu"), actviz::ParamId::Alpha, 0.2);

    m_state->setCurrentFunction(QStringLiteral("elu"));
    const actviz::ParamSpec &elu = act("elu").param(actviz::ParamId::Alpha);
    QCOMPARE(alpha->value(), elu.defaultValue);
    QCOMPARE(alpha->spinBox()->maximum(), elu.max);

    // Each function keeps its own value.
    m_state->setCurrentFunction(QStringLiteral("leaky_relu"));
    QCOMPARE(alpha->value(), 0.2);
}

void TestPlotting::resetRestoresDefaults()
{
    m_state->setCurrentFunction(QStringLiteral("elu"));
    m_state->setParam(QStringLiteral("elu"), actviz::ParamId::Alpha, 1.7);
    QCOMPARE(m_window->parameterPanel()->slider(actviz::ParamId::Alpha)->value(), 1.7);
    QTest::mouseClick(m_window->parameterPanel()->resetButton(), Qt::LeftButton);
    QCOMPARE(m_state->params(QStringLiteral("elu")).alpha, act("elu").params[0].defaultValue);
    QCOMPARE(m_window->parameterPanel()->slider(actviz::ParamId::Alpha)->value(), act("elu").params[0].defaultValue);
}

void TestPlotting::listCheckboxShowsFunction()
{
    QTreeWidgetItem *item = m_window->functionList()->itemFor(QStringLiteral("gelu"));
    QVERIFY(item);
    item->setCheckState(0, Qt::Checked);
    QVERIFY(m_state->isShown(QStringLiteral("gelu")));
    QVERIFY(!m_window->chart()->curveSeries(QStringLiteral("gelu"), CurveSampler::Curve::Value).isEmpty());
    item->setCheckState(0, Qt::Unchecked);
    QVERIFY(!m_state->isShown(QStringLiteral("gelu")));
    QVERIFY(m_window->chart()->curveSeries(QStringLiteral("gelu"), CurveSampler::Curve::Value).isEmpty());
}

void TestPlotting::wheelZoomsAndDoubleClickResets()
{
    PlotView *view = m_window->plotView();
    const QPointF centre = view->mapFromScene(m_window->chart()->mapToScene(m_window->chart()->plotArea().center()));
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(m_state->xMax() - m_state->xMin() < 12.0);
    QVERIFY(!m_state->yAuto());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QCOMPARE(m_state->xMin(), AppState::kDefaultXMin);
    QCOMPARE(m_state->xMax(), AppState::kDefaultXMax);
    QVERIFY(m_state->yAuto());
}

void TestPlotting::hoverReadoutShowsCoreValues()
{
    PlotView *view = m_window->plotView();
    QSignalSpy spy(view, &PlotView::hoverTextChanged);
    const QPointF at =
        view->mapFromScene(m_window->chart()->mapToScene(m_window->chart()->plotArea().center() + QPointF(40, 0)));
    QMouseEvent move(QEvent::MouseMove, at, view->viewport()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QVERIFY(spy.count() >= 1);
    const QString text = spy.last().at(0).toString();
    // "x = 0.61…   Sigmoid: f = …, f′ = …   Tanh: …"
    const QRegularExpression xRe(QStringLiteral("^x = (\\S+)"));
    const auto m = xRe.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    const double x = m.captured(1).toDouble();
    QVERIFY(x > 0.0 && x < 6.0);
    for (const QString &id : m_state->shownFunctions()) {
        const actviz::Activation &a = act(id);
        const QString name = QString::fromUtf8(a.name.data(), static_cast<qsizetype>(a.name.size()));
        const QRegularExpression row(QRegularExpression::escape(name) +
                                     QStringLiteral(": f = (\\S+), f′ = (\\S+?)(\\s|$)"));
        const auto r = row.match(text);
        QVERIFY2(r.hasMatch(), qPrintable(text));
        // The readout is x rounded to 5 digits, so compare with the core at that x loosely.
        QVERIFY(std::abs(r.captured(1).toDouble() - a.value(x, {})) <= 1e-3 * (1 + std::abs(a.value(x, {}))));
        QVERIFY(std::abs(r.captured(2).toDouble() - a.derivative(x, {})) <= 1e-3 * (1 + std::abs(a.derivative(x, {}))));
    }
}

QTEST_MAIN(TestPlotting)
#include "tst_plotting.moc"
