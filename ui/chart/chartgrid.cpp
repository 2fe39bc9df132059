// SPDX-License-Identifier: MIT
#include "chart/chartgrid.h"

#include "chart/devicepixelpainter.h"

#include <QChart>
#include <QPen>
#include <QValueAxis>

#include <cmath>

namespace {

// No more lines than this an axis: setAxis() keeps the interval sane, this keeps paint() finite.
constexpr qsizetype kMaxTicks = 1000;

} // namespace

ChartGrid::ChartGrid(QChart *chart, QValueAxis *x, QValueAxis *y)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_x(x)
    , m_y(y)
{
    setZValue(kZValue);
    setAcceptedMouseButtons(Qt::NoButton);
    follow(x);
    follow(y);
    const auto fit = [this](const QRectF &area) {
        prepareGeometryChange();
        m_bounds = area.adjusted(-kTickLength - 2, -2, kTickLength + 2, kTickLength + 2);
    };
    fit(chart->plotArea());
    connect(chart, &QChart::plotAreaChanged, this, fit);
}

void ChartGrid::follow(QValueAxis *axis)
{
    axis->setGridLineVisible(false);
    axis->setLineVisible(false);
    const auto repaint = [this] { update(); };
    connect(axis, &QValueAxis::rangeChanged, this, repaint);
    connect(axis, &QValueAxis::tickIntervalChanged, this, repaint);
    connect(axis, &QValueAxis::tickAnchorChanged, this, repaint);
    connect(axis, &QValueAxis::tickTypeChanged, this, repaint);
    connect(axis, &QValueAxis::tickCountChanged, this, repaint);
    connect(axis, &QAbstractAxis::gridLinePenChanged, this, repaint);
    connect(axis, &QAbstractAxis::linePenChanged, this, repaint);
    connect(axis, &QAbstractAxis::visibleChanged, this, repaint);
}

QList<qreal> ChartGrid::tickPositions(const QValueAxis *axis, qreal from, qreal length)
{
    // As ChartValueAxisX/Y::calculateLayout, rounding included, so that each line meets its label.
    QList<qreal> points;
    const qreal lo = axis->min();
    const qreal hi = axis->max();
    if (!(hi > lo) || !std::isfinite(hi - lo))
        return points;
    if (axis->tickType() == QValueAxis::TicksFixed) {
        const int count = axis->tickCount();
        const qreal delta = length / (qreal(count) - 1.0);
        for (int i = 0; i < count; ++i)
            points << qreal(i) * delta + from;
    } else {
        const qreal interval = axis->tickInterval();
        if (!(interval > 0))
            return points;
        const qreal anchor = axis->tickAnchor();
        const qreal first = anchor - std::floor((anchor - lo) / interval) * interval;
        const qreal delta = length / (hi - lo);
        for (qreal value = first; value <= hi && points.size() < kMaxTicks; value += interval)
            points << (value - lo) * delta + from;
    }
    // Qt Charts hides the lines whose position falls off the plot.
    const qreal a = std::min(from, from + length);
    const qreal b = std::max(from, from + length);
    points.removeIf([a, b](qreal p) { return p < a || p > b; });
    return points;
}

QRectF ChartGrid::boundingRect() const
{
    return m_bounds;
}

void ChartGrid::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF area = m_chart->plotArea();
    if (area.isEmpty())
        return;
    const bool showX = m_x->isVisible();
    const bool showY = m_y->isVisible();
    const QList<qreal> xs = showX ? tickPositions(m_x, area.left(), area.width()) : QList<qreal>();
    const QList<qreal> ys = showY ? tickPositions(m_y, area.bottom(), -area.height()) : QList<qreal>();
    const qreal xEdge = m_x->alignment() == Qt::AlignTop ? area.top() : area.bottom();
    const qreal yEdge = m_y->alignment() == Qt::AlignRight ? area.right() : area.left();
    // Outwards from the plot: down from the bottom, left of the left edge.
    const qreal xTick = m_x->alignment() == Qt::AlignTop ? -kTickLength : kTickLength;
    const qreal yTick = m_y->alignment() == Qt::AlignRight ? kTickLength : -kTickLength;

    DevicePixelPainter pixels(painter);
    for (const qreal x : xs)
        pixels.drawLine(QLineF(x, area.top(), x, area.bottom()), m_x->gridLinePen());
    for (const qreal y : ys)
        pixels.drawLine(QLineF(area.left(), y, area.right(), y), m_y->gridLinePen());
    if (showX) {
        pixels.drawLine(QLineF(area.left(), xEdge, area.right(), xEdge), m_x->linePen());
        for (const qreal x : xs)
            pixels.drawLine(QLineF(x, xEdge, x, xEdge + xTick), m_x->linePen());
    }
    if (showY) {
        pixels.drawLine(QLineF(yEdge, area.top(), yEdge, area.bottom()), m_y->linePen());
        for (const qreal y : ys)
            pixels.drawLine(QLineF(yEdge + yTick, y, yEdge, y), m_y->linePen());
    }
}
