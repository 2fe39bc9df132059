// SPDX-License-Identifier: MIT
#include "numberparse.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <system_error>

namespace actviz {

namespace {

constexpr std::string_view kUnicodeMinus = "\xE2\x88\x92"; // U+2212 −

// The literal with every Unicode minus replaced by '-' (a sign or the exponent's sign).
std::string asciiMinus(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (s.substr(i).starts_with(kUnicodeMinus)) {
            out += '-';
            i += kUnicodeMinus.size();
        } else {
            out += s[i++];
        }
    }
    return out;
}

// A finite decimal literal whose exponent puts it below the double range reads as 0 or a
// subnormal; only a literal above the range is refused. Tells the two apart by the value
// strtod rounds to, which is correctly rounded in both directions (from_chars reports both
// as out of range and leaves the value unset).
ParsedNumber outOfRange(const std::string &digits, bool negative)
{
    const double v = std::strtod(digits.c_str(), nullptr);
    if (std::isinf(v))
        return {ParsedNumber::Status::OutOfRange, 0.0};
    return {ParsedNumber::Status::Ok, negative ? -v : v};
}

} // namespace

ParsedNumber parseDecimal(std::string_view text)
{
    const std::string s = text.find('\xE2') == std::string_view::npos ? std::string(text) : asciiMinus(text);
    const bool negative = !s.empty() && s.front() == '-';
    const bool hasSign = !s.empty() && (s.front() == '-' || s.front() == '+');
    const char *first = s.data() + (hasSign ? 1 : 0);
    const char *last = s.data() + s.size();
    // from_chars takes no '+' and would take a second '-' ("--1").
    if (first == last || *first == '+' || *first == '-')
        return {};
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(first, last, v, std::chars_format::general);
    if (ec == std::errc::invalid_argument || ptr != last)
        return {};
    if (ec == std::errc::result_out_of_range)
        return outOfRange(std::string(first, last), negative);
    return {ParsedNumber::Status::Ok, negative ? -v : v};
}

} // namespace actviz
