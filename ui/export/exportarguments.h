// SPDX-License-Identifier: MIT
// The values of `actviz export`'s options: numbers by core's one rule for typed numbers
// (numberparse.h, as everywhere else in actviz), whole numbers, LO:HI ranges, and a typed value
// shortened for a message.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>

namespace exportargs {

// s, cut after 60 characters with "…": a pasted vector of 60 000 entries must not come back as
// a 120 KB message that hides the reason at its end.
[[nodiscard]] QString elided(const QString &s);

// A message as the terminal shows it, in UTF-8: control characters (an escape sequence in a
// typed value would drive the terminal) as \xNN; lines and tabs stay.
[[nodiscard]] QByteArray shown(const QString &message);

// A finite number, or why not (a number beyond ±DBL_MAX is named).
struct Number {
    std::optional<double> value;
    QString why;
};
[[nodiscard]] Number number(const QString &s);

[[nodiscard]] std::optional<qint64> integer(const QString &s);

// "LO:HI" with LO < HI, both finite, and a width the plot can show (AppState::checkRange); on
// failure, why not, naming the value.
[[nodiscard]] std::optional<QString> range(const QString &s, std::pair<double, double> &out);

} // namespace exportargs
