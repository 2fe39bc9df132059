// SPDX-License-Identifier: MIT
#include "numberparse.h"

#include <algorithm>
#include <charconv>
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

// ⌊log10 |x|⌋ of a literal that from_chars accepted (digits with an optional point, an optional
// exponent); the exponent saturates far outside the double range. All zeros: very negative.
long long decimalExponent(std::string_view s)
{
    constexpr long long kSaturated = 1'000'000'000'000'000;
    const std::size_t e = std::min(s.find_first_of("eE"), s.size());
    long long exponent = 0;
    if (e < s.size()) {
        std::size_t i = e + 1;
        const bool minus = s[i] == '-';
        if (s[i] == '-' || s[i] == '+')
            ++i;
        for (; i < s.size(); ++i)
            exponent = std::min(exponent * 10 + (s[i] - '0'), kSaturated);
        exponent = minus ? -exponent : exponent;
    }
    const std::string_view mantissa = s.substr(0, e);
    const auto point = static_cast<long long>(std::min(mantissa.find('.'), mantissa.size()));
    const std::size_t found = mantissa.find_first_not_of("0.");
    if (found == std::string_view::npos)
        return -kSaturated;
    const auto first = static_cast<long long>(found); // the first significant digit
    return (first < point ? point - first - 1 : point - first) + exponent;
}

// from_chars reports a literal as out of range exactly when it rounds to ±0 or ±inf (subnormals
// it reads), and leaves the value unset: the literal's magnitude tells which. Not strtod, which
// reads the decimal point of the C locale — QApplication sets the user's, and under a decimal
// comma strtod read "1.5e-400" as 1.
ParsedNumber outOfRange(std::string_view digits, bool negative)
{
    if (decimalExponent(digits) >= 0)
        return {ParsedNumber::Status::OutOfRange, 0.0};
    return {ParsedNumber::Status::Ok, negative ? -0.0 : 0.0};
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
        return outOfRange(std::string_view(first, static_cast<std::size_t>(last - first)), negative);
    return {ParsedNumber::Status::Ok, negative ? -v : v};
}

std::string shortestText(double v)
{
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

} // namespace actviz
