// SPDX-License-Identifier: MIT
// The error of a double against a high-precision reference, in units in the last place.
#pragma once

#include <cfloat>
#include <cmath>
#include <limits>

namespace ulperror {

// The spacing of doubles at magnitude m (the subnormal spacing below DBL_MIN).
inline long double ulpAt(long double m)
{
    m = std::fabs(m);
    if (m < static_cast<long double>(DBL_MIN))
        return std::ldexp(1.0L, -1074);
    return std::ldexp(1.0L, std::ilogb(std::min(m, static_cast<long double>(DBL_MAX))) - 52);
}

// Error of `got` in ulps of max(|ref|, scale); infinite when got is NaN or has the wrong
// infinity, 0 when both are the same infinity.
inline double ulpError(double got, long double ref, long double scale = 0.0L)
{
    if (std::isinf(ref) || std::isinf(got) || std::isnan(got))
        return static_cast<long double>(got) == ref ? 0.0 : std::numeric_limits<double>::infinity();
    const long double err = std::fabs(static_cast<long double>(got) - ref);
    return static_cast<double>(err / ulpAt(std::max(std::fabs(ref), scale)));
}

} // namespace ulperror
