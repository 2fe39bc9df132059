// SPDX-License-Identifier: MIT
// ChartGrid: the grid lines, axis lines and tick marks of a chart's value axes, drawn by one item
// in whole device pixels (DevicePixelPainter) in place of Qt Charts' own. Qt Charts draws each of
// them as an antialiased line item, and a line down the plot is a fill that Qt 6.4 hands to its
// thread pool: about 0.3 ms a line on a 2-core VM, most of a slider's repaint (issue 14). The
// lines sit where Qt Charts puts them (its tick arithmetic, its tick length); the axes keep their
// labels and titles and still say what is shown (setGridLineVisible, setLineVisible) and with
// which pens: an adopted axis's pens are kept here, and Qt Charts' items get invisible ones.
#pragma once

#include <QGraphicsObject>
#include <QList>
#include <QPen>
#include <QPointer>
#include <QValueAxis>

class DevicePixelPainter;
class QChart;

class ChartGrid : public QGraphicsObject
{
    Q_OBJECT
public:
    // A child of `chart`, drawing nothing until axes are adopted.
    explicit ChartGrid(QChart *chart);

    // From now on the grid, line and tick marks of `axis` (on `chart`, a value or category axis
    // along any side) are drawn here. Adopting an axis twice does nothing.
    void adopt(QValueAxis *axis);

    // Where Qt Charts puts the ticks of `axis` along a plot edge that starts at `from` (the
    // left for x, the bottom for y) and runs `length` pixels (negative: upwards), the ticks
    // off the plot left out. A QCategoryAxis has them at its categories' bounds.
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
    struct Adopted {
        QPointer<QValueAxis> axis;
        QPen grid; // the pens the axis was given
        QPen line;
    };
    void paintAxis(DevicePixelPainter &pixels, const Adopted &a, const QRectF &area) const;

    QChart *m_chart;
    QList<Adopted> m_axes;
    QRectF m_bounds;
};
