// SPDX-License-Identifier: MIT
// PauEditor: PAU's ten coefficients in the Parameters panel, one line per polynomial
// ("a0, …, a5" and "b1, …, b4"). Every keystroke that leaves both lines valid redraws the curves;
// an invalid line shows why, naming the bad entry, and the last valid coefficients stay drawn.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QLabel;
class QLineEdit;

class PauEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PauEditor(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *numeratorEdit() const { return m_numerator; }
    [[nodiscard]] QLineEdit *denominatorEdit() const { return m_denominator; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

private:
    void apply();
    void showValues(); // the state's coefficients, unless the lines already say them

    QPointer<AppState> m_state;
    QLineEdit *m_numerator;
    QLineEdit *m_denominator;
    QLabel *m_error;
};
