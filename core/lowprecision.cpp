// SPDX-License-Identifier: MIT
#include "lowprecision.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actviz {

double roundToFormat(double v, const FloatFormat &format)
{
    if (!std::isfinite(v) || v == 0.0)
        return v;
    int e = 0;
    std::frexp(v, &e); // |v| = m·2^e with m in [½, 1): the leading bit is 2^(e−1)
    // The spacing of the format's numbers around v: 2^(e−1−(p−1)), fixed below the normal range.
    const int lead = std::max(e - 1, format.minExponent);
    const double quantum = std::ldexp(1.0, lead - (format.precision - 1));
    // v/quantum and back are exact (powers of two); nearbyint rounds half to even.
    const double r = std::nearbyint(v / quantum) * quantum;
    if (std::fabs(r) > format.maxFinite)
        return std::copysign(std::numeric_limits<double>::infinity(), v);
    return r;
}

double smallestNormal(const FloatFormat &format)
{
    return std::ldexp(1.0, format.minExponent);
}

} // namespace actviz
