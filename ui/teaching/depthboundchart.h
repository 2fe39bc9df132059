// SPDX-License-Identifier: MIT
// DepthBoundChart: the bound on gradient flow, (sup |f′|)^L against the depth L = 1…100, for
// every shown function in its colour, on a decade axis: sigmoid falls as 0.25^L (10⁻⁶⁰ at 100
// layers), relu stays at 1, GELU's 1.13^L grows. The numbers are core's supAbsDerivative and
// log10GradientBound at each function's current α/β.
#pragma once

#include "chart/styledchart.h"

#include <QHash>
#include <QPointer>

class AppState;
class DecadeAxis;
class QLineSeries;
class QValueAxis;

class DepthBoundChart : public StyledChart
{
    Q_OBJECT
public:
    explicit DepthBoundChart(AppState *state, QGraphicsItem *parent = nullptr);

    // The series of a shown function (log10 of the bound at L = 1…100), or nullptr.
    [[nodiscard]] QLineSeries *boundSeries(const QString &id) const { return m_series.value(id); }
    [[nodiscard]] DecadeAxis *yAxis() const { return m_axisY; }

protected:
    void applyStyle() override;

private:
    void rebuild();

    QPointer<AppState> m_state;
    QValueAxis *m_axisX;
    DecadeAxis *m_axisY;
    QHash<QString, QLineSeries *> m_series;
};
