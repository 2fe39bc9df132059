// SPDX-License-Identifier: MIT
// ParameterPanel: the α and β sliders of the current function (PAU: its coefficients). Labels, ranges and scales come
// from the function's ParamSpec; a parameter it does not use is disabled with a hint; Reset
// restores the descriptor's defaults. Each function keeps its own values in the AppState.
#pragma once

#include "activation.h"

#include <QPointer>
#include <QWidget>

class AppState;
class PauEditor;
class QLabel;
class QPushButton;
class ValueSlider;

class ParameterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterPanel(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] ValueSlider *slider(actviz::ParamId which) const;
    [[nodiscard]] QPushButton *resetButton() const { return m_reset; }
    [[nodiscard]] PauEditor *pauEditor() const { return m_pau; }

private:
    void rebind();
    void showValues();
    void bindOne(ValueSlider *s, QLabel *hint, const actviz::ParamSpec &spec, const QString &symbol);

    QPointer<AppState> m_state;
    QLabel *m_title;
    ValueSlider *m_alpha;
    ValueSlider *m_beta;
    QLabel *m_alphaHint;
    QLabel *m_betaHint;
    PauEditor *m_pau; // shown for PAU only, whose coefficients are its parameters
    QPushButton *m_reset;
};
