// SPDX-License-Identifier: MIT
#include "softmax/stembars.h"

#include "chart/chartstyle.h"
#include "softmax/polylineitem.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

double StemBars::niceStep(double raw)
{
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0})
        if (m * decade >= raw * (1 - 1e-12))
            return m * decade;
    return 10.0 * decade;
}

StemBars::StemBars(QChart *chart, QValueAxis *y, QValueAxis *z, const Colors &colors)
    : m_chart(chart)
    , m_axis(new QValueAxis(chart))
    , m_logits(new QLineSeries(chart))
{
    m_axis->setLabelFormat(QStringLiteral("%.0f"));
    m_axis->setTickType(QValueAxis::TicksDynamic);
    m_axis->setTickAnchor(0.0);
    m_axis->setVisible(false);
    chart->addAxis(m_axis, Qt::AlignBottom);
    m_main = addArea(chart, y, colors.bar);
    m_compare = addArea(chart, y, colors.compare);
    m_argmax = addArea(chart, y, colors.argmax);
    m_logits->setVisible(false);
    chart->addSeries(m_logits);
    m_logits->attachAxis(m_axis);
    m_logits->attachAxis(z);
    setLegendShown(m_logits, false);
    m_logitLine = new PolylineItem(chart, m_logits); // after the axes: it follows their ranges
}

void StemBars::showLogits(const QList<QPointF> &points, const QString &name)
{
    m_logitLine->setPoints(points);
    m_logits->setName(name);
    if (!m_logits->isVisible()) {
        m_logits->setVisible(true);
        setLegendShown(m_logits, true);
    }
}

void StemBars::setLogitColor(const QColor &color)
{
    QPen pen(color, 1.2);
    pen.setCosmetic(true);
    m_logits->setPen(pen);
    m_logitLine->setPen(pen);
}

QAreaSeries *StemBars::addArea(QChart *chart, QValueAxis *y, const QColor &color)
{
    auto *area = new QAreaSeries(new QLineSeries(chart), new QLineSeries(chart));
    area->setColor(color);
    // No outline: a stem may be narrower than a pixel, and 4000-point outlines cost more than the fill.
    area->setPen(Qt::NoPen);
    area->setVisible(false);
    chart->addSeries(area);
    area->attachAxis(m_axis);
    area->attachAxis(y);
    setLegendShown(area, false);
    return area;
}

void StemBars::setLegendShown(QAbstractSeries *series, bool shown)
{
    for (QLegendMarker *marker : m_chart->legend()->markers(series))
        marker->setVisible(shown);
}

void StemBars::setPoints(QAreaSeries *area, const QList<qreal> &values, qsizetype from, qsizetype to, qreal left,
                         qreal right)
{
    QList<QPointF> upper;
    upper.reserve(4 * (to - from));
    if (right - left >= 1.0) {
        // Touching stems: a step outline whose vertical edges are as tall as the difference of
        // neighbours, not as the stems (the rasteriser's cost goes with the edges' length).
        upper.append(QPointF(static_cast<qreal>(from + 1) + left, 0.0));
        for (qsizetype i = from; i < to; ++i) {
            const qreal x = static_cast<qreal>(i + 1);
            upper.append({QPointF(x + left, values[i]), QPointF(x + right, values[i])});
        }
        upper.append(QPointF(static_cast<qreal>(to) + right, 0.0));
    } else {
        // Down to 0 between the stems: one polygon whose edges along the baseline have no area.
        for (qsizetype i = from; i < to; ++i) {
            const qreal x = static_cast<qreal>(i + 1);
            upper.append({QPointF(x + left, 0.0), QPointF(x + left, values[i]), QPointF(x + right, values[i]),
                          QPointF(x + right, 0.0)});
        }
    }
    area->upperSeries()->replace(upper);
    const qreal first = static_cast<qreal>(from + 1) + left;
    const qreal last = static_cast<qreal>(to) + right;
    area->lowerSeries()->replace({QPointF(first, 0.0), QPointF(last, 0.0)});
}

void StemBars::show(const QList<qreal> &values, qsizetype argmax, const QString &label, const QList<qreal> *compare,
                    const QString &compareLabel)
{
    const qsizetype n = values.size();
    // Bar width 0.8 of an entry, as the bar series, while a gap can be seen; the whole entry
    // beyond kMaxGapped. Halves of it when a second map stands beside.
    const qreal half = n > kMaxGapped ? 0.5 : 0.4;
    const qreal left = -half;
    const qreal right = compare ? 0.0 : half;
    setPoints(m_main, values, 0, n, left, right);
    // The argmax at least 2 pixels wide (at the last layout's plot width): a thousandth of the
    // plot would show as a faint line behind the logits'.
    const qreal perEntry = m_chart->plotArea().width() / static_cast<qreal>(std::max<qsizetype>(n, 1));
    const qreal wide = perEntry > 0 ? std::max<qreal>(half, 1.0 / perEntry) : half;
    setPoints(m_argmax, values, argmax, argmax + 1, -wide, compare ? 0.0 : wide);
    m_main->setName(label);
    if (compare) {
        setPoints(m_compare, *compare, 0, n, 0.0, half);
        m_compare->setName(compareLabel);
    }
    m_axis->setRange(0.5, static_cast<qreal>(n) + 0.5);
    m_axis->setTickInterval(niceStep(std::max(1.0, static_cast<double>(n) / 5.0))); // about five numbers
    if (!m_shown) {
        m_axis->setVisible(true);
        m_main->setVisible(true);
        m_argmax->setVisible(true);
        // After setVisible, which shows a series' legend marker again.
        setLegendShown(m_main, true);
        setLegendShown(m_argmax, false);
    }
    if (m_compare->isVisible() != (compare != nullptr)) {
        m_compare->setVisible(compare != nullptr);
        setLegendShown(m_compare, compare != nullptr);
    }
    m_shown = true;
}

void StemBars::hide()
{
    if (!m_shown)
        return;
    for (QAreaSeries *area : {m_main, m_argmax, m_compare}) {
        area->setVisible(false);
        setLegendShown(area, false);
        area->upperSeries()->clear();
        area->lowerSeries()->clear();
    }
    m_logits->setVisible(false);
    m_logitLine->setPoints({});
    setLegendShown(m_logits, false);
    m_axis->setVisible(false);
    m_shown = false;
}

void StemBars::setStyle(const ChartStyle &style)
{
    applyAxisStyle(m_axis, style);
    m_axis->setGridLineVisible(false);
}
