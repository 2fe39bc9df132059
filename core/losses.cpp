// SPDX-License-Identifier: MIT
#include "losses.h"

#include "numerics.h"

#include <cmath>
#include <string>

namespace actviz {

namespace {

// log(1 + e^t) without overflow (t large) or loss of the tail (t very negative).
double softplus(double t)
{
    if (std::isnan(t))
        return t;
    return (t > 0.0 ? t : 0.0) + std::log1p(std::exp(-std::fabs(t)));
}

double sign(BinaryTarget y) { return y == BinaryTarget::One ? -1.0 : 1.0; }

template <class Fn>
Eigen::ArrayXd map(const Eigen::ArrayXd &z, Fn fn)
{
    Eigen::ArrayXd out(z.size());
    for (Eigen::Index i = 0; i < z.size(); ++i)
        out[i] = fn(z[i]);
    return out;
}

} // namespace

Result<BinaryTarget> binaryTarget(int y)
{
    if (y == 0)
        return BinaryTarget::Zero;
    if (y == 1)
        return BinaryTarget::One;
    return fail("the target must be 0 or 1 (got " + std::to_string(y) + ")");
}

// With s = +1 for y = 0 and −1 for y = 1, every formula is one of σ(s·z), softplus(s·z):
// σ(z) − y = s·σ(s·z) and (σ(z) − y)² = σ(s·z)².
Eigen::ArrayXd bceLoss(const Eigen::ArrayXd &z, BinaryTarget y)
{
    const double s = sign(y);
    return map(z, [s](double v) { return softplus(s * v); });
}

Eigen::ArrayXd bceGradient(const Eigen::ArrayXd &z, BinaryTarget y)
{
    const double s = sign(y);
    return map(z, [s](double v) { return s * num::sigmoid(s * v); });
}

Eigen::ArrayXd mseLoss(const Eigen::ArrayXd &z, BinaryTarget y)
{
    const double s = sign(y);
    return map(z, [s](double v) {
        const double e = num::sigmoid(s * v);
        return e * e;
    });
}

Eigen::ArrayXd mseGradient(const Eigen::ArrayXd &z, BinaryTarget y)
{
    const double s = sign(y);
    return map(z, [s](double v) {
        const double density = num::toDouble(num::sigmoidDensityScaled(v)); // σ(z)σ(−z)
        return 2.0 * s * num::sigmoid(s * v) * density;
    });
}

Result<BinaryLossCurves> binaryLossCurves(BinaryTarget y, double zlo, double zhi, int samples)
{
    if (!(std::isfinite(zlo) && std::isfinite(zhi) && zlo < zhi))
        return fail("the logit range must be finite with lo < hi");
    if (samples < 2)
        return fail("at least 2 samples are needed");
    BinaryLossCurves c;
    c.z = Eigen::ArrayXd::LinSpaced(samples, zlo, zhi);
    c.bce = bceLoss(c.z, y);
    c.mse = mseLoss(c.z, y);
    c.bceGradient = bceGradient(c.z, y);
    c.mseGradient = mseGradient(c.z, y);
    return c;
}

} // namespace actviz
