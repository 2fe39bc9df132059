// SPDX-License-Identifier: MIT
#include "teaching/trainingview.h"

#include "chart/chartstyle.h"
#include "chart/styledchart.h"
#include "state/appstate.h"
#include "teaching/trainingcharts.h"
#include "teaching/trainingcontrols.h"
#include "teaching/trainingpainter.h"
#include "teaching/trainingworker.h"
#include "widgets/adaptivegrid.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

// Narrower than this, the boundary, the charts and the table stack.
constexpr int kTwoColumnWidth = 760;

class Canvas : public QWidget
{
public:
    Canvas(const TrainingSnapshot *snapshot, QWidget *parent)
        : QWidget(parent)
        , m_snapshot(snapshot)
    {
        setMinimumSize(240, 240);
        setAccessibleName(TrainingView::tr("Decision boundary and data"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Base));
        TrainingPainter::paint(p, QRectF(rect()).adjusted(4, 4, -4, -4), *m_snapshot, font(),
                               palette().color(QPalette::Text));
    }

private:
    const TrainingSnapshot *m_snapshot;
};

} // namespace

TrainingView::TrainingView(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_controls(new TrainingControls(state, this))
    , m_canvas(new Canvas(&m_snapshot, this))
    , m_loss(new TrainingLossChart)
    , m_gradient(new TrainingGradientChart)
    , m_stats(new QLabel(this))
    , m_error(new QLabel(this))
    , m_worker(new TrainingWorker)
{
    m_stats->setTextFormat(Qt::RichText);
    m_stats->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *grid = new AdaptiveGrid(kTwoColumnWidth, this);
    grid->addPanel(m_canvas, 3, 420);
    grid->addPanel(chartView(m_loss, this), 3, 300);
    grid->addPanel(m_stats, 2, 200);
    grid->addPanel(chartView(m_gradient, this), 2, 300);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_error);
    layout->addWidget(grid, 1);

    connect(m_worker, &TrainingWorker::snapshotReady, this, &TrainingView::show);
    connect(m_worker, &TrainingWorker::failed, this, [this](const QString &why) {
        m_error->setText(why.isEmpty() ? QString() : tr("⚠ This network cannot train: %1").arg(why));
        m_error->setVisible(!why.isEmpty());
    });
    connect(m_controls->playButton(), &QPushButton::toggled, this,
            [this](bool on) { m_worker->setPlaying(on && isVisible()); });
    connect(m_controls->stepButton(), &QPushButton::clicked, this, [this] {
        m_controls->playButton()->setChecked(false);
        m_worker->stepOnce();
    });
    connect(m_controls->resetButton(), &QPushButton::clicked, this, &TrainingView::restart);
    const auto applySpeed = [this] { m_worker->setSpeed(m_controls->speedBox()->currentData().toInt()); };
    connect(m_controls->speedBox(), &QComboBox::currentIndexChanged, this, applySpeed);
    applySpeed();
    connect(state, &AppState::trainingChanged, this, &TrainingView::restart);
    connect(state, &AppState::currentFunctionChanged, this, &TrainingView::restart);
    connect(state, &AppState::epsilonChanged, this, &TrainingView::restart);
    connect(state, &AppState::paramsChanged, this, [this](const QString &id) {
        if (id == m_state->currentFunction())
            restart();
    });
    restart();
}

TrainingView::~TrainingView()
{
    delete m_worker; // stops its thread before the view's widgets go
}

void TrainingView::restart()
{
    const QString id = m_state->currentFunction();
    m_worker->reset(m_state->trainingSetup(), id, m_state->params(id), m_state->epsilon());
    m_worker->setPlaying(m_controls->playButton()->isChecked() && isVisible());
}

void TrainingView::show(const TrainingSnapshot &s)
{
    m_snapshot = s;
    m_worker->snapshotTaken();
    m_canvas->update();
    m_loss->setSnapshot(s);
    m_gradient->setSnapshot(s);
    m_stats->setText(TrainingPainter::layerTableHtml(s, m_state ? m_state->epsilon() : AppState::kDefaultEpsilon));
    emit snapshotShown();
}

void TrainingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_worker->setPlaying(m_controls->playButton()->isChecked());
}

void TrainingView::hideEvent(QHideEvent *event)
{
    // Another tab on screen: no training in the background.
    m_worker->setPlaying(false);
    QWidget::hideEvent(event);
}

void TrainingView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_loss->setStyle(ChartStyle::forScreen());
        m_gradient->setStyle(ChartStyle::forScreen());
    }
}
