// SPDX-License-Identifier: MIT
// ChartGrid: the grid lines, axis lines and tick marks of a chart's x and y value axes, drawn by
// one item in whole device pixels (DevicePixelPainter) in place of Qt Charts' own. Qt Charts
// draws each of them as an antialiased line item, and a line down the plot is a fill that Qt 6.4
// hands to its thread pool: about 0.3 ms a line on a 2-core VM, most of a slider's repaint
// (issue 14). The lines sit where Qt Charts puts them (its tick arithmetic, its tick length) and
// take the axes' pens; the axes keep their labels and titles. Switches the axes' own grid and
// line off.
#pragma once

#include <QGraphicsObject>
#include <QList>

class QChart;
class QValueAxis;

class ChartGrid : public QGraphicsObject
{
    Q_OBJECT
public:
    // A child of `chart`, for its axes `x` (bottom or top) and `y` (left or right).
    ChartGrid(QChart *chart, QValueAxis *x, QValueAxis *y);

    // Where Qt Charts puts the ticks of `axis` along a plot edge that starts at `from` (the
    // left for x, the bottom for y) and runs `length` pixels (negative: upwards), the ticks
    // off the plot left out.
    [[nodiscard]] static QList<qreal> tickPositions(const QValueAxis *axis, qreal from, qreal length);

    enum { Type = UserType + 1 };
    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Qt Charts' tick marks: 4 pixels outside the plot (ChartAxisElement::labelPadding).
    static constexpr qreal kTickLength = 4.0;
    // Above the saturation and naive bands, under the curves, as Qt Charts' grid.
    static constexpr qreal kZValue = 2.0;

private:
    void follow(QValueAxis *axis);

    QChart *m_chart;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QRectF m_bounds;
};
