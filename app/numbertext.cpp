// SPDX-License-Identifier: MIT
#include "numbertext.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
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

std::optional<double> parseNumber(std::string_view s)
{
    s = trimmed(s);
    bool negative = false;
    constexpr std::string_view kUnicodeMinus = "\u2212";
    if (s.starts_with(kUnicodeMinus)) {
        negative = true;
        s.remove_prefix(kUnicodeMinus.size());
    } else if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    // from_chars would take a second sign ("--1") or leave it to us to reject; do it here.
    if (s.empty() || s.front() == '-' || s.front() == '+')
        return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (end != s.data() + s.size())
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // from_chars leaves value untouched here; strtod gives the correctly rounded ±inf/±0.
        const std::string copy(s);
        value = std::strtod(copy.c_str(), nullptr);
    } else if (ec != std::errc()) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

} // namespace actviz::cli
