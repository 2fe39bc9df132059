// SPDX-License-Identifier: MIT
// NaiveControls: the switch for the naive textbook formulas (f, and f′ with the derivatives)
// and their precision (float16, bfloat16, float32 or float64), bound to AppState. The function
// plot and the softmax tab each show one.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QCheckBox;
class QComboBox;

class NaiveControls : public QWidget
{
    Q_OBJECT
public:
    explicit NaiveControls(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QCheckBox *toggle() const { return m_toggle; }
    [[nodiscard]] QComboBox *precisionBox() const { return m_precision; }

private:
    void sync();

    QPointer<AppState> m_state;
    QCheckBox *m_toggle;
    QComboBox *m_precision;
};
