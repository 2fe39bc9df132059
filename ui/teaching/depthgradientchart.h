// SPDX-License-Identifier: MIT
// DepthGradientChart: what the simulated network actually back-propagates — the mean |∂Loss/∂z|
// at every layer and the RMS gradient of its weights — on a decade axis against the layer
// number (1 next to the input, L at the loss), so a vanishing gradient is a falling line from
// right to left.
#pragma once

#include "chart/styledchart.h"
#include "gradientflow.h"

#include <vector>

class DecadeAxis;
class QLineSeries;
class QValueAxis;

class DepthGradientChart : public StyledChart
{
    Q_OBJECT
public:
    explicit DepthGradientChart(QGraphicsItem *parent = nullptr);

    // Layer l is element l − 1. Non-finite or zero gradients leave gaps.
    void setLayers(const std::vector<actviz::LayerStats> &layers);

    // log10 of mean |∂Loss/∂z_l| at x = l.
    [[nodiscard]] QLineSeries *gradientSeries() const { return m_gradient; }
    // log10 of the RMS of ∂Loss/∂W_l at x = l.
    [[nodiscard]] QLineSeries *weightSeries() const { return m_weights; }
    [[nodiscard]] DecadeAxis *yAxis() const { return m_axisY; }

protected:
    void applyStyle() override;

private:
    QValueAxis *m_axisX;
    DecadeAxis *m_axisY;
    QLineSeries *m_gradient;
    QLineSeries *m_weights;
};
