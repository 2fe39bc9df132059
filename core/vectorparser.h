// SPDX-License-Identifier: MIT
// Parses a vector typed by a person — the softmax input of the GUI and of `actviz softmax` —
// such as "1, 2, 3", "[0.5; -inf; 2e3]" or "1，2，−3" (full-width comma, Unicode minus).
//
// Accepted: entries separated by commas, semicolons, full-width commas "，" or semicolons
// "；", or by whitespace alone (ASCII, no-break space U+00A0, ideographic space U+3000);
// whitespace around a separator is ignored. One pair of surrounding brackets [ ] is allowed.
// Numbers in decimal or scientific notation with an optional sign ("+", "-" or the Unicode
// minus "−" U+2212, which is also accepted in the exponent), read with std::from_chars and so
// independent of the locale; "-inf" / "-infinity" (any case) for a masked entry.
// Rejected, with a message that quotes the token and gives its 1-based entry number: empty
// entries ("1,,2", a leading or trailing separator), NaN, +inf, literals beyond the double
// range (numberparse.h, the one rule for typed numbers: below the range they round), anything
// else that is not a number, more than kMaxVectorEntries entries, a vector that is empty or has
// every entry -inf, and unbalanced brackets. Never throws.
#pragma once

#include "result.h"

#include <Eigen/Core>
#include <cstddef>
#include <string>
#include <string_view>

namespace actviz {

inline constexpr std::size_t kMaxVectorEntries = 1000;

struct VectorParseError {
    enum class Kind {
        EmptyInput,   // nothing but whitespace (and brackets)
        EmptyEntry,   // two separators in a row, or one at the start or end
        NotANumber,   // garbage, e.g. "abc" or "1.2.3"
        NaN,          // "nan"
        PlusInfinity, // "inf" or "+inf": only -inf (a mask) is meaningful
        OutOfRange,   // e.g. "1e400"
        TooManyEntries,
        AllMasked, // every entry is -inf
        UnbalancedBracket,
    };
    Kind kind = Kind::NotANumber;
    std::string message;    // English, e.g. `entry 2 ("abc") is not a number`
    std::size_t entry = 0;  // 1-based entry number, 0 when the error is not about one entry
    std::string token;      // the offending entry as typed (empty for an empty entry)
    std::size_t offset = 0; // where it starts in the input, in bytes (UTF-8)
    std::size_t length = 0; // its length in bytes, for highlighting
    std::size_t count = 0;  // TooManyEntries: how many entries the text has in all
};

using VectorParseResult = Result<Eigen::VectorXd, VectorParseError>;

// The input is UTF-8.
VectorParseResult parseVector(std::string_view text);

// Whether utf8 begins with a character that separates entries (a comma, semicolon, their
// full-width forms or whitespace, as listed above): where an editor ends an undo step of typing.
[[nodiscard]] bool startsWithSeparator(std::string_view utf8);

} // namespace actviz
