// SPDX-License-Identifier: MIT
#include "chart/styledchart.h"

#include "chart/chartgrid.h"
#include "chart/plotpalette.h"

#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

StyledChart::StyledChart(QGraphicsItem *parent)
    : QChart(parent)
{
    // Animations delay the final frame of every change by about a second.
    setAnimationOptions(QChart::NoAnimation);
    layout()->setContentsMargins(0, 0, 0, 0);
    setBackgroundRoundness(0);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_grid = new ChartGrid(this);
}

void StyledChart::setStyle(const ChartStyle &style)
{
    m_style = style;
    applyChartFrame(this, style);
    for (QAbstractAxis *axis : axes()) {
        applyAxisStyle(axis, style);
        // Value and decade axes: grid, line and ticks in whole pixels, as on the function plot.
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            m_grid->adopt(values);
    }
    applyStyle();
}

void StyledChart::activateLayout()
{
    if (QGraphicsLayout *l = layout())
        l->activate();
}

QValueAxis *StyledChart::addValueAxis(const QString &title, Qt::Alignment alignment)
{
    auto *axis = new QValueAxis(this);
    axis->setTitleText(title);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setLabelFormat(QStringLiteral("%g"));
    addAxis(axis, alignment);
    return axis;
}

QPen StyledChart::curvePen(const QColor &color, bool dashed) const
{
    return PlotPalette::curvePen(color, dashed, m_style.lineWidth);
}

namespace {

// The step rounded to 47 significant bits (a relative change below 1e-14, invisible in any
// label). Qt places the ticks by adding the step again and again; with a short mantissa the
// first 64 multiples are exact, so the tick at 0 is 0, not 5e+291 on an axis of ±8e307.
double withExactMultiples(double step)
{
    int exponent = 0;
    const double mantissa = std::frexp(step, &exponent);
    return std::ldexp(std::round(std::ldexp(mantissa, 47)), exponent - 47);
}

} // namespace

double niceTickStep(double span, double ticks)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * mag)
            return withExactMultiples(m * mag);
    return withExactMultiples(10.0 * mag);
}

void setAxis(QValueAxis *axis, double lo, double hi, double step)
{
    axis->setTickInterval(std::max(step, axis->tickInterval()));
    axis->setRange(lo, hi);
    axis->setTickInterval(step);
}

QString tickLabelFormat(double lo, double hi, double step, int minDigits)
{
    const double largest = std::max(std::abs(lo), std::abs(hi));
    if (!(step > 0) || !(largest > step) || !std::isfinite(largest))
        return QStringLiteral("%.%1g").arg(minDigits);
    const int digits = static_cast<int>(std::floor(std::log10(largest)) - std::floor(std::log10(step))) + 2;
    return QStringLiteral("%.%1g").arg(std::clamp(digits, minDigits, 17));
}

double fittingTickStep(double lo, double hi, double targetTicks, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    if (!(width > 0))
        width = 600.0;
    double ticks = targetTicks;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const double step = niceTickStep(hi - lo, ticks);
        const QByteArray format = tickLabelFormat(lo, hi, step).toLatin1();
        const double first = std::ceil(lo / step) * step;
        double widest = 0.0;
        for (const double v : {first, first + step, hi})
            widest = std::max(widest, metrics.horizontalAdvance(QString::asprintf(format.constData(), v)));
        const double fit = std::floor(width / (1.4 * widest + 8.0));
        if (fit >= ticks)
            return step;
        ticks = std::max(2.0, fit);
    }
    return niceTickStep(hi - lo, ticks);
}

QChartView *chartView(QChart *chart, QWidget *parent, const QSize &minimum)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumSize(minimum);
    return view;
}
