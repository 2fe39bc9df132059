// SPDX-License-Identifier: MIT
#include "teaching/depthgradientchart.h"

#include "chart/decadeaxis.h"
#include "chart/plotpalette.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace {

// Palette slots: blue for the pre-activation gradient, vermillion for the weight gradient.
constexpr int kGradientSlot = 0;
constexpr int kWeightSlot = 1;

} // namespace

DepthGradientChart::DepthGradientChart(QGraphicsItem *parent)
    : StyledChart(parent)
    , m_axisX(addValueAxis(tr("layer l (1 = next to the input)"), Qt::AlignBottom))
    , m_axisY(new DecadeAxis(this))
    , m_gradient(new QLineSeries(this))
    , m_weights(new QLineSeries(this))
{
    setTitle(tr("Simulated gradients per layer"));
    m_axisY->setTitleText(tr("|gradient|"));
    addAxis(m_axisY, Qt::AlignLeft);
    m_gradient->setName(tr("mean |∂Loss/∂z<sub>l</sub>|"));
    m_weights->setName(tr("RMS ∂Loss/∂W<sub>l</sub>"));
    for (QLineSeries *s : {m_gradient, m_weights}) {
        addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    legend()->setAlignment(Qt::AlignBottom);
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &area) { m_axisY->fitLabels(area.height()); });
    setStyle(ChartStyle::forScreen());
    setLayers({});
}

void DepthGradientChart::applyStyle()
{
    m_gradient->setPen(curvePen(PlotPalette::color(kGradientSlot, style().dark)));
    m_weights->setPen(curvePen(PlotPalette::color(kWeightSlot, style().dark), true));
    m_gradient->setPointsVisible(false);
}

void DepthGradientChart::setLayers(const std::vector<actviz::LayerStats> &layers)
{
    QList<QPointF> gradient;
    QList<QPointF> weights;
    double lo = 0.0;
    double hi = 0.0;
    bool any = false;
    auto add = [&](QList<QPointF> &points, double x, double v) {
        if (!(v > 0) || !std::isfinite(v))
            return;
        const double l = std::log10(v);
        points.append(QPointF(x, l));
        lo = any ? std::min(lo, l) : l;
        hi = any ? std::max(hi, l) : l;
        any = true;
    };
    for (size_t i = 0; i < layers.size(); ++i) {
        const double x = static_cast<double>(i + 1);
        add(gradient, x, layers[i].meanAbsGradient);
        add(weights, x, layers[i].rmsWeightGradient);
    }
    m_gradient->replace(gradient);
    m_weights->replace(weights);
    const double n = std::max<double>(1.0, static_cast<double>(layers.size()));
    m_axisX->setTickAnchor(0.0);
    setAxis(m_axisX, 1.0, std::max(2.0, n), std::max(1.0, niceTickStep(n, 10.0)));
    if (any)
        m_axisY->setLog10Range(std::floor(lo - 0.5), std::ceil(hi + 0.5));
    else
        m_axisY->setLog10Range(-1, 1);
}
