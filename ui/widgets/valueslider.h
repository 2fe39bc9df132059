// SPDX-License-Identifier: MIT
// ValueSlider: a slider and a spin box for one real value on a linear or logarithmic scale,
// kept in step without echo. α, β, ε and the softmax temperature all use it.
#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;

class ValueSlider : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSteps = 1000;

    explicit ValueSlider(QWidget *parent = nullptr);

    void setLabel(const QString &text);
    // The label on the slider's row, left of it, instead of above: for a flowing row of controls.
    void setLabelBeside();
    void setRange(double min, double max, bool logScale);
    // Sets the value without emitting valueChanged (the state is the source, not the user).
    void setValue(double v);
    [[nodiscard]] double value() const { return m_value; }
    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QDoubleSpinBox *spinBox() const { return m_spin; }
    [[nodiscard]] QLabel *label() const { return m_label; }

signals:
    void valueChanged(double value);

private:
    [[nodiscard]] double fromSlider(int pos) const;
    [[nodiscard]] int toSlider(double v) const;
    void onSlider(int pos);
    void onSpin(double v);

    QLabel *m_label;
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
    double m_min = 0.0;
    double m_max = 1.0;
    bool m_log = false;
    double m_value = 0.0;
};
