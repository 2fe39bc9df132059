// SPDX-License-Identifier: MIT
// PauText: PAU's coefficients as a person types them — "a0, a1, …, a5" for the numerator,
// "b1, …, b4" for the denominator, or both as "a0,…,a5/b1,…,b4" (--pau) — read by core's rule
// for numbers (numberparse.h), with messages in the interface language that name the bad token.
#pragma once

#include "pau.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <variant>

class PauText
{
    Q_DECLARE_TR_FUNCTIONS(PauText)
public:
    using Parsed = std::variant<actviz::PauCoefficients, QString>; // the coefficients or why not

    [[nodiscard]] static Parsed parse(const QString &numerator, const QString &denominator);
    [[nodiscard]] static Parsed parse(const QString &both);
    // Each coefficient's shortest round-trip text, separated by ", ".
    [[nodiscard]] static QString numeratorText(const actviz::PauCoefficients &c);
    [[nodiscard]] static QString denominatorText(const actviz::PauCoefficients &c);
    // "P(x) = a0 + a1·x + …" with the numbers (for captions), numerator and denominator.
    [[nodiscard]] static QString formula(const actviz::PauCoefficients &c);
};
