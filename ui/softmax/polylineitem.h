// SPDX-License-Identifier: MIT
// PolylineItem: a line through many points, drawn on a chart in the coordinates of a series'
// axes, without being a series. A QLineSeries strokes its whole outline on every change to have a
// shape for hit-testing: for the 1000 logits of a long softmax vector that was ~3 ms of each
// keystroke's repaint (issue 14), for a line nothing here hovers or clicks. The series stays in
// the chart, empty, for its legend entry and its axes; this item maps the points through it when
// it paints, so axis ranges and the plot area need only a repaint.
#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QPointF>

class QAbstractSeries;
class QChart;

class PolylineItem : public QGraphicsItem
{
public:
    // A child of chart, drawn above its series; points are in the axes of `axes`.
    PolylineItem(QChart *chart, QAbstractSeries *axes);

    void setPoints(const QList<QPointF> &points);
    void setPen(const QPen &pen);
    [[nodiscard]] const QList<QPointF> &points() const { return m_points; }

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QAbstractSeries *m_axes;
    QList<QPointF> m_points;
    QPen m_pen;
    QRectF m_bounds; // the plot area when last laid out
};
