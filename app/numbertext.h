// SPDX-License-Identifier: MIT
// Numbers as the command line reads and writes them: shortest text that round-trips,
// and a strict parser that accepts inf, -inf and nan but no trailing garbage.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace actviz::cli {

// Room for the longest shortest-round-trip double ("-2.2250738585072014e-308").
inline constexpr int kNumberTextMax = 32;

// Writes the shortest text that reads back as exactly x; NaN of either sign is "nan".
// Returns one past the last character written (no terminator).
char *writeNumber(char *out, double x);

[[nodiscard]] std::string numberText(double x);

// The number in s, ignoring surrounding whitespace; a leading '+' and the Unicode minus
// (U+2212) are accepted. Decimal literals beyond the double range read as ±inf or ±0,
// like strtod. nullopt for anything else, the empty string included.
[[nodiscard]] std::optional<double> parseNumber(std::string_view s);

[[nodiscard]] std::string_view trimmed(std::string_view s);

} // namespace actviz::cli
