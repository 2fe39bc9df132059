// SPDX-License-Identifier: MIT
// NumberSpinBox: a spin box for a plot range end that shows any double a range can hold —
// 1e-10 and 1e300 alike — with the digits it needs (QDoubleSpinBox's fixed decimals show a
// zoomed-in range as "0.000 to 0.000"), and reads what a person types by core's one rule
// for typed numbers (numberparse.h: Unicode minus, scientific notation; 1e400 refused).
#pragma once

#include <QDoubleSpinBox>

class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit NumberSpinBox(QWidget *parent = nullptr);

    [[nodiscard]] QString textFromValue(double value) const override;
    [[nodiscard]] double valueFromText(const QString &text) const override;
    [[nodiscard]] QValidator::State validate(QString &text, int &pos) const override;
    // Room for about twelve characters ("−1.0000005e-9"), not for the text of ±DBL_MAX that
    // QDoubleSpinBox would measure: the range bar must fit a 1024-pixel window.
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
};
