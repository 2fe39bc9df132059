// SPDX-License-Identifier: MIT
// ChartAnnotation: a marked point of a chart with a text box beside it and a leader line, e.g.
// "max |f − g| = 4.7e-4 at x = 2.70" or "MSE gradient vanishes here". Qt Charts has no callout,
// so this item paints one above the series, placed in data coordinates through a series' axes
// and kept inside the plot area.
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <QPointer>

class QAbstractSeries;
class QChart;

class ChartAnnotation : public QGraphicsObject
{
    Q_OBJECT
public:
    // Above the series and their point labels (Qt Charts draws series at z 5–7).
    static constexpr qreal kZValue = 20.0;

    // The anchor is mapped to the chart through `series`' axes; the item becomes a child of chart.
    ChartAnnotation(QChart *chart, QAbstractSeries *series);

    // Where the point is (data coordinates), and where the text box sits relative to it, in
    // multiples of the font's line height (x right, y down): (2, −2) is up and to the right.
    void setAnchor(QPointF value);
    void setOffset(QPointF lines);
    // Instead of the offset: the box in a corner of the plot area (e.g. Qt::AlignTop |
    // Qt::AlignRight), where the curves leave room; the leader line still reaches the anchor.
    // An empty alignment returns to the offset.
    void setBoxCorner(Qt::Alignment corner);
    // The box moves, when it would cover a curve of the chart, to the nearest place that covers
    // none (or the fewest): beside the anchor in another direction, or a corner of the plot area.
    // The offset or corner set above is tried first.
    void setAvoidCurves(bool on);
    void setText(const QString &text);
    void setColors(const QColor &text, const QColor &accent, const QColor &background);
    void setFont(const QFont &font);
    // A vertical line through the anchor over the whole plot height (e.g. the maximum of a likelihood).
    void setVerticalLine(bool on);
    void setMarkerVisible(bool on);

    [[nodiscard]] QPointF anchor() const { return m_anchor; }
    [[nodiscard]] const QString &text() const { return m_text; }
    // The text box in chart coordinates, as last painted (for tests of the placement).
    [[nodiscard]] QRectF textRect() const;

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void geometryMayHaveChanged();
    // The box at the offset (or in the corner), kept inside the plot area.
    [[nodiscard]] QRectF placedAt(QPointF at, QSizeF box, QPointF offset, Qt::Alignment corner) const;
    // The chart's visible curves in chart coordinates, a point at least every few pixels.
    [[nodiscard]] QList<QPointF> curvePoints() const;

    QPointer<QChart> m_chart;
    QPointer<QAbstractSeries> m_series;
    QPointF m_anchor;
    QPointF m_offset{1.5, -1.5};
    Qt::Alignment m_corner;
    QString m_text;
    QFont m_font;
    QColor m_textColor = Qt::black;
    QColor m_accent = Qt::black;
    QColor m_background = Qt::white;
    bool m_vertical = false;
    bool m_marker = true;
    bool m_avoid = false;
};
