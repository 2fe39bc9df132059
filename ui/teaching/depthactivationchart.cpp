// SPDX-License-Identifier: MIT
#include "teaching/depthactivationchart.h"

#include "chart/plotpalette.h"

#include <QFontMetricsF>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMeanSlot = 2; // bluish green
constexpr int kStdSlot = 4;  // orange
constexpr int kDeadSlot = 3; // reddish purple

} // namespace

DepthActivationChart::DepthActivationChart(QGraphicsItem *parent)
    : StyledChart(parent)
    , m_axisX(addValueAxis(tr("layer l"), Qt::AlignBottom))
    , m_axisY(addValueAxis(tr("activation a<sub>l</sub>"), Qt::AlignLeft))
    , m_mean(new QLineSeries(this))
    , m_std(new QLineSeries(this))
    , m_dead(new QLineSeries(this))
{
    setTitle(tr("Simulated activations per layer"));
    m_mean->setName(tr("mean of a<sub>l</sub>"));
    m_std->setName(tr("std of a<sub>l</sub>"));
    m_dead->setName(tr("fraction with f′ = 0"));
    for (QLineSeries *s : {m_mean, m_std, m_dead}) {
        addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    legend()->setAlignment(Qt::AlignBottom);
    connect(this, &QChart::plotAreaChanged, this, &DepthActivationChart::fitYAxis);
    setStyle(ChartStyle::forScreen());
    setLayers({});
}

void DepthActivationChart::applyStyle()
{
    m_mean->setPen(curvePen(PlotPalette::color(kMeanSlot, style().dark)));
    m_std->setPen(curvePen(PlotPalette::color(kStdSlot, style().dark)));
    QPen dead = curvePen(PlotPalette::color(kDeadSlot, style().dark), true);
    dead.setDashPattern({1.0, 2.0});
    m_dead->setPen(dead);
}

void DepthActivationChart::setLayers(const std::vector<actviz::LayerStats> &layers)
{
    QList<QPointF> mean;
    QList<QPointF> sd;
    QList<QPointF> dead;
    double lo = 0.0;
    double hi = 1.0;
    bool anyDead = false;
    for (size_t i = 0; i < layers.size(); ++i) {
        const double x = static_cast<double>(i + 1);
        const actviz::LayerStats &s = layers[i];
        // An exploding network reaches inf: the lines stop where the numbers do.
        if (std::isfinite(s.activationMean)) {
            mean.append(QPointF(x, s.activationMean));
            lo = std::min(lo, s.activationMean);
            hi = std::max(hi, s.activationMean);
        }
        if (std::isfinite(s.activationStd)) {
            sd.append(QPointF(x, s.activationStd));
            hi = std::max(hi, s.activationStd);
        }
        dead.append(QPointF(x, s.deadFraction));
        anyDead = anyDead || s.deadFraction > 0;
    }
    m_mean->replace(mean);
    m_std->replace(sd);
    // Only functions with a dead region get the third line (and its legend entry).
    m_dead->replace(anyDead ? dead : QList<QPointF>());
    m_dead->setVisible(anyDead);
    const double n = std::max<double>(1.0, static_cast<double>(layers.size()));
    setAxis(m_axisX, 1.0, std::max(2.0, n), std::max(1.0, niceTickStep(n, 10.0)));
    m_lo = lo;
    m_hi = hi;
    fitYAxis();
}

void DepthActivationChart::fitYAxis()
{
    const qreal line = QFontMetricsF(m_axisY->labelsFont()).height();
    const double ticks = std::clamp(plotArea().height() / (2.0 * line), 2.0, 6.0);
    // Non-negative activations (sigmoid, relu) start the axis at 0 exactly.
    const double pad = 0.05 * (m_hi - m_lo);
    const double bottom = m_lo < 0 ? m_lo - pad : 0.0;
    const double step = niceTickStep(m_hi + pad - bottom, ticks);
    setAxis(m_axisY, std::floor(bottom / step) * step, std::ceil((m_hi + pad) / step) * step, step);
}
