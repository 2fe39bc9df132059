// SPDX-License-Identifier: MIT
#include "teaching/trainingcharts.h"

#include "chart/decadeaxis.h"
#include "chart/plotpalette.h"
#include "teaching/trainingsession.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace {

// 0 … the largest step, at least 10 wide.
void fitSteps(QValueAxis *axis, const QList<QPointF> &curve)
{
    const double last = curve.isEmpty() ? 10.0 : std::max(10.0, curve.last().x());
    const double step = niceTickStep(last, 5.0);
    setAxis(axis, 0.0, std::ceil(last / step) * step, step);
}

} // namespace

TrainingLossChart::TrainingLossChart(QGraphicsItem *parent)
    : StyledChart(parent)
    , m_axisX(addValueAxis(tr("step"), Qt::AlignBottom))
    , m_axisY(addValueAxis(tr("loss"), Qt::AlignLeft))
    , m_train(new QLineSeries(this))
    , m_test(new QLineSeries(this))
{
    setTitle(tr("Cross-entropy loss"));
    m_train->setName(tr("training"));
    m_test->setName(tr("test"));
    for (QLineSeries *s : {m_train, m_test}) {
        addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    legend()->setAlignment(Qt::AlignBottom);
    setStyle(ChartStyle::forScreen());
}

void TrainingLossChart::applyStyle()
{
    m_train->setPen(curvePen(PlotPalette::color(0, style().dark)));
    m_test->setPen(curvePen(PlotPalette::color(1, style().dark), true));
}

void TrainingLossChart::setSnapshot(const TrainingSnapshot &s)
{
    m_train->replace(s.trainCurve);
    m_test->replace(s.testCurve);
    // Step 0 alone is a point, which a line does not draw: a marker shows it.
    m_train->setPointsVisible(s.trainCurve.size() == 1);
    m_test->setPointsVisible(s.testCurve.size() == 1);
    fitSteps(m_axisX, s.trainCurve);
    double hi = 0.8;
    for (const QList<QPointF> *curve : {&s.trainCurve, &s.testCurve})
        for (const QPointF &p : *curve)
            if (std::isfinite(p.y()))
                hi = std::max(hi, p.y());
    hi = std::min(hi, 5.0); // a diverging run stays on the chart's scale of interest
    const double step = niceTickStep(hi, 5.0);
    setAxis(m_axisY, 0.0, std::ceil(hi / step) * step, step);
}

TrainingGradientChart::TrainingGradientChart(QGraphicsItem *parent)
    : StyledChart(parent)
    , m_axisX(addValueAxis(tr("step"), Qt::AlignBottom))
    , m_axisY(new DecadeAxis(this))
{
    setTitle(tr("Gradient per hidden layer"));
    m_axisY->setTitleText(tr("mean |∂L/∂W|"));
    addAxis(m_axisY, Qt::AlignLeft);
    legend()->setAlignment(Qt::AlignBottom);
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &area) { m_axisY->fitLabels(area.height()); });
    setStyle(ChartStyle::forScreen());
}

void TrainingGradientChart::applyStyle()
{
    for (qsizetype l = 0; l < m_layers.size(); ++l)
        m_layers[l]->setPen(curvePen(PlotPalette::color(static_cast<int>(l), style().dark)));
}

void TrainingGradientChart::setSnapshot(const TrainingSnapshot &s)
{
    while (m_layers.size() < s.gradientCurves.size()) {
        auto *series = new QLineSeries(this);
        series->setName(tr("layer %1").arg(m_layers.size() + 1));
        addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_layers.append(series);
        applyStyle();
    }
    while (m_layers.size() > s.gradientCurves.size()) {
        QLineSeries *series = m_layers.takeLast();
        removeSeries(series);
        delete series;
    }
    double lo = 0.0;
    double hi = 0.0;
    bool any = false;
    for (qsizetype l = 0; l < s.gradientCurves.size(); ++l) {
        QList<QPointF> points;
        for (const QPointF &p : s.gradientCurves[l]) {
            if (!(p.y() > 0) || !std::isfinite(p.y()))
                continue; // a dead layer's zero gradient has no logarithm: a gap
            const double v = std::log10(p.y());
            points.append({p.x(), v});
            lo = any ? std::min(lo, v) : v;
            hi = any ? std::max(hi, v) : v;
            any = true;
        }
        m_layers[l]->replace(points);
    }
    fitSteps(m_axisX, s.trainCurve);
    m_axisY->setLog10Range(any ? lo : -3.0, any ? hi : 0.0);
}
