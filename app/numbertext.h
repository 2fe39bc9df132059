// SPDX-License-Identifier: MIT
// Numbers as the command line reads and writes them: shortest text that round-trips,
// and a strict parser that accepts inf, -inf and nan but no trailing garbage.
#pragma once

#include "numberparse.h"

#include <string>
#include <string_view>

namespace actviz::cli {

// Room for the longest shortest-round-trip double ("-2.2250738585072014e-308").
inline constexpr int kNumberTextMax = 32;

// Writes the shortest text that reads back as exactly x; NaN of either sign is "nan".
// Returns one past the last character written (no terminator).
char *writeNumber(char *out, double x);

[[nodiscard]] std::string numberText(double x);

// The number in s, ignoring surrounding whitespace, by core's one rule for typed numbers
// (numberparse.h): inf, -inf and nan are words, a literal beyond the double range is refused.
[[nodiscard]] ParsedNumber parseNumber(std::string_view s);

// What to say after quoting a text that parseNumber refused: "is not a number" or why it is
// out of range.
[[nodiscard]] std::string_view refusal(const ParsedNumber &n);

[[nodiscard]] std::string_view trimmed(std::string_view s);

} // namespace actviz::cli
