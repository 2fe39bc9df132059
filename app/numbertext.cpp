// SPDX-License-Identifier: MIT
#include "numbertext.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace actviz::cli {

char *writeNumber(char *out, double x)
{
    if (std::isnan(x)) { // to_chars would write "-nan" for a negative NaN, which no reader wants
        std::memcpy(out, "nan", 3);
        return out + 3;
    }
    // The shortest form (no format argument) is the one that round-trips exactly.
    return std::to_chars(out, out + kNumberTextMax, x).ptr;
}

std::string numberText(double x)
{
    char buffer[kNumberTextMax];
    return {buffer, writeNumber(buffer, x)};
}

std::string_view trimmed(std::string_view s)
{
    constexpr std::string_view kSpace = " \t\r\n\f\v";
    const auto first = s.find_first_not_of(kSpace);
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

ParsedNumber parseNumber(std::string_view s)
{
    return parseDecimal(trimmed(s));
}

std::string_view refusal(const ParsedNumber &n)
{
    return n.status == ParsedNumber::Status::OutOfRange ? kOutOfRangeReason : std::string_view("is not a number");
}

} // namespace actviz::cli
