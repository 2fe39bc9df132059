// SPDX-License-Identifier: MIT
#include "teaching/depthboundchart.h"

#include "chart/decadeaxis.h"
#include "chart/plotpalette.h"
#include "gradientflow.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"
#include "widgets/whenshown.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

DepthBoundChart::DepthBoundChart(AppState *state, QGraphicsItem *parent)
    : StyledChart(parent)
    , m_state(state)
    , m_axisX(addValueAxis(tr("depth L (layers)"), Qt::AlignBottom))
    , m_axisY(new DecadeAxis(this))
{
    setTitle(tr("Gradient bound (max |f′|)<sup>L</sup> after L layers"));
    m_axisY->setTitleText(tr("(max |f′|)<sup>L</sup>")); // as the title writes it
    addAxis(m_axisY, Qt::AlignLeft);
    m_axisX->setRange(0, actviz::kBoundMaxDepth);
    m_axisX->setTickInterval(10);
    legend()->setAlignment(Qt::AlignBottom);
    // Every line here is solid; a sample of a line shared by two functions (below) would show
    // a stretch of the other's colour, so the legend shows each function's colour whole.
    legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    // sup |f′| takes a few ms per function: on a hidden tab it waits until the chart is shown
    // instead of running on every slider step of the plot tab.
    auto *rebuildShown = new WhenShown(this, this, [this] { rebuild(); });
    connect(state, &AppState::shownFunctionsChanged, rebuildShown, &WhenShown::request);
    connect(state, &AppState::paramsChanged, this, [this, rebuildShown](const QString &id) {
        if (m_series.contains(id))
            rebuildShown->request();
    });
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &area) { m_axisY->fitLabels(area.height()); });
    setStyle(ChartStyle::forScreen());
    rebuild();
}

void DepthBoundChart::applyStyle()
{
    // Functions with the same bound (tanh and relu: 1ᴸ) draw the same line. Each takes every k-th
    // stretch of it, so that the line shows all their colours instead of the last one drawn.
    QList<QLineSeries *> ordered;
    for (const QString &id : m_state->shownFunctions())
        if (QLineSeries *series = m_series.value(id))
            ordered.append(series);
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        QPen pen = curvePen(PlotPalette::color(m_state->colorSlot(it.key()), style().dark));
        const QList<QPointF> points = it.value()->points();
        qsizetype index = 0;
        qsizetype alike = 0;
        for (QLineSeries *other : std::as_const(ordered))
            if (!points.isEmpty() && other->points() == points) {
                if (other == it.value())
                    index = alike;
                ++alike;
            }
        if (alike > 1) {
            constexpr qreal kStretch = 4.0; // in line widths
            pen.setDashPattern({kStretch, kStretch * static_cast<qreal>(alike - 1)});
            pen.setDashOffset(kStretch * static_cast<qreal>((alike - index) % alike));
        }
        it.value()->setPen(pen);
    }
}

void DepthBoundChart::rebuild()
{
    const QStringList shown = m_state->shownFunctions();
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        removeSeries(it.value());
        delete it.value();
        it = m_series.erase(it);
    }
    double lo = 0.0;
    double hi = 0.0;
    for (const QString &id : shown) {
        const actviz::Activation *a = actviz::findActivation(id.toStdString());
        if (!a)
            continue;
        QLineSeries *series = m_series.value(id);
        if (!series) {
            series = new QLineSeries(this);
            addSeries(series);
            series->attachAxis(m_axisX);
            series->attachAxis(m_axisY);
            m_series.insert(id, series);
        }
        const auto sup = actviz::supAbsDerivative(*a, m_state->params(id));
        const double s = sup ? sup.value().value : std::nan("");
        const Eigen::ArrayXd bound = actviz::log10GradientBound(s);
        QList<QPointF> points;
        points.reserve(bound.size());
        // A dead function (s = 0, −∞) and an unbounded one (+∞) have no finite curve: the
        // legend says why instead.
        for (Eigen::Index i = 0; i < bound.size(); ++i)
            if (std::isfinite(bound[i])) {
                points.append(QPointF(static_cast<double>(i + 1), bound[i]));
                lo = std::min(lo, bound[i]);
                hi = std::max(hi, bound[i]);
            }
        series->replace(points);
        const QString name = CoreText::name(*a);
        if (std::isfinite(s) && s > 0)
            // A legend is plain text: the superscript L is U+1D38.
            series->setName(tr("%1: %2ᴸ").arg(name, QString::number(s, 'g', 4)));
        else if (s == 0)
            series->setName(tr("%1: f′ = 0, nothing passes").arg(name));
        else
            series->setName(tr("%1: f′ unbounded").arg(name));
    }
    m_axisY->setLog10Range(std::floor(lo) - 1, std::ceil(hi) + 1);
    applyStyle();
}
