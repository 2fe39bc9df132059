// SPDX-License-Identifier: MIT
// HeatmapItem: a field over a chart's plot area drawn as an image, with its colour bar in the
// chart's right margin and an optional probe (a crosshair at the point being read out). Qt Charts
// has no heatmap series; the chart that owns this item renders the image at the plot area's size
// in device pixels, so every pixel is one sample of the field and nothing is interpolated.
//
// The colour map is diverging for signed values: blue below 0, white at 0, red above (ColorBrewer
// RdBu, reversed), so the sign of f or of a derivative reads at a glance.
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QImage>

#include <optional>

class QChart;

class HeatmapItem : public QGraphicsItem
{
public:
    // Below Qt Charts' series and axes' grid (z 5 and up), above the plot background.
    static constexpr qreal kZValue = 1.0;

    explicit HeatmapItem(QChart *chart);

    // The colour of value v on the scale ±scale (scale > 0); NaN is grey.
    [[nodiscard]] static QRgb color(double v, double scale);

    // The field as rendered for plot area `plot` (chart coordinates), coloured on ±scale.
    void setImage(const QImage &image, const QRectF &plot, double scale);
    // A point of the plot area (chart coordinates) to mark, or none.
    void setProbe(std::optional<QPointF> at);
    void setStyle(const QFont &font, const QColor &foreground);

    // The room the colour bar and its labels need right of the plot area for this scale.
    [[nodiscard]] static qreal colorBarRoom(const QFont &font, double scale);
    // "−1.2e+03", the bar's end label for a scale.
    [[nodiscard]] static QString scaleLabel(double v);

    [[nodiscard]] const QImage &image() const { return m_image; }
    [[nodiscard]] double scale() const { return m_scale; }
    [[nodiscard]] std::optional<QPointF> probe() const { return m_probe; }

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    [[nodiscard]] QRectF barRect() const;

    QImage m_image;
    QRectF m_plot;
    double m_scale = 1.0;
    std::optional<QPointF> m_probe;
    QFont m_font;
    QColor m_foreground = Qt::black;
};
