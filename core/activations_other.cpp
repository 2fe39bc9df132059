// SPDX-License-Identifier: MIT
// Other activations: identity, Gaussian, bent identity, log-log, periodic, sinc, abs, sign, exp.
#include "fastkernels.h"
#include "numerics.h"
#include "registry.h"

#include <array>

namespace actviz {

namespace {

using num::kInf;

double identityF(double x, const Params &) { return x; }
double identityDf(double x, const Params &) { return std::isnan(x) ? x : 1.0; }

// ---- gaussian: e^(−x²) ------------------------------------------------------------------------
// The rounding of x·x is carried into the exponential (~200 ulp at |x| = 20 otherwise).
double gaussianF(double x, const Params &) { return num::toDouble(num::expNegSquare(x, 1.0)); }
// x is clamped to ±kGaussianClamp in the factor −2x: past DBL_MAX/2 it overflows, and ∞·0 is NaN
// where e^(−x²) is long 0 (the clamped product is −0 for x > 0, +0 for x < 0, as the limit).
constexpr double kGaussianClamp = 1.0e300;
double gaussianDf(double x, const Params &)
{
    const double xc = std::fabs(x) > kGaussianClamp ? std::copysign(kGaussianClamp, x) : x; // ±inf too; NaN passes
    return num::scaledTimes(num::expNegSquare(x, 1.0), -2.0 * xc);
}

// ---- bent identity: (√(x² + 1) − 1)/2 + x -------------------------------------------------
// h = √(x² + 1) cannot overflow; for |x| ≤ 1, √(x² + 1) − 1 = x²/(h + 1) avoids cancellation.
double bentIdentityF(double x, const Params &)
{
    if (std::isinf(x))
        return x;
    const double h = num::sqrtSumSquare(x, 1.0);
    if (std::fabs(x) <= 1.0)
        return x + x * x / (2.0 * (h + 1.0));
    return 0.5 * (h - 1.0) + x;
}
double bentIdentityDf(double x, const Params &)
{
    if (std::isinf(x))
        return x > 0 ? 1.5 : 0.5;
    // ½·(x/h), not x/(2h): 2h overflows past DBL_MAX/2 (f' would be 1 there instead of ½ or 3/2).
    return 1.0 + 0.5 * (x / num::sqrtSumSquare(x, 1.0));
}

// ---- loglog: 1 − e^(−e^x) ---------------------------------------------------------------------
// The value is insensitive to the last bit of e^x. The derivative e^(x − e^x) is not: each ulp of
// e^x = 700 is ~350 ulp of the result, so above kLoglogDdAbove e^x is taken as a double-double.
constexpr double kLoglogDdAbove = 0.5;   // below, e^x < 1.65 and a double is plenty
constexpr double kLoglogZeroAbove = 7.0; // above, e^(x − e^x) < 2^−1074
double loglogF(double x, const Params &) { return -num::expm1Inline(-num::expInline(x)); }
double loglogDf(double x, const Params &)
{
    if (std::isnan(x))
        return x;
    if (x >= kLoglogZeroAbove)
        return 0.0;
    if (x <= kLoglogDdAbove) { // carry the rounding of x − e^x (~16 ulp at x = −33 otherwise)
        const num::DD d = num::twoSum(x, -num::expInline(x));
        return num::expCarry(d.hi, std::isfinite(d.lo) ? d.lo : 0.0);
    }
    const num::DD e = num::expDD(x);
    const num::DD d = num::twoSum(x, -e.hi);
    return num::expCarry(d.hi, d.lo - e.lo);
}

// ---- sinusoid, cosine, sinc -------------------------------------------------------------------
// Below num::kTrigInline the inline kernel (exact Cody–Waite reduction), above it libm, whose
// Payne–Hanek reduction the kernel does not have. The *Inline forms are the kernel alone: the
// arrays run them on every element (a loop that vectorises) and then redo the rare elements at
// or beyond the limit with the full function, so arrays and scalars agree bit for bit.
bool trigInline(double x) { return std::fabs(x) < num::kTrigInline; } // false for NaN and ±inf
num::SinCos sinCos(double x)
{
    return trigInline(x) ? num::sinCosInline(x) : num::SinCos{std::sin(x), std::cos(x)};
}

// sinusoid and cosine take the lean kernel of fastkernels.h (~0.75 ulp), sinc inlinemath.h's
// (0.54 ulp), whose extra accuracy its quotients keep; beyond num::kTrigInline, libm.
template <unsigned Offset>
double sinShiftedFast(double x, const Params &)
{
    return num::sinShiftedFast<Offset>(x);
}
template <unsigned Offset>
double sinShifted(double x, const Params &p)
{
    if (trigInline(x))
        return sinShiftedFast<Offset>(x, p);
    return Offset == 0 ? std::sin(x) : (Offset == 1 ? std::cos(x) : -std::sin(x));
}
double sinF(double x, const Params &p) { return sinShifted<0>(x, p); }
double cosF(double x, const Params &p) { return sinShifted<1>(x, p); }
double negSinF(double x, const Params &p) { return sinShifted<2>(x, p); }

// sin x / x, 1 at 0, from a given sin x (0 at ±inf, where sin x is NaN).
double sincFrom(double x, double sinX)
{
    if (x == 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    return sinX / x;
}
double sincInline(double x, const Params &) { return sincFrom(x, num::sinCosInline(x).sin); }
double sincF(double x, const Params &) { return sincFrom(x, sinCos(x).sin); }

// (x cos x − sin x)/x² cancels as x → 0 (≈ −x/3); below kSincSeries use the Taylor series
// x·Σ (−1)^n 2n x^(2n−2)/(2n + 1)!, whose terms shrink like x²/(4n²).
constexpr double kSincSeries = 1.5;
constexpr std::array<double, 14> kSincDerivCoef = [] {
    std::array<double, 14> c{};
    double fact = 1.0; // (2n + 1)!
    for (int n = 1; n <= 14; ++n) {
        fact *= (2.0 * n) * (2.0 * n + 1.0);
        c[n - 1] = ((n % 2) ? -1.0 : 1.0) * (2.0 * n) / fact;
    }
    return c;
}();
double sincDfFrom(double x, num::SinCos sc)
{
    if (std::isinf(x))
        return 0.0;
    const double ax = std::fabs(x);
    if (ax < kSincSeries) {
        const double x2 = x * x;
        double s = 0.0;
        #pragma GCC unroll 32 // a loop inside the formula would stop the array loop vectorising
        for (auto it = kSincDerivCoef.rbegin(); it != kSincDerivCoef.rend(); ++it)
            s = std::fma(s, x2, *it);
        return x * s;
    }
    if (ax > 1.0e100) // x² would overflow
        return sc.cos / x - sc.sin / x / x;
    return std::fma(x, sc.cos, -sc.sin) / (x * x);
}
double sincDfInline(double x, const Params &) { return sincDfFrom(x, num::sinCosInline(x)); }
double sincDf(double x, const Params &) { return sincDfFrom(x, sinCos(x)); }

// sinc's arrays: its kernel on every element, then the full function where the kernel does not
// apply. (Its early returns vectorise with this count in the loop, not with mapFastOrFull's maxima.)
template <ScalarFn Inline, ScalarFn F>
ACTVIZ_ARRAY_LOOP
void mapPeriodic(const Eigen::ArrayXd &x, const Params &p, Eigen::ArrayXd &out)
{
    out.resize(x.size());
    const Params local = p;
    const double *in = x.data();
    double *o = out.data();
    const Eigen::Index n = x.size();
    Eigen::Index outside = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        o[i] = Inline(in[i], local);
        outside += trigInline(in[i]) ? 0 : 1;
    }
    if (outside == 0)
        return;
    for (Eigen::Index i = 0; i < n; ++i)
        if (!trigInline(in[i]))
            o[i] = F(in[i], local);
}

// ---- abs, sign, exponential -------------------------------------------------------------------
double absF(double x, const Params &) { return std::fabs(x); }
// PyTorch: abs'(0) = sgn(0) = 0.
double absDf(double x, const Params &) { return x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : x * 0.0); }
std::vector<Kink> zeroKink(const Params &) { return {{0.0, false}}; }
double signF(double x, const Params &) { return x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : x); }
double signDf(double x, const Params &) { return std::isnan(x) ? x : 0.0; }
std::vector<Kink> zeroJump(const Params &) { return {{0.0, true}}; }
// e^x by the lean kernel where the result is a normal number, else (and NaN) by expInline.
bool expFastInside(double x) { return std::fabs(x) < num::kExpFast; }
double expFastF(double x, const Params &) { return num::expFast(x); }
double expF(double x, const Params &) { return expFastInside(x) ? num::expFast(x) : num::expInline(x); }

