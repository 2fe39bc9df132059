// SPDX-License-Identifier: MIT
// CompareChart: two activations side by side as their differences f − g (solid) and f′ − g′
// (dashed) over the x range, each maximum of |·| marked with where it occurs — e.g. GELU minus
// its tanh approximation differs by at most 4.7·10⁻⁴. Numbers from core's compareActivations,
// each function at its own α/β.
#pragma once

#include "chart/styledchart.h"
#include "comparison.h"

#include <QPointer>

#include <optional>

class AppState;
class ChartAnnotation;
class QLineSeries;
class QValueAxis;

class CompareChart : public StyledChart
{
    Q_OBJECT
public:
    explicit CompareChart(AppState *state, QGraphicsItem *parent = nullptr);

    [[nodiscard]] QLineSeries *valueSeries() const { return m_value; }
    [[nodiscard]] QLineSeries *derivativeSeries() const { return m_derivative; }
    [[nodiscard]] ChartAnnotation *valueMarker() const { return m_valueMark; }
    [[nodiscard]] ChartAnnotation *derivativeMarker() const { return m_derivativeMark; }
    // The comparison on screen, or nothing if core refused it (the title then says why).
    [[nodiscard]] const std::optional<actviz::Comparison> &comparison() const { return m_comparison; }

    // "max |f − g| = 0.000473 at x = 2.699": the marker texts, for the view's read-out too.
    [[nodiscard]] static QString maxLabel(const QString &what, const actviz::Extremum &e);

protected:
    void applyStyle() override;

private:
    void recompute();

    QPointer<AppState> m_state;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QLineSeries *m_value;
    QLineSeries *m_derivative;
    ChartAnnotation *m_valueMark;
    ChartAnnotation *m_derivativeMark;
    std::optional<actviz::Comparison> m_comparison;
};
