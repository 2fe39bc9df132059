// SPDX-License-Identifier: MIT
// The cuts of a function whose turning points of f' are not known (a typed formula): a uniform
// grid, refined until f' looks monotone on every piece. A piece is split at its middle while f'
// at its quarter points is not monotone beyond rounding (f' turns inside), down to 2^-24 of the
// range, where what is left of a turn cannot hold more than its few doubles' worth of interval.
// An f' that turns more often than the budget allows (sin x on ±10⁶: 636,000 half-periods) is
// refused, as the built-in oscillating functions are: the grid alone printed 3220 made-up
// intervals there, |cos x| < 0.05 claimed on stretches thousands wide.
#include "saturation_internal.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace actviz::saturation_detail {

namespace {

constexpr int kSmallestPiece = 24; // a piece is split no finer than (hi − lo)·2^−24

// Whether a ≤ b ≤ … or a ≥ b ≥ …, each step allowed the rounding noise of f' (a few ulp of
// the largest |f'| seen): f' of a typed formula wobbles by an ulp or two where it is flat.
bool monotone(const std::array<double, 5> &d)
{
    double scale = 0.0;
    for (const double v : d) {
        if (std::isnan(v))
            return true; // NaN is the pieces' own business (one-sided ends, refusals)
        scale = std::max(scale, std::fabs(v));
    }
    if (std::isinf(scale))
        return true;
    const double noise = 64.0 * scale * std::numeric_limits<double>::epsilon();
    bool up = true;
    bool down = true;
    for (std::size_t i = 0; i + 1 < d.size(); ++i) {
        up = up && d[i + 1] >= d[i] - noise;
        down = down && d[i + 1] <= d[i] + noise;
    }
    return up || down;
}

} // namespace

Result<std::monostate> appendRefinedGrid(const Activation &f, const Params &p, double lo, double hi, int samples,
                                         int maxIntervals, std::vector<Cut> &cuts)
{
    const double last = samples - 1;
    const double step = (hi - lo) / last;
    // hi − lo overflows for ends near ±DBL_MAX: std::lerp cannot, but is 3× slower.
    const auto at = [&](double t) { return std::isfinite(step) ? lo + t * (hi - lo) : std::lerp(lo, hi, t); };
    const double smallest = std::ldexp(1.0, -kSmallestPiece);
    const std::size_t budget = static_cast<std::size_t>(samples) + static_cast<std::size_t>(maxIntervals);
    std::size_t pieces = 0;
    // Pieces as fractions [t0, t1] of the range, so that their widths stay exact.
    std::vector<std::array<double, 2>> todo;
    for (int i = samples - 1; i > 0; --i)
        todo.push_back({(i - 1) / last, i / last});
    while (!todo.empty()) {
        const auto [t0, t1] = todo.back();
        todo.pop_back();
        const double a = at(t0);
        const double b = at(t1);
        if (t0 > 0.0 && a > lo && a < hi)
            cuts.push_back({a, false});
        if (t1 - t0 <= smallest || !(b > a))
            continue;
        std::array<double, 5> d{};
        for (std::size_t k = 0; k < d.size(); ++k)
            d[k] = f.derivative(at(t0 + (t1 - t0) * static_cast<double>(k) / 4.0), p);
        if (monotone(d))
            continue;
        if (++pieces > budget)
            return fail("f' turns more often than [" + shortest(lo) + ", " + shortest(hi) +
                        "] can be searched: more than " + std::to_string(maxIntervals) +
                        " turns (the limit); narrow the range");
        const double mid = t0 + (t1 - t0) / 2;
        todo.push_back({mid, t1});
        todo.push_back({t0, mid});
    }
    return std::monostate{};
}

} // namespace actviz::saturation_detail
