// SPDX-License-Identifier: MIT
// CrossEntropyChart: multi-class loss for the softmax tab's vector and a target class k — the
// probabilities s = softmax(z/T) and the gradient ∂CE/∂z = (s − onehot(k))/T as bars, with the
// loss −log s_k in the title. The target's bar is the only negative one: raising z_k lowers the
// loss, every other logit is pushed down in proportion to its probability.
#pragma once

#include "chart/styledchart.h"

#include <Eigen/Core>

#include <QPointer>

class AppState;
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

class CrossEntropyChart : public StyledChart
{
    Q_OBJECT
public:
    static constexpr int kMaxLabelledBars = 16;

    explicit CrossEntropyChart(AppState *state, QGraphicsItem *parent = nullptr);

    [[nodiscard]] QBarSet *probabilitySet() const { return m_probabilities; }
    [[nodiscard]] QBarSet *gradientSet() const { return m_gradient; }
    // −log s_k of the vector on screen, and its 0-based target (the state's class clamped to it).
    [[nodiscard]] double crossEntropy() const { return m_loss; }
    [[nodiscard]] Eigen::Index target() const { return m_target; }
    [[nodiscard]] const Eigen::VectorXd &logits() const { return m_logits; }

protected:
    void applyStyle() override;

private:
    void recompute();

    QPointer<AppState> m_state;
    QBarSeries *m_bars;
    QBarSet *m_probabilities;
    QBarSet *m_gradient;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    Eigen::VectorXd m_logits;
    double m_loss = 0.0;
    Eigen::Index m_target = 0;
};
