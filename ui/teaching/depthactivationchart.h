// SPDX-License-Identifier: MIT
// DepthActivationChart: the forward pass of the simulated network — mean and standard
// deviation of each layer's activations, and the fraction of units whose f′ is exactly 0 (dead
// ReLUs) — against the layer number. A shrinking std is the forward face of a vanishing signal,
// a mean far from 0 that of a function that is not zero-centred.
#pragma once

#include "chart/styledchart.h"
#include "gradientflow.h"

#include <vector>

class QLineSeries;
class QValueAxis;

class DepthActivationChart : public StyledChart
{
    Q_OBJECT
public:
    explicit DepthActivationChart(QGraphicsItem *parent = nullptr);

    void setLayers(const std::vector<actviz::LayerStats> &layers);

    [[nodiscard]] QLineSeries *meanSeries() const { return m_mean; }
    [[nodiscard]] QLineSeries *stdSeries() const { return m_std; }
    [[nodiscard]] QLineSeries *deadSeries() const { return m_dead; }

protected:
    void applyStyle() override;

private:
    // The y range with as many ticks as fit the plot's height without elided labels.
    void fitYAxis();

    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QLineSeries *m_mean;
    QLineSeries *m_std;
    QLineSeries *m_dead;
    double m_lo = 0.0;
    double m_hi = 1.0;
};
