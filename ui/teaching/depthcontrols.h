// SPDX-License-Identifier: MIT
// DepthControls: the simulated network's shape — width, depth, Xavier or He initialisation, a
// gain on the weights and the random seed — bound to AppState's depth configuration.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QComboBox;
class QLabel;
class QSpinBox;
class ValueSlider;

class DepthControls : public QWidget
{
    Q_OBJECT
public:
    explicit DepthControls(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QSpinBox *widthBox() const { return m_width; }
    [[nodiscard]] QSpinBox *depthBox() const { return m_depth; }
    [[nodiscard]] QComboBox *initBox() const { return m_init; }
    [[nodiscard]] ValueSlider *gainSlider() const { return m_gain; }
    [[nodiscard]] QSpinBox *seedBox() const { return m_seed; }

private:
    void sync();
    void apply();

    QPointer<AppState> m_state;
    QSpinBox *m_width;
    QSpinBox *m_depth;
    QComboBox *m_init;
    ValueSlider *m_gain;
    QSpinBox *m_seed;
    QLabel *m_function;
};
