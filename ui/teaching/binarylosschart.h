// SPDX-License-Identifier: MIT
// BinaryLossChart: for a sigmoid output p = σ(z) and a label y, binary cross-entropy and squared
// error against the logit z — either the losses or their gradients dL/dz — with the confidently
// wrong prediction annotated: there BCE still pushes with a gradient of about ∓1 while MSE's has
// vanished with the sigmoid's slope. Numbers from core's binaryLossCurves.
#pragma once

#include "chart/styledchart.h"

#include <QPointer>

class AppState;
class ChartAnnotation;
class QLineSeries;
class QValueAxis;

class BinaryLossChart : public StyledChart
{
    Q_OBJECT
public:
    enum class Quantity { Loss, Gradient };

    // The logits shown, z ∈ [−kZRange, kZRange], and where the annotation sits (on the wrong side).
    static constexpr double kZRange = 10.0;
    static constexpr double kWrongLogit = 6.0;
    static constexpr int kSamples = 801;

    BinaryLossChart(AppState *state, Quantity quantity, QGraphicsItem *parent = nullptr);

    [[nodiscard]] QLineSeries *bceSeries() const { return m_bce; }
    [[nodiscard]] QLineSeries *mseSeries() const { return m_mse; }
    [[nodiscard]] ChartAnnotation *annotation() const { return m_note; }
    // The logit of the annotation: −6 for y = 1 (p ≈ 0.0025), +6 for y = 0.
    [[nodiscard]] double wrongLogit() const;

protected:
    void applyStyle() override;

private:
    void recompute();

    QPointer<AppState> m_state;
    Quantity m_quantity;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QLineSeries *m_bce;
    QLineSeries *m_mse;
    ChartAnnotation *m_note;
};
