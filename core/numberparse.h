// SPDX-License-Identifier: MIT
// One rule for every number a person types into actviz — `eval`'s input lines, option values
// such as --alpha or --xrange, softmax entries, lesson files:
// - decimal or scientific notation, an optional sign ('+', '-' or the Unicode minus U+2212,
//   also in the exponent), read with std::from_chars (locale-independent);
// - the words inf, infinity and nan (any case, with a sign) mean what they say; whether the
//   caller accepts them is the caller's rule (softmax takes only -inf, as a mask);
// - a literal beyond the largest double (|x| > 1.7976931348623157e308, e.g. 1e400) is refused
//   as out of range, never silently read as inf: write inf when you mean it;
// - a literal below the smallest double rounds correctly, to a subnormal (1e-320) or to ±0
//   (1e-400), as every decimal does;
// - anything else, the empty string and a second sign included, is not a number.
#pragma once

#include <string>
#include <string_view>

namespace actviz {

struct ParsedNumber {
    enum class Status { Ok, NotANumber, OutOfRange };
    Status status = Status::NotANumber;
    double value = 0.0; // when Ok
};

// The shortest text that reads back as v (std::to_chars), for messages: 0.1, 1e-320, -inf.
[[nodiscard]] std::string shortestText(double v);

// s is parsed whole: leading or trailing whitespace is not a number (callers trim).
[[nodiscard]] ParsedNumber parseDecimal(std::string_view s);

// Text a message can append after the offending token, e.g. "1e400 is beyond …".
inline constexpr std::string_view kOutOfRangeReason =
    "is beyond the range of a double (±1.7976931348623157e308); write inf or -inf for infinity";

} // namespace actviz
