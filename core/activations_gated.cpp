// SPDX-License-Identifier: MIT
// Self-gated activations x·g(x), smooth and non-monotonic: GELU (exact and tanh), SiLU/Swish, Mish.
#include "fastkernels.h"
#include "numerics.h"
#include "registry.h"

#include <array>

namespace actviz {

namespace {

using num::DD;
using num::Scaled;

// ---- GELU: x·Φ(x) ------------------------------------------------------------------------
constexpr double kRsqrt2Hi = 0.7071067811865476;     // 1/√2 rounded (the tails past |x| = 37)
constexpr double kRsqrt2Pi = 0.3989422804014327;     // 1/√(2π) = hi + lo
constexpr double kRsqrt2PiLo = -2.49232720227773e-17;

// φ(t) = e^(−t²/2)/√(2π) as m·2^k, the rounding error of t² carried.
Scaled normalPdf(double t)
{
    Scaled s = num::expNegSquare(t, 0.5);
    s.m *= kRsqrt2Pi;
    return s;
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

// Below |x| = num::kMillsFast, both f and f' are products of φ(|x|) and Mills' ratio M(|x|)
// (fastkernels.h), Φ(−t) = φ(t)·M(t): no erfc, no cancellation in the left tail, and a loop that
// vectorises. φ(t) = (ph + pl)·scale, e^(−t²/2) from expSplit with the rounding of t² carried
// and 1/√(2π) as hi + lo; scale = 2^k is a normal number for t < 37.
struct NormalPdfDD {
    double ph;
    double pl;
    double scale;
};
NormalPdfDD normalPdfDD(double t)
{
    const DD t2 = num::twoProd(t, t);
    const num::ExpSplit e = num::expSplit(-0.5 * t2.hi, -0.5 * t2.lo);
    const DD en = num::fastTwoSum(e.hi, e.lo);
    const DD p = num::twoProd(en.hi, kRsqrt2Pi);
    return {p.hi, p.lo + (en.hi * kRsqrt2PiLo + en.lo * kRsqrt2Pi), num::pow2(e.k)};
}
bool geluFastInside(double x) { return std::fabs(x) < num::kMillsFast; } // false for NaN, ±inf

// x < 0: x·Φ(x) = −φ(t)·t·M(t); x ≥ 0: x·(1 − φ(x)·M(x)), 1 − φM carried (x = −0 gives −0).
// φ, M and t·M are double-doubles until the one rounding of each product.
double geluFast(double x, const Params &)
{
    const double t = std::fabs(x);
    const NormalPdfDD phi = normalPdfDD(t);
    const num::Mills m = num::millsRatio(t);
    const double lower = -std::fma(phi.ph, m.tmh, phi.ph * m.tml + phi.pl * m.tmh) * phi.scale;
    const double q = std::fma(phi.ph, m.mh, phi.ph * m.ml + phi.pl * m.mh) * phi.scale;
    const double a = 1.0 - q; // exact with ae (q ≤ ½)
    const double ae = (1.0 - a) - q;
    const double upper = std::fma(x, a, x * ae);
    return x < 0.0 ? lower : upper;
}

// Φ(x) + x·φ(x) = φ(t)·(M(t) − t) for x < 0 and 1 − φ(t)·(M(t) − t) for x ≥ 0, M(t) − t summed
// error-free: the zero of f' near x = −0.75 costs nothing.
double geluDfFast(double x, const Params &)
{
    const double t = std::fabs(x);
    const NormalPdfDD phi = normalPdfDD(t);
    const num::Mills m = num::millsRatio(t);
    const DD d = num::twoSum(m.mh, -t);
    const double dl = d.lo + m.ml;
    const double pd = std::fma(phi.ph, d.hi, phi.ph * dl + phi.pl * d.hi) * phi.scale;
    return x < 0.0 ? pd : 1.0 - pd;
}

double geluF(double x, const Params &p)
{
    if (geluFastInside(x))
        return geluFast(x, p);
    if (std::isinf(x))
        return x > 0 ? x : -0.0;
    if (!(x < 0.0)) // x ≥ 37 or NaN: Φ(x) rounds to 1
        return x * (0.5 * std::erfc(-x * kRsqrt2Hi));
    const Scaled pdf = normalPdf(-x); // x·Φ(x) = −φ(t)·t·M(t)
    return -num::scaledTimes(pdf, millsTimesT(-x));
}

// Φ(x) + x·φ(x).
double geluDf(double x, const Params &p)
{
    if (geluFastInside(x))
        return geluDfFast(x, p);
    if (std::isinf(x))
        return x > 0 ? 1.0 : 0.0;
    if (!(x < 0.0))
        return 0.5 * std::erfc(-x * kRsqrt2Hi) + x * num::toDouble(normalPdf(x));
    // φ(t)·(M(t) − t) = φ(t)·(tM(t)/t − t); φ(t) is exactly 0 long before t² overflows.
    const double t = -x;
    const Scaled pdf = normalPdf(t);
    return pdf.m == 0.0 ? 0.0 : num::scaledTimes(pdf, millsTimesT(t) / t - t);
}

// ---- σ(v)·(1 + w·σ(−v)): the derivative of x·σ(v(x)), w = x·v'(x) ---------------------------
// The bracket cancels up to ~3× for v ≈ −1…−3, where σ(v) and σ(−v) rounded separately (1–1.5 ulp
// each) made 4–7 ulp of f'. With E = e^−|v| it is one fraction instead:
//   v ≥ 0: (1 + E + w·E)/(1 + E)²,    v < 0: E·(1 + E + w)/(1 + E)²,
// E a double-double from one exponential, the numerator summed exactly and the square divided out
// with its remainder (num::divBySquare): ≤ 0.5 ulp plus E's 0.04, and one exponential and one
// division instead of two each. The v < 0 result stays m·2^k until the end so that it keeps its
// digits when subnormal; past |v| = kExpClamp, E is 0.
double sigmoidTimesOnePlus(DD v, DD w)
{
    const bool up = v.hi >= 0.0; // NaN: false, and NaN throughout
    const bool gone = std::fabs(v.hi) > num::kExpClamp;
    const num::ExpSplit e = num::expSplit(-std::fabs(v.hi), up ? -v.lo : v.lo);
    // E = (em + eml)·2^k, normalised: expSplit's lo is up to 0.6% of hi.
    const DD en = num::fastTwoSum(gone ? 0.0 : e.hi, gone ? 0.0 : e.lo);
    // E itself is taken as 0 where it is below DBL_MIN: it then only enters 1 + E and 1 + E + w·E
    // (w·E ≤ 3|v|e^−|v|). The same 2^k, as a pair, scales the v < 0 result, rounded once.
    const num::Pow2Pair p2 = num::pow2Pair(e.k);
    const double scale = e.k < -1022.0 ? 0.0 : p2.hi;
    const double eh = en.hi * scale;
    const double el = en.lo * scale;
    const DD d = num::twoSum(1.0, eh); // 1 + E = d.hi + dl
    const double dl = d.lo + el;
    const DD we = num::twoProd(w.hi, eh);
    const double ph = up ? we.hi : w.hi; // w·E or w
    const double pl = up ? we.lo + (w.hi * el + w.lo * eh) : w.lo;
    const DD n = num::twoSum(d.hi, ph); // the numerator without the factor E of v < 0
    const double nl = n.lo + (dl + pl);
    const double g = up ? 1.0 : en.hi; // that factor, as (g + gl)·2^k
    const double gl = up ? 0.0 : en.lo;
    const DD gn = num::twoProd(g, n.hi);
    const double ratio = num::divBySquare(gn.hi, gn.lo + (g * nl + gl * n.hi), d.hi, dl);
    // (selects on the factors, not on the result: a φ of more values stops swish' vectorising)
    return ratio * (up ? 1.0 : p2.hi) * (up ? 1.0 : p2.lo);
}

// ---- GELU, tanh approximation ------------------------------------------------------------
// ½x(1 + tanh u) = x·σ(2u), 2u = c1·x + c3·x³. The σ form has no cancellation for x < 0.
constexpr double kC1Hi = 1.5957691216057308;   // 2√(2/π)
constexpr double kC1Lo = -9.96930880911092e-17;
constexpr double kC3Hi = 0.07135481627260025;  // 2·0.044715·√(2/π)
constexpr double kC3Lo = -6.175149918155315e-19;
constexpr double kC3x3Hi = 0.21406444881780073; // 3·c3, for (2u)' = c1 + 3c3·x²
constexpr double kC3x3Lo = 1.2025242832367862e-17;
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

// σ(2u)·(1 + x·σ(−2u)·(2u)'), (2u)' = c1 + 3c3·x², with w = x·(2u)' as a double-double.
double geluTanhDf(double x, const Params &)
{
    if (std::fabs(x) > kGeluTanhHuge)
        return x > 0 ? 1.0 : 0.0;
    const DD x2 = num::twoProd(x, x);
    const DD c = num::twoProd(kC3x3Hi, x2.hi);
    const DD dv = num::twoSum(kC1Hi, c.hi); // (2u)' = dv.hi + dvl
    const double dvl = dv.lo + ((c.lo + (kC3x3Hi * x2.lo + kC3x3Lo * x2.hi)) + kC1Lo);
    const DD w = num::twoProd(x, dv.hi);
    return sigmoidTimesOnePlus(geluTanhArg(x), {w.hi, w.lo + x * dvl});
}

// ---- SiLU / Swish: x·σ(βx) -----------------------------------------------------------------
double swishValue(double x, double beta)
{
    if (std::isinf(x))
        return (beta * x > 0) ? x : (beta == 0.0 ? 0.5 * x : std::copysign(0.0, x));
    const DD v = num::twoProd(beta, x);
    return num::scaledTimes(num::sigmoidScaled(v.hi, v.lo), x);
}
// σ(βx)·(1 + βx·σ(−βx)). w = βx is clamped to ±kSwishClamp where βx overflows: there w·σ(−v)
// is 0·∞ = NaN otherwise, while the true bracket is 1 (v → ∞) or multiplies σ(v) = 0 (v → −∞).
constexpr double kSwishClamp = 1.0e300;
double swishDerivative(double x, double beta)
{
    if (std::isinf(x))
        return (beta * x > 0) ? 1.0 : (beta == 0.0 ? 0.5 : 0.0);
    const DD v = num::twoProd(beta, x);
    const bool huge = std::fabs(v.hi) > kSwishClamp;
    return sigmoidTimesOnePlus(v, {huge ? std::copysign(kSwishClamp, v.hi) : v.hi, huge ? 0.0 : v.lo});
}
double siluF(double x, const Params &) { return swishValue(x, 1.0); }
double siluDf(double x, const Params &) { return swishDerivative(x, 1.0); }
double swishF(double x, const Params &p) { return swishValue(x, p.beta); }
double swishDf(double x, const Params &p) { return swishDerivative(x, p.beta); }

// ---- Mish: x·tanh(softplus(x)) -------------------------------------------------------------
// With e = e^x, w = 1 + e: tanh(ln w) = (w² − 1)/(w² + 1) = e(e + 2)/(e(e + 2) + 2), no
// cancellation for x < 0; for x ≥ 0 the same in e' = e^−x: (1 + 2e')/(1 + 2e' + 2e'²).
// Past kMishClamp, e^−|x| is 0 and x is clamped in the factors (4x and x·(e + 2) overflow, ∞·0).
constexpr double kMishClamp = 1.0e300;
double mishClamp(double x) { return std::fabs(x) > kMishClamp ? std::copysign(kMishClamp, x) : x; }

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
    const double xc = mishClamp(x);
    return num::scaledTimes(s, xc * (e + 2.0) / std::fma(e, e + 2.0, 2.0)); // NaN stays NaN
}

// The denominator q of tanh(softplus(x)) as a double-double, e = e^−|x|: 1 + 2e + 2e² for x ≥ 0
// (right), 2 + 2e + e² for x < 0, formed as a0 + e·(2 + b·e).
DD mishDenominator(double e, bool right)
{
    const DD t = num::fastTwoSum(2.0, (right ? 2.0 : 1.0) * e); // b·e ≤ 2
    const DD et = num::twoProd(e, t.hi);
    const DD q = num::twoSum(right ? 1.0 : 2.0, et.hi);
    return {q.hi, q.lo + (et.lo + e * t.lo)};
}

// tanh(sp) + x·sech²(sp)·σ(x), as one fraction P/q² in e = e^−|x| (the sum of the two terms
// cancelled up to 3.5× near x = −2: 7 ulp):
//   x ≥ 0: P = 1 + 4e + (6 + 4x)e² + 4(1 + x)e³,        q = 1 + 2e + 2e²;
//   x < 0: P = e·(4(1 + x) + (6 + 4x)e + 4e² + e³),    q = 2 + 2e + e².
// P has no cancellation but at the zero of f'; q is a double-double and q² is divided out exactly
// (num::divBySquare). One formula with selected coefficients, so both signs share one division.
double mishDf(double x, const Params &)
{
    if (std::isinf(x))
        return x > 0 ? 1.0 : 0.0;
    const Scaled s = num::expScaled(-std::fabs(x));
    // e, or 0 where it is below DBL_MIN (beside 1 and 4(1 + x) it is nothing there); 2^k as a
    // pair also scales the x < 0 result, rounded once.
    const num::Pow2Pair p2 = num::pow2Pair(s.k);
    const double e = s.k < -1022.0 ? 0.0 : s.m * p2.hi;
    const double xc = mishClamp(x);
    const bool right = x >= 0.0; // NaN: false, and NaN throughout
    const double onePlusX4 = 4.0 * (1.0 + xc);
    const double c0 = right ? 1.0 : onePlusX4;
    const double c1 = right ? 4.0 : std::fma(4.0, xc, 6.0);
    const double c2 = right ? std::fma(4.0, xc, 6.0) : 4.0;
    const double c3 = right ? onePlusX4 : 1.0;
    const double poly = std::fma(e, std::fma(e, std::fma(e, c3, c2), c1), c0);
    const DD q = mishDenominator(e, right);
    const double ratio = num::divBySquare(poly, q.hi, q.lo);
    return (right ? 1.0 : s.m) * ratio * (right ? 1.0 : p2.hi) * (right ? 1.0 : p2.lo);
}

constexpr ParamSpec kNoParam{};

constexpr std::array kGated = {
    Activation{
        .id = "gelu",
        .name = "GELU",
        .group = Group::SmoothModern,
        .formula = "x·Φ(x), Φ the standard normal CDF",
        .derivativeFormula = "Φ(x) + x·φ(x)",
        .formulaLatex = R"(x\,\Phi(x) = \tfrac{x}{2}\left(1 + \operatorname{erf}\tfrac{x}{\sqrt2}\right))",
        .derivativeLatex = R"(\Phi(x) + x\,\varphi(x))",
        .f = geluF, .df = geluDf,
        .fArray = mapFastOrFull<geluFast, geluF, static_cast<std::int64_t>(num::kMillsFast)>,
        .dfArray = mapFastOrFull<geluDfFast, geluDf, static_cast<std::int64_t>(num::kMillsFast)>,
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
};

} // namespace

std::span<const Activation> gatedActivations() { return kGated; }

} // namespace actviz
