// SPDX-License-Identifier: MIT
// PAU's coefficients as text: "a0,a1,a2,a3,a4,a5/b1,b2,b3,b4" for --pau and messages.
#include "pau.h"

#include "numberparse.h"

#include <cmath>

namespace actviz {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string quoted(std::string_view s)
{
    std::string out(1, '\'');
    out.append(s);
    out.push_back('\'');
    return out;
}

// The comma-separated numbers of one polynomial into out (its size is the count required).
template <std::size_t N> Result<std::array<double, N>> parseList(std::string_view text, std::string_view which)
{
    std::array<double, N> out{};
    std::size_t count = 0;
    while (true) {
        const std::size_t comma = text.find(',');
        const std::string_view token = trimmed(text.substr(0, comma));
        if (count < N) {
            const ParsedNumber n = parseDecimal(token);
            if (n.status == ParsedNumber::Status::OutOfRange)
                return fail(quoted(token) + " " + std::string(kOutOfRangeReason));
            if (n.status != ParsedNumber::Status::Ok)
                return fail(quoted(token) + " is not a number");
            if (!std::isfinite(n.value) || std::fabs(n.value) > kPauCoefficientLimit)
                return fail(quoted(token) + ": every coefficient must be finite, at most 1e100 in magnitude");
            out[count] = n.value;
        }
        ++count;
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
    }
    if (count != N)
        return fail("the " + std::string(which) + " needs " + std::to_string(N) + " coefficients, got " +
                    std::to_string(count));
    return out;
}

} // namespace

Result<PauCoefficients> parsePauCoefficients(std::string_view text)
{
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos || text.find('/', slash + 1) != std::string_view::npos)
        return fail(quoted(text) + " is not 'a0,a1,a2,a3,a4,a5/b1,b2,b3,b4' (6 numerator coefficients, '/', "
                                   "4 denominator coefficients)");
    auto a = parseList<6>(text.substr(0, slash), "numerator");
    if (!a)
        return fail(a.error());
    auto b = parseList<4>(text.substr(slash + 1), "denominator");
    if (!b)
        return fail(b.error());
    return PauCoefficients{a.value(), b.value()};
}

std::string pauCoefficientsText(const PauCoefficients &c)
{
    std::string out;
    // append, not "," + text: GCC 12's -Wrestrict misfires on operator+ with a literal
    for (std::size_t i = 0; i < c.a.size(); ++i)
        out.append(i ? "," : "").append(shortestText(c.a[i]));
    out.push_back('/');
    for (std::size_t k = 0; k < c.b.size(); ++k)
        out.append(k ? "," : "").append(shortestText(c.b[k]));
    return out;
}

} // namespace actviz
