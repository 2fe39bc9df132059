// SPDX-License-Identifier: MIT
// NumberSpinBox: a spin box for a plot range end that shows any finite double — 1e-10 and 1e300
// alike — with the digits it needs (QDoubleSpinBox's fixed decimals show a zoomed-in range as
// "0.000 to 0.000"), and reads what a person types by core's one rule for typed numbers
// (numberparse.h: Unicode minus, scientific notation; 1e400 refused).
//
// It is a QAbstractSpinBox of its own rather than a QDoubleSpinBox: holding every double there
// takes decimals() = 323, and QDoubleSpinBox rounds each value it is given — every setValue and
// both ends of the range — by printing it with that many decimals and reading it back, 35–140 µs
// a time. Four boxes cost 3 ms of the window's launch (issue 14); this one keeps the double as
// it is. Like QDoubleSpinBox with keyboard tracking off, a typed value is taken on Enter or when
// the box loses focus; text that is not a number then goes back to the value in force.
#pragma once

#include <QAbstractSpinBox>

#include <limits>

class NumberSpinBox : public QAbstractSpinBox
{
    Q_OBJECT
    Q_PROPERTY(double value READ value WRITE setValue NOTIFY valueChanged USER true)
    Q_PROPERTY(double minimum READ minimum)
    Q_PROPERTY(double maximum READ maximum)
public:
    explicit NumberSpinBox(QWidget *parent = nullptr);

    [[nodiscard]] double value() const { return m_value; }
    // ±DBL_MAX unless narrowed.
    [[nodiscard]] double minimum() const { return m_minimum; }
    [[nodiscard]] double maximum() const { return m_maximum; }
    // Finite ends, lo ≤ hi (anything else is ignored); the value is moved into the range.
    void setRange(double lo, double hi);

    // Up to twelve significant digits: enough to tell apart the two ends of the narrowest range a
    // plot accepts (AppState::kMinRelativeWidth = 1e-9) with room to spare.
    [[nodiscard]] static QString textFromValue(double value);
    // The number `text` holds, or the value in force if it holds none.
    [[nodiscard]] double valueFromText(const QString &text) const;

    [[nodiscard]] QValidator::State validate(QString &text, int &pos) const override;
    void fixup(QString &text) const override;
    // A tenth of the value's leading power of ten a step (12.5 → 13.5, 0.3 → 0.31; from 0, 0.1),
    // rounded to what the box shows; never past the range.
    void stepBy(int steps) override;
    // Room for about twelve characters ("−1.0000005e-9"), not for the text of ±DBL_MAX: the range
    // bar must fit a 1024-pixel window.
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

public slots:
    // Taken into the range (infinities as its ends); NaN is ignored. valueChanged() only when it changes.
    void setValue(double value);

signals:
    void valueChanged(double value);

protected:
    [[nodiscard]] StepEnabled stepEnabled() const override;

private:
    void commitText();
    void showValue();

    double m_value = 0.0;
    double m_minimum = -std::numeric_limits<double>::max();
    double m_maximum = std::numeric_limits<double>::max();
};
