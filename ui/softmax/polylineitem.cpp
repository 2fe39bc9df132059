// SPDX-License-Identifier: MIT
#include "softmax/polylineitem.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QPainter>
#include <QLineF>
#include <QValueAxis>

PolylineItem::PolylineItem(QChart *chart, QAbstractSeries *axes)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_axes(axes)
    , m_bounds(chart->plotArea())
{
    setZValue(6); // above the series (Qt Charts' 5), below the legend
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this](const QRectF &area) {
        prepareGeometryChange();
        m_bounds = area;
    });
    for (QAbstractAxis *axis : axes->attachedAxes())
        if (auto *value = qobject_cast<QValueAxis *>(axis))
            QObject::connect(value, &QValueAxis::rangeChanged, chart, [this] { update(); });
}

void PolylineItem::setPoints(const QList<QPointF> &points)
{
    m_points = points;
    update();
}

void PolylineItem::setPen(const QPen &pen)
{
    m_pen = pen;
    update();
}

QRectF PolylineItem::boundingRect() const
{
    return m_bounds;
}

void PolylineItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_points.isEmpty() || !m_axes->isVisible())
        return;
    // Segment by segment, as Qt Charts draws its lines: one polyline of a thousand points is
    // stroked as a whole, joins and all, and then filled as one large polygon, many times slower.
    QList<QLineF> segments;
    segments.reserve(m_points.size());
    QPointF from = m_chart->mapToPosition(m_points.front(), m_axes);
    for (qsizetype i = 1; i < m_points.size(); ++i) {
        const QPointF to = m_chart->mapToPosition(m_points[i], m_axes);
        segments.append(QLineF(from, to));
        from = to;
    }
    painter->save();
    painter->setClipRect(m_bounds);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_pen);
    painter->drawLines(segments);
    painter->restore();
}
