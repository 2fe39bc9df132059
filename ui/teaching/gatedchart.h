// SPDX-License-Identifier: MIT
// GatedChart: one map of the gated view — f(a, b), ∂f/∂a or ∂f/∂b of the state's gated unit over
// the square [−range, range]², one sample per device pixel (core/gatedunits.h evaluates g once per
// column), coloured by sign and size, with the regions where the gradient vanishes hatched: single
// lines where the gate is saturated (|∂f/∂a| < ε), crossed where the unit is dead (both < ε).
// Hovering reports the (a, b) under the mouse; every map of the view marks it.
#pragma once

#include "chart/styledchart.h"
#include "text/gatedtext.h"

#include <QPointer>

#include <optional>

class AppState;
class HeatmapItem;
class QValueAxis;

class GatedChart : public StyledChart
{
    Q_OBJECT
public:
    // Device pixels a side above which the map is sampled more coarsely and scaled up.
    static constexpr int kMaxSamples = 2048;

    GatedChart(AppState *state, GatedText::Quantity quantity, QGraphicsItem *parent = nullptr);

    // The point (a, b) to mark on the map, or none.
    void setProbe(std::optional<QPointF> ab);
    // The (a, b) at a position in chart coordinates, if it lies in the plot area.
    [[nodiscard]] std::optional<QPointF> valueAt(QPointF chartPos) const;
    // The inverse: where (a, b) is drawn, in chart coordinates.
    [[nodiscard]] QPointF positionOf(QPointF ab) const;

    // The room around the square plot area that the layout offered and the square left empty
    // (width, height): a view can shrink or grow by it to fit the map.
    [[nodiscard]] QSize squareSlack() const { return m_slack; }

    [[nodiscard]] GatedText::Quantity quantity() const { return m_quantity; }
    [[nodiscard]] HeatmapItem *heatmap() const { return m_heat; }
    [[nodiscard]] QValueAxis *axisA() const { return m_axisA; }
    [[nodiscard]] QValueAxis *axisB() const { return m_axisB; }

signals:
    // The mouse is over (a, b) of the plot area, or has left it.
    void hovered(std::optional<QPointF> ab);

protected:
    void applyStyle() override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void render();
    void renderOnce();
    // Margins that make the plot area square, centred in the room the layout offers, with the
    // colour bar's room on the right.
    void fitMargins(qreal barRoom);

    QPointer<AppState> m_state;
    GatedText::Quantity m_quantity;
    QValueAxis *m_axisA;
    QValueAxis *m_axisB;
    HeatmapItem *m_heat;
    std::optional<QPointF> m_probe;
    QMargins m_baseMargins;
    QSize m_slack;
    bool m_rendering = false;
    bool m_again = false;
};
