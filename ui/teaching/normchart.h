// SPDX-License-Identifier: MIT
// NormChart: the LayerNorm-vs-DyT figure (issue 13) — every element of the state's synthetic token
// batch as a point (input x, LayerNorm output), coloured by its token's scale in kGroups groups
// from light (small scale) to dark (large), and DyT's γ·tanh(αx) with the state's α and γ from
// the registry's "dyt" kernel over it. The batch, its LayerNorm and the fit come from core through
// NormData, drawn again only when the seed or the outliers change.
#pragma once

#include "chart/styledchart.h"
#include "state/normsetup.h"

#include <QPointer>

#include <array>

class AppState;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

class NormChart : public StyledChart
{
    Q_OBJECT
public:
    static constexpr int kGroups = 5;
    static constexpr int kCurveSamples = 801;

    explicit NormChart(AppState *state, QGraphicsItem *parent = nullptr);

    [[nodiscard]] const NormData &data() const { return m_data; }
    [[nodiscard]] QScatterSeries *group(int i) const { return m_groups[static_cast<std::size_t>(i)]; }
    [[nodiscard]] QLineSeries *curveSeries() const { return m_curve; }
    // Points in all groups together: tokens × channels.
    [[nodiscard]] qsizetype pointCount() const;

signals:
    // The batch was drawn again (a new seed or number of outliers): its fit changed.
    void dataChanged();

protected:
    void applyStyle() override;

private:
    void render();
    void renderScatter();
    void renderCurve();

    QPointer<AppState> m_state;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    std::array<QScatterSeries *, kGroups> m_groups{};
    QLineSeries *m_curve;
    NormData m_data;
};
