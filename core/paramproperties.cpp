// SPDX-License-Identifier: MIT
#include "paramproperties.h"

#include "activationstats.h"
#include "gradientflow.h"

#include <cmath>
#include <limits>
#include <optional>

namespace actviz {

namespace {

constexpr double kDenseHalfWidth = 20.0;
constexpr int kDenseSamples = 8001;
// f still growing by this factor from x/2 to x at x = ±10⁶ is taken as unbounded: a bounded
// activation has levelled off there (its features sit within ±20); linear growth gives 2.
constexpr double kUnboundedGrowth = 1.25;

// |E[f(X)]| at most this fraction of √E[f(X)²] counts as zero mean.
constexpr double kZeroMean = 1.0e-3;

bool growsWithoutBound(const Activation &a, const Params &p, double end)
{
    const double far = a.value(end, p);
    const double half = a.value(end / 2, p);
    return std::isinf(far) || (std::fabs(far) > 1.0 && std::fabs(far) > kUnboundedGrowth * std::fabs(half));
}

// The run of grid points around the arg max where |f′| equals the maximum exactly.
void findPlateau(const Eigen::ArrayXd &x, const Eigen::ArrayXd &absDf, const std::vector<double> &kinks,
                 ParamProperties &out)
{
    const double top = out.maxAbsDerivative.value;
    Eigen::Index at = -1;
    for (Eigen::Index i = 0; i < x.size() && at < 0; ++i)
        if (absDf[i] == top)
            at = i;
    if (at < 0)
        return;
    Eigen::Index lo = at;
    Eigen::Index hi = at;
    while (lo > 0 && absDf[lo - 1] == top)
        --lo;
    while (hi + 1 < x.size() && absDf[hi + 1] == top)
        ++hi;
    if (hi - lo < 2)
        return; // isolated: a peak, not an interval
    const auto besideKink = [&](double v, double towards) {
        for (const double k : kinks)
            if (std::nextafter(k, towards) == v)
                return std::optional<double>(k);
        return std::optional<double>();
    };
    const double inf = std::numeric_limits<double>::infinity();
    out.plateauLo = lo == 0 ? -inf : x[lo];
    out.plateauLoOpen = lo == 0;
    if (const auto k = besideKink(x[lo], inf); lo > 0 && k) {
        out.plateauLo = *k;
        out.plateauLoOpen = true;
    }
    out.plateauHi = hi == x.size() - 1 ? inf : x[hi];
    out.plateauHiOpen = hi == x.size() - 1;
    if (const auto k = besideKink(x[hi], -inf); hi < x.size() - 1 && k) {
        out.plateauHi = *k;
        out.plateauHiOpen = true;
    }
}

} // namespace

Result<ParamProperties> propertiesAt(const Activation &a, const Params &p)
{
    const auto sup = supAbsDerivative(a, p);
    if (!sup)
        return fail(sup.error());
    ParamProperties out;
    out.maxAbsDerivative = sup.value();
    out.derivativeAtZero = a.derivative(0.0, p);

    std::vector<double> kinks;
    out.smooth = true;
    for (const Kink &k : a.kinkPoints(p)) {
        kinks.push_back(k.x);
        // C¹ across the kink when f does not jump and f′ has the same limit from both sides
        // (leaky ReLU with α = 1, say): the neighbouring doubles' slopes agree to rounding
        // (~1e-16 relative; 1e-9 leaves room and still sees PAU's corners of 2e-7 at its defaults).
        const double below = a.derivative(std::nextafter(k.x, -std::numeric_limits<double>::infinity()), p);
        const double above = a.derivative(std::nextafter(k.x, std::numeric_limits<double>::infinity()), p);
        out.smooth = out.smooth && !k.jump && std::fabs(above - below) <= 1e-9 * (1.0 + std::fabs(above) + std::fabs(below));
    }
    const Eigen::ArrayXd x = wideSampleGrid(-kSupSearchRange, kSupSearchRange, kDenseSamples, kDenseHalfWidth, kinks);
    const Eigen::ArrayXd f = a.value(x, p);
    const Eigen::ArrayXd df = a.derivative(x, p);
    const auto fn = [&](double t) { return a.value(t, p); };
    const auto negated = [&](double t) { return -a.value(t, p); };
    out.supremum = refineMaximum(x, f, fn).value;
    out.infimum = -refineMaximum(x, -f, negated).value;
    const double lo = x[0];
    const double hi = x[x.size() - 1];
    if (out.supremum == std::max(a.value(lo, p), a.value(hi, p))) {
        const double end = a.value(lo, p) >= a.value(hi, p) ? lo : hi;
        if (out.supremum > 0 && growsWithoutBound(a, p, end))
            out.supremum = std::numeric_limits<double>::infinity();
    }
    if (out.infimum == std::min(a.value(lo, p), a.value(hi, p))) {
        const double end = a.value(lo, p) <= a.value(hi, p) ? lo : hi;
        if (out.infimum < 0 && growsWithoutBound(a, p, end))
            out.infimum = -std::numeric_limits<double>::infinity();
    }
    out.monotonic = (df >= 0.0).all() || (df <= 0.0).all();
    findPlateau(x, df.abs(), kinks, out);
    // Zero-centred as the descriptors mean it: a unit Gaussian input comes out with mean ≈ 0
    // (tanh, ISRU by symmetry; SELU by design), not merely f(0) = 0 (ELU, swish).
    if (const auto stats = activationStats(a, p, 1.0, 0.05))
        out.zeroCentred = std::fabs(stats.value().mean) <= kZeroMean * std::sqrt(stats.value().meanSquare);
    return out;
}

} // namespace actviz