constexpr std::array kOther = {
    Activation{
        .id = "identity",
        .name = "Identity",
        .group = Group::Other,
        .formula = "x",
        .derivativeFormula = "1",
        .formulaLatex = R"(x)",
        .derivativeLatex = R"(1)",
        .f = identityF, .df = identityDf,
        .fArray = mapArray<identityF>, .dfArray = mapArray<identityDf>,
        .properties = {.range = "(−∞, ∞)", .monotonic = true, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "everywhere"},
    },
    Activation{
        .id = "gaussian",
        .name = "Gaussian",
        .group = Group::Other,
        .formula = "e^(−x²)",
        .derivativeFormula = "−2x·e^(−x²)",
        .formulaLatex = R"(e^{-x^2})",
        .derivativeLatex = R"(-2x\,e^{-x^2})",
        .f = gaussianF, .df = gaussianDf,
        .fArray = mapArray<gaussianF>, .dfArray = mapArray<gaussianDf>,
        .properties = {.range = "(0, 1]", .monotonic = false, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 0.8577638849607068, .maxAbsDerivativeAt = -0.7071067811865476,
                       .maxAbsDerivativeWhere = "x = ±1/√2"},
    },
    Activation{
        .id = "bent_identity",
        .name = "Bent identity",
        .group = Group::Other,
        .formula = "(√(x² + 1) − 1)/2 + x",
        .derivativeFormula = "x/(2√(x² + 1)) + 1",
        .formulaLatex = R"(\frac{\sqrt{x^2 + 1} - 1}{2} + x)",
        .derivativeLatex = R"(\frac{x}{2\sqrt{x^2 + 1}} + 1)",
        .f = bentIdentityF, .df = bentIdentityDf,
        .fArray = mapArray<bentIdentityF>, .dfArray = mapArray<bentIdentityDf>,
        .properties = {.range = "(−∞, ∞)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.5, .maxAbsDerivativeAt = kInf, .maxAbsDerivativeWhere = "x → ∞"},
    },
    Activation{
        .id = "loglog",
        .name = "Log-log",
        .group = Group::Other,
        .formula = "1 − e^(−e^x)",
        .derivativeFormula = "e^(x − e^x)",
        .formulaLatex = R"(1 - e^{-e^{x}})",
        .derivativeLatex = R"(e^{x - e^{x}})",
        .f = loglogF, .df = loglogDf,
        .fArray = mapArray<loglogF>, .dfArray = mapArray<loglogDf>,
        .properties = {.range = "(0, 1)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 0.36787944117144233, .maxAbsDerivativeAt = 0.0,
                       .maxAbsDerivativeWhere = "x = 0"},
    },
    Activation{
        .id = "sinusoid",
        .name = "Sinusoid",
        .group = Group::Other,
        .formula = "sin x",
        .derivativeFormula = "cos x",
        .formulaLatex = R"(\sin x)",
        .derivativeLatex = R"(\cos x)",
        .f = sinF, .df = cosF,
        .fArray = mapFastOrFull<sinShiftedFast<0>, sinF, static_cast<std::int64_t>(num::kTrigInline)>, .dfArray = mapFastOrFull<sinShiftedFast<1>, cosF, static_cast<std::int64_t>(num::kTrigInline)>,
        .properties = {.range = "[−1, 1]", .monotonic = false, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "x = kπ"},
    },
    Activation{
        .id = "cosine",
        .name = "Cosine",
        .group = Group::Other,
        .formula = "cos x",
        .derivativeFormula = "−sin x",
        .formulaLatex = R"(\cos x)",
        .derivativeLatex = R"(-\sin x)",
        .f = cosF, .df = negSinF,
        .fArray = mapFastOrFull<sinShiftedFast<1>, cosF, static_cast<std::int64_t>(num::kTrigInline)>, .dfArray = mapFastOrFull<sinShiftedFast<2>, negSinF, static_cast<std::int64_t>(num::kTrigInline)>,
        .properties = {.range = "[−1, 1]", .monotonic = false, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.5707963267948966,
                       .maxAbsDerivativeWhere = "x = π/2 + kπ"},
    },
    Activation{
        .id = "sinc",
        .name = "Sinc",
        .group = Group::Other,
        .formula = "sin x / x (1 at x = 0)",
        .derivativeFormula = "(x cos x − sin x)/x² (0 at x = 0)",
        .formulaLatex = R"(\frac{\sin x}{x})",
        .derivativeLatex = R"(\frac{x\cos x - \sin x}{x^2})",
        .f = sincF, .df = sincDf,
        .fArray = mapPeriodic<sincInline, sincF>, .dfArray = mapPeriodic<sincDfInline, sincDf>,
        .properties = {.range = "[≈ −0.2172, 1]", .monotonic = false, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 0.4361818172714585, .maxAbsDerivativeAt = 2.0815759778181006,
                       .maxAbsDerivativeWhere = "x ≈ ±2.0816"},
    },
    Activation{
        .id = "abs",
        .name = "Absolute value",
        .group = Group::Other,
        .formula = "|x|",
        .derivativeFormula = "sign(x) (0 at x = 0)",
        .formulaLatex = R"(|x|)",
        .derivativeLatex = R"(\operatorname{sign} x)",
        .f = absF, .df = absDf,
        .fArray = mapArray<absF>, .dfArray = mapArray<absDf>,
        .kinks = zeroKink,
        .kinkConvention = "f'(0) = 0",
        .properties = {.range = "[0, ∞)", .monotonic = false, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.0, .maxAbsDerivativeWhere = "x ≠ 0"},
    },
    Activation{
        .id = "sign",
        .name = "Sign",
        .group = Group::Other,
        .formula = "−1, 0 or 1",
        .derivativeFormula = "0 (undefined at 0; 0 is returned)",
        .formulaLatex = R"(\operatorname{sign} x)",
        .derivativeLatex = R"(0)",
        .f = signF, .df = signDf,
        .fArray = mapArray<signF>, .dfArray = mapArray<signDf>,
        .kinks = zeroJump,
        .kinkConvention = "jump at 0: f(0) = 0; f' is 0 everywhere, 0 included",
        .properties = {.range = "{−1, 0, 1}", .monotonic = true, .zeroCentred = true, .smooth = false,
                       .maxAbsDerivative = 0.0, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "everywhere"},
    },
    Activation{
        .id = "exponential",
        .name = "Exponential",
        .group = Group::Other,
        .formula = "e^x",
        .derivativeFormula = "e^x",
        .formulaLatex = R"(e^{x})",
        .derivativeLatex = R"(e^{x})",
        .f = expF, .df = expF,
        .fArray = mapFastOrFull<expFastF, expF, static_cast<std::int64_t>(num::kExpFast)>, .dfArray = mapFastOrFull<expFastF, expF, static_cast<std::int64_t>(num::kExpFast)>,
        .properties = {.range = "(0, ∞)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = kInf, .maxAbsDerivativeAt = kInf, .maxAbsDerivativeWhere = "unbounded (x → ∞)"},
    },
};

} // namespace

std::span<const Activation> otherActivations() { return kOther; }

} // namespace actviz
