// SPDX-License-Identifier: MIT
#include "teaching/depthview.h"

#include "chart/styledchart.h"
#include "registry.h"
#include "state/appstate.h"
#include "teaching/depthactivationchart.h"
#include "teaching/depthboundchart.h"
#include "teaching/depthcontrols.h"
#include "teaching/depthgradientchart.h"
#include "teaching/depthrunner.h"
#include "text/coretext.h"
#include "widgets/activationstatspanel.h"
#include "widgets/adaptivegrid.h"
#include "widgets/whenshown.h"

#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// Narrower than this, the four panels stack.
constexpr int kTwoColumnWidth = 720;

} // namespace

DepthView::DepthView(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_controls(new DepthControls(state, this))
    , m_bound(new DepthBoundChart(state))
    , m_gradient(new DepthGradientChart)
    , m_activation(new DepthActivationChart)
    , m_stats(new ActivationStatsPanel(state, this))
    , m_runner(new DepthRunner(this))
    , m_status(new QLabel(this))
{
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *statsScroll = new QScrollArea(this);
    statsScroll->setWidget(m_stats);
    statsScroll->setWidgetResizable(true);
    statsScroll->setFrameShape(QFrame::NoFrame);
    // 2 × 2 on a wide page; one scrolling column on a projector, each chart the full width.
    auto *grid = new AdaptiveGrid(kTwoColumnWidth, this);
    grid->addPanel(chartView(m_bound, this), 3, 340);
    grid->addPanel(chartView(m_gradient, this), 3, 340);
    grid->addPanel(statsScroll, 2, 300);
    grid->addPanel(chartView(m_activation, this), 2, 300);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_status);
    layout->addWidget(grid, 1);

    connect(m_runner, &DepthRunner::finished, this, &DepthView::showResult);
    connect(m_runner, &DepthRunner::started, this, [this] { m_status->setText(tr("Simulating…")); });
    // On a hidden tab the simulation waits until the tab is shown: a slider drag on the plot
    // must not start one per step.
    auto *simulate = new WhenShown(this, [this] { requestSimulation(); });
    connect(state, &AppState::depthConfigChanged, simulate, &WhenShown::request);
    connect(state, &AppState::currentFunctionChanged, simulate, &WhenShown::request);
    connect(state, &AppState::paramsChanged, this, [this, simulate](const QString &id) {
        if (id == m_state->currentFunction())
            simulate->request();
    });
    requestSimulation();
}

void DepthView::requestSimulation()
{
    const QString id = m_state->currentFunction();
    if (!actviz::findActivation(id.toStdString())) {
        m_status->setText(tr("Click a function in the list to simulate a network of it."));
        return;
    }
    m_runner->request({id, m_state->params(id), m_state->depthConfig()});
}

void DepthView::showResult(const std::vector<actviz::LayerStats> &layers, const QString &error, double milliseconds)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("The simulation failed: %1").arg(error));
        return;
    }
    m_gradient->setLayers(layers);
    m_activation->setLayers(layers);
    const actviz::DepthConfig &c = m_state->depthConfig();
    const actviz::Activation *a = actviz::findActivation(m_state->currentFunction().toStdString());
    const QString name = a ? CoreText::name(*a) : QString();
    QString ratio;
    if (!layers.empty() && layers.back().meanAbsGradient > 0)
        ratio = tr(" · the gradient at layer 1 is %1 × the one at layer %2")
                    .arg(QString::number(layers.front().meanAbsGradient / layers.back().meanAbsGradient, 'g', 3))
                    .arg(layers.size());
    m_status->setText(tr("%1 network, %2 units × %3 layers, %4 init, gain %5, seed %6, batch %7 — computed in %8 ms%9")
                          .arg(name)
                          .arg(c.width)
                          .arg(c.depth)
                          .arg(c.init == actviz::WeightInit::He ? tr("He") : tr("Xavier"))
                          .arg(c.gain, 0, 'g', 3)
                          .arg(c.seed)
                          .arg(c.batch)
                          .arg(milliseconds, 0, 'f', 0)
                          .arg(ratio));
    emit simulationShown();
}
