// SPDX-License-Identifier: MIT
#include "paramproperties.h"

#include "activationstats.h"
#include "gradientflow.h"

#include <cmath>

namespace actviz {

namespace {

constexpr double kDenseHalfWidth = 20.0;
constexpr int kDenseSamples = 8001;
// Beyond this |f| at an end of the grid, f still growing by half between x/2 and x is taken as
// unbounded: a bounded activation has levelled off by 10⁶ (its features sit within ±20).
constexpr double kUnboundedMagnitude = 1.0e5;

// |E[f(X)]| at most this fraction of √E[f(X)²] counts as zero mean.
constexpr double kZeroMean = 1.0e-3;

bool growsWithoutBound(const Activation &a, const Params &p, double end)
{
    const double far = a.value(end, p);
    const double half = a.value(end / 2, p);
    return std::isinf(far) || (std::fabs(far) > kUnboundedMagnitude && std::fabs(far) > 1.5 * std::fabs(half));
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
    for (const Kink &k : a.kinkPoints(p))
        kinks.push_back(k.x);
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
    // Zero-centred as the descriptors mean it: a unit Gaussian input comes out with mean ≈ 0
    // (tanh, ISRU by symmetry; SELU by design), not merely f(0) = 0 (ELU, swish).
    if (const auto stats = activationStats(a, p, 1.0, 0.05))
        out.zeroCentred = std::fabs(stats.value().mean) <= kZeroMean * std::sqrt(stats.value().meanSquare);
    return out;
}

} // namespace actviz
