// SPDX-License-Identifier: MIT
// Smooth modern activations besides the self-gated ones (activations_gated.cpp): Softplus,
// Squareplus, ISRU.
#include "numerics.h"
#include "registry.h"

#include <array>

namespace actviz {

namespace {

using num::DD;
using num::kInf;
using num::Scaled;

// ---- Softplus: (1/β)·ln(1 + e^(βx)), exact (no threshold) -----------------------------------
// max(v, 0) + log1p(e^−|v|) for v = βx, the rounding of βx carried: sp(v + δ) ≈ sp(v) + δσ(v).
// Past kSoftplusLinear, sp(v)/β = x + log1p(e^−v)/β rounds to x (e^−v < 2^−1080): x itself, not
// (βx)/β, which rounds twice and is ∞ once βx overflows.
constexpr double kSoftplusLinear = 750.0;
double softplusF(double x, const Params &p)
{
    const DD v = num::twoProd(p.beta, x);
    if (v.hi < num::kExpScaleBelow) { // ≈ e^v: keep it scaled through the division by β
        const Scaled e = num::expScaled(v.hi, std::isfinite(v.hi) ? v.lo : 0.0);
        return num::scaledTimes(e, 1.0 / p.beta);
    }
    if (v.hi > kSoftplusLinear)
        return x;
    const double base = (v.hi > 0.0 ? v.hi : 0.0) + num::log1pInline(num::expInline(-std::fabs(v.hi)));
    const double sp = std::isfinite(v.lo) ? std::fma(v.lo, num::sigmoid(v.hi), base) : base;
    return p.beta == 1.0 ? sp : sp / p.beta;
}
double softplusDf(double x, const Params &p)
{
    const DD v = num::twoProd(p.beta, x);
    return num::sigmoid(v.hi, std::isfinite(v.lo) ? v.lo : 0.0);
}

// ---- Squareplus: (x + √(x² + β))/2 ---------------------------------------------------------
// s = √(x² + β) never overflows; for x < 0 use β/(2(s − x)), free of the x + s cancellation.
// x + s and s − x overflow past DBL_MAX/2: beyond kSquareplusQuarter both are formed from x/4 and
// s/4 (exact there) and the factor 4 is taken out again (·2 instead of ·½, β/4 instead of β).
constexpr double kSquareplusQuarter = 1.0e300;
double squareplusF(double x, const Params &p)
{
    const double s = num::sqrtSumSquare(x, p.beta);
    const double k = std::fabs(x) > kSquareplusQuarter ? 0.25 : 1.0; // NaN: 1
    if (x < 0.0)
        return p.beta * k / (2.0 * (s * k - x * k));
    return (x * k + s * k) * (0.5 / k);
}
// (1 + x/s)/2 for x ≥ 0, β/(2s(s − x)) for x < 0.
// (NaN falls through to the last line. Four ways out at most: see atanInline.)
double squareplusDf(double x, const Params &p)
{
    const double s = num::sqrtSumSquare(x, p.beta);
    const double right = std::isinf(x) ? 1.0 : 0.5 * (1.0 + x / s);
    if (x < 0.0)
        return p.beta / (2.0 * s) / (s - x);
    if (s == 0.0) // β = 0 at x = 0: the kink of relu; the mean of the one-sided slopes
        return 0.5;
    return right;
}
std::vector<Kink> squareplusKinks(const Params &p)
{
    return p.beta == 0.0 ? std::vector<Kink>{{0.0, false}} : std::vector<Kink>{};
}

// ---- ISRU: x/√(1 + αx²) --------------------------------------------------------------------
// Where αx² is above 2^600 (the 1 is lost anyway) use 1/√(1/x² + α): αx² itself may overflow
// there, at huge x or at huge α (α = 1e300, x = 1e10: x/√∞ = 0 instead of 1e-150). 1/x² cannot
// overflow then, since αx² > 2^600 needs |x| > 2^-212.
constexpr double kIsruReciprocalAbove = 0x1p600;
// g = 1/√(1 + αx²), |x|·g = |x|/√(1 + αx²).
double isruF(double x, const Params &p)
{
    if (p.alpha == 0.0)
        return x;
    if (!(p.alpha * x * x <= kIsruReciprocalAbove) && !std::isnan(x)) {
        const double t = 1.0 / x;
        return std::copysign(1.0 / std::sqrt(std::fma(t, t, p.alpha)), x);
    }
    return x / std::sqrt(std::fma(p.alpha * x, x, 1.0));
}
// (1 + αx²)^(−3/2) = y³(1 − 3ε/2) with y = 1/√D rounded and ε = D·y² − 1, D = 1 + αx² as a
// double-double: y·y·y of a rounded y was up to 6 ulp off. Where αx² > kIsruScaleAbove the 1 is
// dropped (2^−600 relative) and x is scaled by 2^−600, so that nothing overflows; the result is
// scaled back by (2^−600)³, rounded once (at the last factor: a result that is not 0 is then
// still above 2^−475).
constexpr double kIsruScaleAbove = 0x1p600;
constexpr double kIsruZeroAbove = 0x1p720;
double isruDf(double x, const Params &p)
{
    if (p.alpha == 0.0)
        return std::isnan(x) ? x : 1.0;
    // Past αx² = 2^720, (αx²)^(−3/2) < 2^−1080 is 0 in double; the scaled form below would
    // overflow in α·x·2^−600 when both α and x are huge (α = 1e300, x = 1e200 gave NaN).
    if (!(p.alpha * x * x <= kIsruZeroAbove) && !std::isnan(x))
        return 0.0;
    const bool big = !(p.alpha * x * x <= kIsruScaleAbove); // also ±inf and NaN
    const double sc = big ? 0x1p-600 : 1.0;
    const double xs = x * sc;
    const DD a = num::twoProd(p.alpha, xs);
    const DD b = num::twoProd(a.hi, xs);
    const DD d = num::twoSum(big ? 0.0 : 1.0, b.hi); // D = d.hi + dl
    const double dl = d.lo + (b.lo + a.lo * xs);
    const double y = 1.0 / std::sqrt(d.hi);
    const DD y2 = num::twoProd(y, y);
    const double eps = std::fma(d.hi, y2.hi, -1.0) + (d.hi * y2.lo + dl * y2.hi);
    const DD c = num::twoProd(y2.hi, y); // y³ = c.hi + cl
    const double cl = c.lo + y2.lo * y;
    const double r = (c.hi + (cl - 1.5 * eps * c.hi)) * sc * sc * sc;
    return std::isinf(x) ? 0.0 : r; // (∞·0 in the remainders)
}

constexpr ParamSpec kNoParam{};

constexpr std::array kSmooth = {
    Activation{
        .id = "softplus",
        .name = "Softplus",
        .group = Group::SmoothModern,
        .formula = "(1/β)·ln(1 + e^(βx))",
        .derivativeFormula = "σ(βx)",
        .formulaLatex = R"(\tfrac{1}{\beta}\ln\!\left(1 + e^{\beta x}\right))",
        .derivativeLatex = R"(\sigma(\beta x))",
        .params = {kNoParam,
                   ParamSpec{.used = true, .meaning = "sharpness (β → ∞: ReLU)", .defaultValue = 1.0,
                             .min = 0.1, .max = 10.0, .logScale = true, .domain = "≠ 0", .inDomain = num::nonZero}},
        .f = softplusF, .df = softplusDf,
        .fArray = mapArray<softplusF>, .dfArray = mapArray<softplusDf>,
        .properties = {.range = "(0, ∞)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = kInf, .maxAbsDerivativeWhere = "x → ∞"},
    },
    Activation{
        .id = "squareplus",
        .name = "Squareplus",
        .group = Group::SmoothModern,
        .formula = "(x + √(x² + β))/2",
        .derivativeFormula = "(1 + x/√(x² + β))/2",
        .formulaLatex = R"(\tfrac12\left(x + \sqrt{x^2 + \beta}\right))",
        .derivativeLatex = R"(\tfrac12\left(1 + \frac{x}{\sqrt{x^2 + \beta}}\right))",
        .params = {kNoParam,
                   ParamSpec{.used = true, .meaning = "curvature at 0 (β = 0: ReLU)", .defaultValue = 4.0,
                             .min = 0.0, .max = 10.0, .domain = "≥ 0", .inDomain = num::nonNegative}},
        .f = squareplusF, .df = squareplusDf,
        .fArray = mapArray<squareplusF>, .dfArray = mapArray<squareplusDf>,
        .kinks = squareplusKinks,
        .kinkConvention = "smooth for β > 0; for β = 0 (ReLU) f'(0) = ½",
        .properties = {.range = "(0, ∞)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = kInf, .maxAbsDerivativeWhere = "x → ∞"},
    },
    Activation{
        .id = "isru",
        .name = "ISRU",
        .group = Group::SmoothModern,
        .formula = "x/√(1 + αx²)",
        .derivativeFormula = "(1 + αx²)^(−3/2)",
        .formulaLatex = R"(\frac{x}{\sqrt{1 + \alpha x^2}})",
        .derivativeLatex = R"(\left(1 + \alpha x^2\right)^{-3/2})",
        .params = {ParamSpec{.used = true, .meaning = "saturation (range ±1/√α)", .defaultValue = 1.0,
                             .min = 0.01, .max = 10.0, .logScale = true, .domain = "≥ 0",
                             .inDomain = num::nonNegative},
                   kNoParam},
        .f = isruF, .df = isruDf,
        .fArray = mapArray<isruF>, .dfArray = mapArray<isruDf>,
        .properties = {.range = "(−1/√α, 1/√α)", .monotonic = true, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "x = 0"},
    },
};

} // namespace

std::span<const Activation> smoothActivations() { return kSmooth; }

} // namespace actviz
