// SPDX-License-Identifier: MIT
// EpsilonControl: the saturation threshold ε (0.001 … 0.5 on a log scale) and the switches
// for the shaded bands, bound to the AppState.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QCheckBox;
class ValueSlider;

class EpsilonControl : public QWidget
{
    Q_OBJECT
public:
    explicit EpsilonControl(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] ValueSlider *slider() const { return m_slider; }

private:
    void sync();

    QPointer<AppState> m_state;
    ValueSlider *m_slider;
    QCheckBox *m_show;
    QCheckBox *m_all;
};
