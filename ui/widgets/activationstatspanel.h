// SPDX-License-Identifier: MIT
// ActivationStatsPanel: what the current function does to a Gaussian input X ~ N(0, σ²), with
// σ on a slider — E[f(X)] (is it zero-centred?), Var and E[f(X)²], E[f′(X)] and E[f′(X)²] (how a
// layer scales the gradient), the mass in dead and saturated regions, and the weight gains that
// keep the forward and backward variance (√2 for relu: He's gain). Numbers from core's
// activationStats (quadrature).
#pragma once

#include "activation.h"

#include <QPointer>
#include <QWidget>

class AppState;
class QLabel;
class ValueSlider;

class ActivationStatsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivationStatsPanel(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] ValueSlider *sigmaSlider() const { return m_sigma; }
    [[nodiscard]] QLabel *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<AppState> m_state;
    ValueSlider *m_sigma;
    QLabel *m_table;
};
