// SPDX-License-Identifier: MIT
#include "chart/chartgrid.h"

#include "chart/devicepixelpainter.h"

#include <QCategoryAxis>
#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// No more lines than this an axis: setAxis() keeps the interval sane, this keeps paint() finite.
constexpr qsizetype kMaxTicks = 1000;

// The pen Qt Charts' own item is given: nothing to draw, so the raster engine returns at once.
QPen invisible(QPen pen)
{
    pen.setColor(Qt::transparent);
    return pen;
}

bool isInvisible(const QPen &pen)
{
    return pen.color().alpha() == 0;
}

bool isVertical(const QValueAxis *axis)
{
    return axis->alignment() == Qt::AlignLeft || axis->alignment() == Qt::AlignRight;
}

} // namespace

ChartGrid::ChartGrid(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    setZValue(kZValue);
    setAcceptedMouseButtons(Qt::NoButton);
    const auto fit = [this](const QRectF &area) {
        prepareGeometryChange();
        m_bounds = area.adjusted(-kTickLength - 2, -kTickLength - 2, kTickLength + 2, kTickLength + 2);
    };
    fit(chart->plotArea());
    connect(chart, &QChart::plotAreaChanged, this, fit);
}

void ChartGrid::adopt(QValueAxis *axis)
{
    if (!axis || std::any_of(m_axes.cbegin(), m_axes.cend(), [axis](const Adopted &a) { return a.axis == axis; }))
        return;
    m_axes.append({axis, axis->gridLinePen(), axis->linePen()});
    // A pen set later is kept too, and Qt Charts' items get its invisible twin.
    const auto keep = [this, axis](QPen Adopted::*slot, void (QAbstractAxis::*give)(const QPen &)) {
        return [this, axis, slot, give](const QPen &pen) {
            if (isInvisible(pen))
                return;
            for (Adopted &a : m_axes)
                if (a.axis == axis)
                    a.*slot = pen;
            (axis->*give)(invisible(pen));
            update();
        };
    };
    connect(axis, &QAbstractAxis::gridLinePenChanged, this, keep(&Adopted::grid, &QAbstractAxis::setGridLinePen));
    connect(axis, &QAbstractAxis::linePenChanged, this, keep(&Adopted::line, &QAbstractAxis::setLinePen));
    axis->setGridLinePen(invisible(axis->gridLinePen()));
    axis->setLinePen(invisible(axis->linePen()));
    const auto repaint = [this] { update(); };
    connect(axis, &QValueAxis::rangeChanged, this, repaint);
    connect(axis, &QValueAxis::tickIntervalChanged, this, repaint);
    connect(axis, &QValueAxis::tickAnchorChanged, this, repaint);
    connect(axis, &QValueAxis::tickTypeChanged, this, repaint);
    connect(axis, &QValueAxis::tickCountChanged, this, repaint);
    connect(axis, &QAbstractAxis::visibleChanged, this, repaint);
    connect(axis, &QAbstractAxis::gridVisibleChanged, this, repaint);
    connect(axis, &QAbstractAxis::lineVisibleChanged, this, repaint);
    if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
        connect(categories, &QCategoryAxis::categoriesChanged, this, repaint);
    update();
}

QList<qreal> ChartGrid::tickPositions(const QValueAxis *axis, qreal from, qreal length)
{
    // As Qt Charts' calculateLayout() of each axis, rounding included, so that each line meets
    // its label.
    QList<qreal> points;
    const qreal lo = axis->min();
    const qreal hi = axis->max();
    if (!(hi > lo) || !std::isfinite(hi - lo))
        return points;
    const qreal delta = length / (hi - lo);
    if (const auto *categories = qobject_cast<const QCategoryAxis *>(axis)) {
        // A read, though Qt's API does not mark it const.
        const QStringList labels = const_cast<QCategoryAxis *>(categories)->categoriesLabels();
        for (const QString &label : labels)
            points << (categories->startValue(label) - lo) * delta + from;
        if (!labels.isEmpty())
            points << (categories->endValue(labels.last()) - lo) * delta + from;
    } else if (axis->tickType() == QValueAxis::TicksFixed) {
        const int count = axis->tickCount();
        const qreal step = length / (qreal(count) - 1.0);
        for (int i = 0; i < count; ++i)
            points << qreal(i) * step + from;
    } else {
        const qreal interval = axis->tickInterval();
        if (!(interval > 0))
            return points;
        const qreal anchor = axis->tickAnchor();
        const qreal first = anchor - std::floor((anchor - lo) / interval) * interval;
        for (qreal value = first; value <= hi && points.size() < kMaxTicks; value += interval)
            points << (value - lo) * delta + from;
    }
    // Qt Charts hides the lines whose position falls off the plot.
    const qreal a = std::min(from, from + length);
    const qreal b = std::max(from, from + length);
    points.removeIf([a, b](qreal p) { return !(p >= a && p <= b); });
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
    DevicePixelPainter pixels(painter);
    // Every grid first, then the axis lines over them, as Qt Charts stacks them.
    for (const Adopted &a : std::as_const(m_axes))
        if (a.axis && a.axis->isVisible() && a.axis->isGridLineVisible()) {
            const bool vertical = isVertical(a.axis);
            const QList<qreal> ticks = vertical ? tickPositions(a.axis, area.bottom(), -area.height())
                                                : tickPositions(a.axis, area.left(), area.width());
            for (const qreal t : ticks)
                pixels.drawLine(vertical ? QLineF(area.left(), t, area.right(), t)
                                         : QLineF(t, area.top(), t, area.bottom()),
                                a.grid);
        }
    for (const Adopted &a : std::as_const(m_axes))
        if (a.axis && a.axis->isVisible() && a.axis->isLineVisible())
            paintAxis(pixels, a, area);
}

void ChartGrid::paintAxis(DevicePixelPainter &pixels, const Adopted &a, const QRectF &area) const
{
    // The line along the plot's edge, and the tick marks outwards from it.
    const Qt::Alignment side = a.axis->alignment();
    if (isVertical(a.axis)) {
        const qreal edge = side == Qt::AlignRight ? area.right() : area.left();
        const qreal out = side == Qt::AlignRight ? kTickLength : -kTickLength;
        pixels.drawLine(QLineF(edge, area.top(), edge, area.bottom()), a.line);
        for (const qreal y : tickPositions(a.axis, area.bottom(), -area.height()))
            pixels.drawLine(QLineF(edge + out, y, edge, y), a.line);
        return;
    }
    const qreal edge = side == Qt::AlignTop ? area.top() : area.bottom();
    const qreal out = side == Qt::AlignTop ? -kTickLength : kTickLength;
    pixels.drawLine(QLineF(area.left(), edge, area.right(), edge), a.line);
    for (const qreal x : tickPositions(a.axis, area.left(), area.width()))
        pixels.drawLine(QLineF(x, edge, x, edge + out), a.line);
}
