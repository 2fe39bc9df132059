// SPDX-License-Identifier: MIT
// Smooth modern activations: GELU (exact and tanh), SiLU/Swish, Mish, Softplus, Squareplus, ISRU.
#include "numerics.h"
#include "registry.h"

#include <array>

namespace actviz {

namespace {

using num::DD;
using num::kInf;
using num::Scaled;

// ---- GELU: x·Φ(x) ------------------------------------------------------------------------
constexpr double kRsqrt2Hi = 0.7071067811865476;     // 1/√2 = hi + lo
constexpr double kRsqrt2Lo = -4.833646656726457e-17;
constexpr double kRsqrt2Pi = 0.3989422804014327;     // 1/√(2π)
constexpr double kTwoOverSqrtPi = 1.1283791670955126; // 2/√π
// Past this t = −x, Φ(−t) is subnormal while x·Φ(x) is not; use the asymptotic series.
constexpr double kGeluAsymptotic = 37.0;

// φ(t) = e^(−t²/2)/√(2π) as m·2^k, the rounding error of t² carried.
Scaled normalPdf(double t)
{
    Scaled s = num::expNegSquare(t, 0.5);
    s.m *= kRsqrt2Pi;
    return s;
}

// Φ(−t) for t ≥ 0 and t < kGeluAsymptotic: ½erfc(t/√2). t/√2 is not exact and erfc(z)
// changes by a relative −2z·δz, which at t = 20 is ~200 ulp; carry the rounding of t·(1/√2)
// and of the constant itself to first order: erfc(z + δ) ≈ erfc(z) − δ·(2/√π)e^(−z²).
double normalCdfLower(double t)
{
    const DD z = num::twoProd(t, kRsqrt2Hi);
    const double dz = z.lo + t * kRsqrt2Lo;
    const double corr = dz * kTwoOverSqrtPi * std::exp(-z.hi * z.hi);
    return 0.5 * (std::erfc(z.hi) - corr);
}

// t·M(t) where M(t) = Φ(−t)/φ(t) is Mills' ratio: the asymptotic series
// 1 − 1/t² + 3/t⁴ − 15/t⁶ + …, accurate to < 1e-17 for t ≥ 37 with 8 terms.
double millsTimesT(double t)
{
    const double u = 1.0 / (t * t);
    double s = 0.0;
    // (2k−1)!! with alternating signs, Horner in u.
    constexpr std::array kCoef = {1.0, -1.0, 3.0, -15.0, 105.0, -945.0, 10395.0, -135135.0};
    for (auto it = kCoef.rbegin(); it != kCoef.rend(); ++it)
        s = s * u + *it;
    return s;
}

double geluF(double x, const Params &)
{
    if (std::isinf(x))
        return x > 0 ? x : -0.0;
    if (!(x < 0.0)) // x ≥ 0 or NaN: Φ(x) ∈ [½, 1], no cancellation
        return x * (0.5 * std::erfc(-x * kRsqrt2Hi));
    const double t = -x;
    if (t < kGeluAsymptotic)
        return x * normalCdfLower(t);
    const Scaled p = normalPdf(t); // x·Φ(x) = −φ(t)·t·M(t)
    return -num::scaledTimes(p, millsTimesT(t));
}

// Φ(x) + x·φ(x).
double geluDf(double x, const Params &)
{
    if (std::isinf(x))
        return x > 0 ? 1.0 : 0.0;
    if (!(x < 0.0))
        return 0.5 * std::erfc(-x * kRsqrt2Hi) + x * num::toDouble(normalPdf(x));
    const double t = -x;
    if (t < kGeluAsymptotic)
        return normalCdfLower(t) - t * num::toDouble(normalPdf(t));
    // φ(t)·(M(t) − t) = φ(t)·(tM(t)/t − t); φ(t) is exactly 0 long before t² overflows.
    const Scaled p = normalPdf(t);
    return p.m == 0.0 ? 0.0 : num::scaledTimes(p, millsTimesT(t) / t - t);
}

// ---- GELU, tanh approximation ------------------------------------------------------------
// ½x(1 + tanh u) = x·σ(2u), 2u = c1·x + c3·x³. The σ form has no cancellation for x < 0.
constexpr double kC1Hi = 1.5957691216057308;   // 2√(2/π)
constexpr double kC1Lo = -9.96930880911092e-17;
constexpr double kC3Hi = 0.07135481627260025;  // 2·0.044715·√(2/π)
constexpr double kC3Lo = -6.175149918155315e-19;
// Past this, x³ overflows and σ(2u) is exactly 0 or 1.
constexpr double kGeluTanhHuge = 1.0e100;

// 2u = c1·x + c3·x³ in double-double: at x = −10 the plain double sum is off by ~100 ulp
// of e^(2u).
DD geluTanhArg(double x)
{
    const DD x2 = num::twoProd(x, x);
    const double x3 = x2.hi * x;
    const double x3lo = std::fma(x2.hi, x, -x3) + x2.lo * x;
    const DD a = num::twoProd(kC1Hi, x);
    const DD b = num::twoProd(kC3Hi, x3);
    const DD s = num::twoSum(a.hi, b.hi);
    const double lo = s.lo + a.lo + kC1Lo * x + b.lo + kC3Hi * x3lo + kC3Lo * x3;
    return num::twoSum(s.hi, lo);
}

double geluTanhF(double x, const Params &)
{
    if (std::fabs(x) > kGeluTanhHuge) // also ±inf
        return x > 0 ? x : -0.0;
    const DD v = geluTanhArg(x);
    return num::scaledTimes(num::sigmoidScaled(v.hi, v.lo), x);
}

// σ(2u)·(1 + x·σ(−2u)·(2u)'), (2u)' = c1 + 3c3·x².
double geluTanhDf(double x, const Params &)
{
    if (std::fabs(x) > kGeluTanhHuge)
        return x > 0 ? 1.0 : 0.0;
    const DD v = geluTanhArg(x);
    const Scaled s = num::sigmoidScaled(v.hi, v.lo);
    const double sNeg = num::sigmoid(-v.hi, -v.lo);
    const double dv = std::fma(3.0 * kC3Hi * x, x, kC1Hi);
    return num::scaledTimes(s, std::fma(x * sNeg, dv, 1.0));
}

// ---- SiLU / Swish: x·σ(βx) -----------------------------------------------------------------
double swishValue(double x, double beta)
{
    if (std::isinf(x))
        return (beta * x > 0) ? x : (beta == 0.0 ? 0.5 * x : std::copysign(0.0, x));
    const DD v = num::twoProd(beta, x);
    return num::scaledTimes(num::sigmoidScaled(v.hi, v.lo), x);
}
// σ(βx)·(1 + βx·σ(−βx)).
double swishDerivative(double x, double beta)
{
    if (std::isinf(x))
        return (beta * x > 0) ? 1.0 : (beta == 0.0 ? 0.5 : 0.0);
    const DD v = num::twoProd(beta, x);
    const Scaled s = num::sigmoidScaled(v.hi, v.lo);
    const double sNeg = num::sigmoid(-v.hi, -v.lo);
    return num::scaledTimes(s, std::fma(v.hi, sNeg, 1.0));
}
double siluF(double x, const Params &) { return swishValue(x, 1.0); }
double siluDf(double x, const Params &) { return swishDerivative(x, 1.0); }
double swishF(double x, const Params &p) { return swishValue(x, p.beta); }
double swishDf(double x, const Params &p) { return swishDerivative(x, p.beta); }

// ---- Mish: x·tanh(softplus(x)) -------------------------------------------------------------
// With e = e^x, w = 1 + e: tanh(ln w) = (w² − 1)/(w² + 1) = e(e + 2)/(e(e + 2) + 2), no
// cancellation for x < 0; for x ≥ 0 the same in e' = e^−x: (1 + 2e')/(1 + 2e' + 2e'²).
double mishF(double x, const Params &)
{
    if (std::isinf(x))
        return x > 0 ? x : -0.0;
    const Scaled s = num::expScaled(-std::fabs(x)); // e^−|x| = s.m·2^k, subnormal or 0 far left
    const double e = num::toDouble(s);
    if (x >= 0.0) {
        const double n = std::fma(2.0, e, 1.0);
        return x * (n / std::fma(2.0 * e, e, n));
    }
    return num::scaledTimes(s, x * (e + 2.0) / std::fma(e, e + 2.0, 2.0)); // NaN stays NaN
}

// tanh(sp) + x·sech²(sp)·σ(x) = (w² − 1)/(w² + 1) + 4x·e·w/(w² + 1)².
double mishDf(double x, const Params &)
{
    if (std::isinf(x))
        return x > 0 ? 1.0 : 0.0;
    const Scaled s = num::expScaled(-std::fabs(x));
    const double e = num::toDouble(s);
    if (x >= 0.0) {
        const double w = 1.0 + e;
        const double q = std::fma(w, w, e * e); // (1 + e')² + e'²
        return std::fma(2.0, e, 1.0) / q + 4.0 * x * w * e * e / (q * q);
    }
    const double w = 1.0 + e;
    const double q = std::fma(w, w, 1.0); // w² + 1
    return num::scaledTimes(s, (e + 2.0) / q + 4.0 * x * w / (q * q));
}

// ---- Softplus: (1/β)·ln(1 + e^(βx)), exact (no threshold) -----------------------------------
// max(v, 0) + log1p(e^−|v|) for v = βx, the rounding of βx carried: sp(v + δ) ≈ sp(v) + δσ(v).
double softplusF(double x, const Params &p)
{
    const DD v = num::twoProd(p.beta, x);
    if (v.hi < num::kExpScaleBelow) { // ≈ e^v: keep it scaled through the division by β
        const Scaled e = num::expScaled(v.hi, std::isfinite(v.hi) ? v.lo : 0.0);
        return num::scaledTimes(e, 1.0 / p.beta);
    }
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
double squareplusF(double x, const Params &p)
{
    const double s = num::sqrtSumSquare(x, p.beta);
    if (x < 0.0)
        return p.beta / (2.0 * (s - x));
    return 0.5 * (x + s);
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
// Past |x| = 1e100 use 1/√(1/x² + α) so αx² cannot overflow.
constexpr double kIsruLarge = 1.0e100;
// g = 1/√(1 + αx²), |x|·g = |x|/√(1 + αx²).
double isruF(double x, const Params &p)
{
    if (p.alpha == 0.0)
        return x;
    if (std::fabs(x) > kIsruLarge) {
        const double t = 1.0 / x;
        return std::copysign(1.0 / std::sqrt(std::fma(t, t, p.alpha)), x);
    }
    return x / std::sqrt(std::fma(p.alpha * x, x, 1.0));
}
// (1 + αx²)^(−3/2) = g³.
double isruDf(double x, const Params &p)
{
    if (std::isnan(x))
        return x;
    double g;
    if (std::fabs(x) > kIsruLarge) {
        const double t = std::fabs(1.0 / x);
        g = t / std::sqrt(std::fma(t, t, p.alpha));
    } else {
        g = 1.0 / std::sqrt(std::fma(p.alpha * x, x, 1.0));
    }
    return g * g * g;
}

constexpr ParamSpec kNoParam{};

constexpr std::array kSmooth = {
    Activation{
        .id = "gelu",
        .name = "GELU",
        .group = Group::SmoothModern,
        .formula = "x·Φ(x), Φ the standard normal CDF",
        .derivativeFormula = "Φ(x) + x·φ(x)",
        .formulaLatex = R"(x\,\Phi(x) = \tfrac{x}{2}\left(1 + \operatorname{erf}\tfrac{x}{\sqrt2}\right))",
        .derivativeLatex = R"(\Phi(x) + x\,\varphi(x))",
        .f = geluF, .df = geluDf,
        .fArray = mapArray<geluF>, .dfArray = mapArray<geluDf>,
        .properties = {.range = "[≈ −0.17, ∞)", .monotonic = false, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.1289041451851548, .maxAbsDerivativeAt = 1.4142135623730951,
                       .maxAbsDerivativeWhere = "x = √2"},
    },
    Activation{
        .id = "gelu_tanh",
        .name = "GELU (tanh approx.)",
        .group = Group::SmoothModern,
        .formula = "½x(1 + tanh(√(2/π)(x + 0.044715x³)))",
        .derivativeFormula = "½(1 + tanh u) + ½x·sech²(u)·√(2/π)(1 + 3·0.044715x²)",
        .formulaLatex = R"(\tfrac{x}{2}\left(1 + \tanh\!\left(\sqrt{2/\pi}\,(x + 0.044715\,x^3)\right)\right))",
        .derivativeLatex = R"(\tfrac12(1 + \tanh u) + \tfrac{x}{2}\operatorname{sech}^2 u\,\sqrt{2/\pi}\,(1 + 0.134145\,x^2))",
        .f = geluTanhF, .df = geluTanhDf,
        .fArray = mapArray<geluTanhF>, .dfArray = mapArray<geluTanhDf>,
        .properties = {.range = "[≈ −0.17, ∞)", .monotonic = false, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.1289930686587718, .maxAbsDerivativeAt = 1.4185040087908284,
                       .maxAbsDerivativeWhere = "x ≈ 1.4185"},
    },
    Activation{
        .id = "silu",
        .name = "SiLU",
        .group = Group::SmoothModern,
        .formula = "x·σ(x)",
        .derivativeFormula = "σ(x)(1 + x·σ(−x))",
        .formulaLatex = R"(x\,\sigma(x))",
        .derivativeLatex = R"(\sigma(x)\left(1 + x\,\sigma(-x)\right))",
        .f = siluF, .df = siluDf,
        .fArray = mapArray<siluF>, .dfArray = mapArray<siluDf>,
        .properties = {.range = "[≈ −0.278, ∞)", .monotonic = false, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.0998393201288670, .maxAbsDerivativeAt = 2.3993572805154677,
                       .maxAbsDerivativeWhere = "x ≈ 2.3994"},
    },
    Activation{
        .id = "swish",
        .name = "Swish",
        .group = Group::SmoothModern,
        .formula = "x·σ(βx)",
        .derivativeFormula = "σ(βx)(1 + βx·σ(−βx))",
        .formulaLatex = R"(x\,\sigma(\beta x))",
        .derivativeLatex = R"(\sigma(\beta x)\left(1 + \beta x\,\sigma(-\beta x)\right))",
        .params = {kNoParam,
                   ParamSpec{.used = true, .meaning = "sharpness (β = 1: SiLU; β → ∞: ReLU)", .defaultValue = 1.0,
                             .min = 0.0, .max = 5.0}},
        .f = swishF, .df = swishDf,
        .fArray = mapArray<swishF>, .dfArray = mapArray<swishDf>,
        .properties = {.range = "[≈ −0.278/β, ∞)", .monotonic = false, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.0998393201288670, .maxAbsDerivativeAt = 2.3993572805154677,
                       .maxAbsDerivativeWhere = "βx ≈ 2.3994"},
    },
    Activation{
        .id = "mish",
        .name = "Mish",
        .group = Group::SmoothModern,
        .formula = "x·tanh(softplus(x))",
        .derivativeFormula = "tanh(sp(x)) + x·sech²(sp(x))·σ(x)",
        .formulaLatex = R"(x\,\tanh\!\left(\ln(1 + e^{x})\right))",
        .derivativeLatex = R"(\tanh(\operatorname{sp} x) + x\,\operatorname{sech}^2(\operatorname{sp} x)\,\sigma(x))",
        .f = mishF, .df = mishDf,
        .fArray = mapArray<mishF>, .dfArray = mapArray<mishDf>,
        .properties = {.range = "[≈ −0.309, ∞)", .monotonic = false, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.0884981612517279, .maxAbsDerivativeAt = 1.4905711794854285,
                       .maxAbsDerivativeWhere = "x ≈ 1.4906"},
    },
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
