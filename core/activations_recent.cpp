// SPDX-License-Identifier: MIT
// Activations of the 2020s: ReLU² (So et al. 2021), StarReLU (Yu et al. 2022), sparse_plus
// (JAX, Keras 3), Smish (Wang et al. 2022), xIELU (Huang & Schlag 2024), Snake (Ziyin et al.
// 2020) and Dynamic Tanh (Zhu et al. 2025).
#include "numerics.h"
#include "registry.h"

#include <array>
#include <utility>

namespace actviz {

namespace {

using num::DD;
using num::kInf;

constexpr ParamSpec kNoParam{};

// ---- ReLU²: max(0, x)² -----------------------------------------------------------------------
// x·x is one rounding; it overflows only where the true square does. NaN falls through to x·x.
double relu2F(double x, const Params &) { return x <= 0.0 ? 0.0 : x * x; }
// 2·max(0, x): 0 at 0 from both sides, so f is C¹ (f′ has a corner there, f does not).
double relu2Df(double x, const Params &) { return x <= 0.0 ? 0.0 : 2.0 * x; }

// ---- StarReLU: s·max(0, x)² + b ----------------------------------------------------------------
// (s·x)·x + b with the last product and the sum rounded once (fma): near the zero of f, where
// s·x² ≈ −b cancels, the error stays a fraction of an ulp of s·x².
double starreluF(double x, const Params &p) { return x <= 0.0 ? p.beta : std::fma(p.alpha * x, x, p.beta); }
double starreluDf(double x, const Params &p)
{
    if (x <= 0.0)
        return 0.0;
    const double twoAlpha = 2.0 * p.alpha; // one rounding, unless 2α overflows (α = 1e308)
    return std::isfinite(twoAlpha) ? twoAlpha * x : 2.0 * (p.alpha * x);
}

// ---- sparse_plus: 0, (x + 1)²/4, x ------------------------------------------------------------
// Keras 3 / JAX: 0 for x ≤ −1, ¼(x + 1)² for −1 < x < 1, x for x ≥ 1; C¹ at ±1.
double sparsePlusF(double x, const Params &)
{
    if (x <= -1.0)
        return 0.0;
    if (x >= 1.0)
        return x;
    const double t = x + 1.0; // exact for x ≤ −½ (Sterbenz), rounded once above
    return 0.25 * (t * t);    // NaN stays NaN
}
double sparsePlusDf(double x, const Params &)
{
    if (x <= -1.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    return 0.5 * (x + 1.0);
}

// ---- Smish: αx·tanh(ln(1 + σ(βx))) -------------------------------------------------------------
// With s = σ(βx), tanh(ln(1 + s)) = ((1+s)² − 1)/((1+s)² + 1) = s·r(s), r(s) = (2 + s)/(1 + (1+s)²),
// a rational function of s with positive terms only (no cancellation, unlike 1 − 2/(…)). r is
// evaluated with double-double numerator and denominator (0.5 ulp), s as m·2^k so that
// f = αx·m·r·2^k rounds once where it is subnormal (x ≪ 0), and βx's rounding is carried into σ.
struct SmishParts {
    num::Scaled s;  // σ(βx)
    double sd;      // σ(βx) as a double
    DD onePlus;     // 1 + s
    DD denominator; // 1 + (1 + s)²
};
SmishParts smishParts(double x, const Params &p)
{
    const DD v = num::twoProd(p.beta, x);
    SmishParts out{};
    out.s = num::sigmoidScaled(v.hi, v.lo);
    out.sd = num::toDouble(out.s);
    out.onePlus = num::fastTwoSum(1.0, out.sd);
    const DD square = num::ddMul(out.onePlus, out.onePlus);
    out.denominator = num::ddAdd({1.0, 0.0}, square);
    return out;
}
// n/d for double-doubles, to about 0.5 ulp.
double ddDivide(DD n, DD d)
{
    const double q = n.hi / d.hi;
    return q + ((std::fma(-q, d.hi, n.hi) + n.lo) - q * d.lo) / d.hi;
}
constexpr double kSmishTop = 0.6;                // tanh(ln 2) = s·r(s) at s = 1
constexpr double kSmishHalf = 0.5 * (2.5 / 3.25); // s·r(s) at s = ½ (β = 0)
double smishF(double x, const Params &p)
{
    if (std::isinf(x)) {
        const double v = p.beta * x;
        if (std::isnan(v)) // β = 0: s = ½ everywhere
            return p.alpha == 0.0 ? 0.0 : (p.alpha * kSmishHalf) * x;
        return v > 0.0 ? (p.alpha == 0.0 ? 0.0 : p.alpha * kSmishTop * x) : std::copysign(0.0, p.alpha * x);
    }
    const SmishParts q = smishParts(x, p);
    const DD twoPlus = num::fastTwoSum(2.0, q.sd);
    const double r = ddDivide(twoPlus, q.denominator);
    return num::scaleByPow2(p.alpha * (x * (q.s.m * r)), q.s.k);
}
// f′ = α(s·r + x·β·s(1 − s)·g′(s)), g′(s) = 4(1 + s)/(1 + (1+s)²)². For βx < 0, s and
// s(1 − s) share the exponent of e^βx: both terms are formed from their mantissas and scaled
// once (the cancellation left of the minimum then keeps its digits where f′ is subnormal).
double smishDf(double x, const Params &p)
{
    if (std::isinf(x)) {
        const double v = p.beta * x;
        if (std::isnan(v)) // β = 0: f′ = α·s·r(½)
            return p.alpha * kSmishHalf;
        return v > 0.0 ? p.alpha * kSmishTop : 0.0 * p.alpha;
    }
    const SmishParts q = smishParts(x, p);
    const DD v = num::twoProd(p.beta, x);
    const num::Scaled d = num::sigmoidDensityScaled(v.hi, v.lo);
    const DD twoPlus = num::fastTwoSum(2.0, q.sd);
    const double r = ddDivide(twoPlus, q.denominator);
    const double gPrime = 4.0 * ddDivide(q.onePlus, num::ddMul(q.denominator, q.denominator));
    if (v.hi < 0.0) // s = m·2^k, s(1 − s) = md·2^k: the same k
        return num::scaleByPow2(p.alpha * (q.s.m * r + ((p.beta * d.m) * x) * gPrime), q.s.k);
    return p.alpha * (q.sd * r + ((p.beta * num::toDouble(d)) * x) * gPrime);
}

// ---- xIELU: α_p·x² + x/2 for x > 0, α_n·(eˣ − 1 − x) + x/2 for x ≤ 0 -------------------------
// Huang & Schlag (2024) integrate a trainable ELU-like gradient: f′ = 2α_p·x + ½ on the right,
// α_n·(eˣ − 1) + ½ on the left (½ from both sides at 0: C¹; the paper's ε = −10⁻⁶ inside min(x, ε)
// only guards its float32 kernels). α = α_p, β = α_n, both 0.8 at initialisation.
// g = eˣ − 1 − x cancels for small |x|: there e^x as a double-double makes (e − 1) − x exact
// (Sterbenz twice for |x| ≤ ½), and only the low part is rounded in; f = fma(α_n, g, x/2)
// keeps f's zero near x ≈ −2.44 (where α_n·g ≈ −x/2) to an ulp of its scale.
double xieluGap(double x)
{
    if (std::fabs(x) <= 0.5) {
        const DD e = num::expDD(x);
        return ((e.hi - 1.0) - x) + e.lo;
    }
    return std::expm1(x) - x;
}
double xieluF(double x, const Params &p)
{
    if (x > 0.0)
        return std::fma(p.alpha * x, x, 0.5 * x);
    if (x == -kInf) // α_n·(−1 − x) + x/2 → (½ − α_n)·x
        return (0.5 - p.beta) * x;
    return std::fma(p.beta, xieluGap(x), 0.5 * x); // NaN stays NaN
}
double xieluDf(double x, const Params &p)
{
    if (x > 0.0)
        return std::fma(2.0 * p.alpha, x, 0.5);
    return std::fma(p.beta, std::expm1(x), 0.5);
}

// ---- Snake: x + sin²(αx)/α ------------------------------------------------------------------
// The identity plus a ripple of period π/α (Ziyin, Hartwig & Ueda 2020, for periodic data with a
// trend). sin² as a double-double (twoProd) with αx's rounding carried in, so that only sin's own
// rounding is left, then x + it rounded once. f′ = 1 + sin(2αx) = 2 sin²(αx + π/4), see snakeDf.
// sin and cos of αx where α·x itself may overflow (|x| near DBL_MAX, α > 1): of αx·2^−k for
// the first k that is finite, then k double-angle steps.
std::pair<double, double> sinCosOfProduct(double alpha, double x)
{
    int k = 0;
    double u = alpha * x;
    while (std::isinf(u) && std::isfinite(x) && k < 64)
        u = alpha * std::ldexp(x, -++k);
    double s = std::sin(u);
    double c = std::cos(u);
    for (; k > 0; --k) {
        const double s2 = 2.0 * s * c;
        c = (c - s) * (c + s);
        s = s2;
    }
    return {s, c};
}

double snakeF(double x, const Params &p)
{
    // sin²(αx)/α ≤ 1/α: below half an ulp of x it cannot change the rounded x (also where α·x
    // overflows, and at ±inf).
    if (std::fabs(x) * 0x1p-54 > 1.0 / p.alpha)
        return x;
    // u = αx as u + uLo: sin²(u + uLo) ≈ sin²u + sin(2u)·uLo. Without it, where f′ = 1 + sin 2αx is
    // small (f's scale) but sin 2αx is not, αx's rounding moved f by 4–5 ulp (α = 0.3, x = −3.5).
    const double u = p.alpha * x;
    const double uLo = std::fma(p.alpha, x, -u);
    const double s = std::sin(u);
    DD square = num::twoProd(s, s);
    square.lo += 2.0 * s * std::cos(u) * uLo;
    const double q = square.hi / p.alpha;
    const double qLo = (std::fma(-q, p.alpha, square.hi) + square.lo) / p.alpha;
    const DD sum = num::twoSum(x, q);
    return sum.hi + (sum.lo + qLo);
}
double snakeDf(double x, const Params &p)
{
    // f′ = (sin u + cos u)² = 2 sin²(u + π/4), u = αx. Where f′ touches 0 the sum sin u + cos u
    // is as small as the rounding of either term (f′ 27–560 % off at the doubles nearest 3π/4).
    // t = u + π/4 is reduced by the nearest multiple kπ to d + dLo, and sin(d + dLo) ≈ sin d +
    // cos d·dLo keeps sin's relative accuracy up to the zero.
    const double u = p.alpha * x;
    if (std::isinf(u) && std::isfinite(x)) {
        // α·x overflows: the double-angle route.
        const auto [sinU, cosU] = sinCosOfProduct(p.alpha, x);
        const double r = sinU + cosU;
        return r * r;
    }
    constexpr double kPi1 = 0x1.921fb54442d18p+1; // π = kPi1 + kPi2 + kPi3 + O(2^-160)
    constexpr double kPi2 = 0x1.1a62633145c07p-53;
    constexpr double kPi3 = -0x1.f1976b7ed8fbcp-109;
    const double uLo = std::fma(p.alpha, x, -u);
    // d = t − kπ = u − (k − ¼)π: near a zero of f′ it is as small as 1e-19 while u is 20, so π
    // (and π/4 with it: ¼ of each part is exact) takes three doubles; each product is split
    // exactly by fma.
    const double k = std::nearbyint((u + kPi1 / 4) / kPi1);
    if (!(std::fabs(k) < 0x1p30)) {
        // |αx| beyond 3·10⁹: sin and cos of u + uLo by the angle-sum rules (uLo may exceed 2π).
        const double su = std::sin(u);
        const double cu = std::cos(u);
        const double sl = std::sin(uLo);
        const double cl = std::cos(uLo);
        const double r = (su * cl + cu * sl) + (cu * cl - su * sl); // NaN at ±inf
        return r * r;
    }
    const double m = k - 0.25;
    const double p1 = m * kPi1;
    const double p2 = m * kPi2;
    // The terms near ulp(u) cancel exactly (two-sums) before the ones near 1e-32 are added.
    const DD r = num::twoSum(u, -p1);
    const DD a = num::twoSum(r.hi, -std::fma(m, kPi1, -p1));
    const DD b = num::twoSum(a.hi, -p2);
    const DD c = num::twoSum(b.hi, uLo);
    const double tail = r.lo + a.lo + b.lo + c.lo - std::fma(m, kPi2, -p2) - m * kPi3;
    const DD d = num::twoSum(c.hi, tail);
    const double s = std::fma(std::cos(d.hi), d.lo, std::sin(d.hi)); // ±sin t: squared below
    return 2.0 * (s * s);
}

// ---- Dynamic Tanh: γ·tanh(αx) ------------------------------------------------------------------
// DyT replaces LayerNorm in Transformers: an element-wise tanh with a learnt steepness α (0.5 at
// initialisation) and scale γ (here β). f′ = γα·sech²(αx), sech² as 4e/(1 + e)², e = e^(−2|αx|).
// α = 0 is the constant 0 (also at x = ±inf, where αx would be NaN).
double dytArgument(double x, const Params &p) { return p.alpha == 0.0 && !std::isnan(x) ? 0.0 : p.alpha * x; }
double dytF(double x, const Params &p) { return p.beta * num::tanhInline(dytArgument(x, p)); }
double dytDf(double x, const Params &p)
{
    const num::Scaled e = num::expScaled(-2.0 * std::fabs(dytArgument(x, p)));
    const double d = 1.0 + num::toDouble(e);
    return num::scaleByPow2(((p.beta * p.alpha) * 4.0) * (e.m / (d * d)), e.k);
}

const std::array kRecent = {
    Activation{
        .id = "relu2",
        .name = "ReLU²",
        .group = Group::Recent,
        .formula = "max(0, x)²",
        .derivativeFormula = "2·max(0, x)",
        .formulaLatex = R"(\max(0, x)^2)",
        .derivativeLatex = R"(2\max(0, x))",
        .f = relu2F, .df = relu2Df,
        .fArray = mapArray<relu2F>, .dfArray = mapArray<relu2Df>,
        .properties = {.range = "[0, ∞)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = kInf, .maxAbsDerivativeAt = kInf, .maxAbsDerivativeWhere = "unbounded (x → ∞)"},
    },
    Activation{
        .id = "starrelu",
        .name = "StarReLU",
        .group = Group::Recent,
        .formula = "s·max(0, x)² + b",
        .derivativeFormula = "2s·max(0, x)",
        .formulaLatex = R"(s\,\max(0, x)^2 + b)",
        .derivativeLatex = R"(2s\,\max(0, x))",
        .params = {ParamSpec{.used = true, .meaning = "scale s (1/√1.25: unit variance)",
                             .defaultValue = 0.8944271909999159, .min = 0.0, .max = 2.0},
                   ParamSpec{.used = true, .meaning = "bias b (−s/2: zero mean)", .defaultValue = -0.4472135954999579,
                             .min = -2.0, .max = 2.0}},
        .f = starreluF, .df = starreluDf,
        .fArray = mapArray<starreluF>, .dfArray = mapArray<starreluDf>,
        .properties = {.range = "[b, ∞)", .monotonic = true, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = kInf, .maxAbsDerivativeAt = kInf, .maxAbsDerivativeWhere = "unbounded (x → ∞)"},
    },
    Activation{
        .id = "sparse_plus",
        .name = "Sparse plus",
        .group = Group::Recent,
        .formula = "0 if x ≤ −1, (x + 1)²/4 if −1 < x < 1, x if x ≥ 1",
        .derivativeFormula = "0 if x ≤ −1, (x + 1)/2 if −1 < x < 1, 1 if x ≥ 1",
        .formulaLatex = R"(\begin{cases}0 & x \le -1\\ \tfrac14 (x + 1)^2 & -1 < x < 1\\ x & x \ge 1\end{cases})",
        .derivativeLatex = R"(\begin{cases}0 & x \le -1\\ \tfrac12 (x + 1) & -1 < x < 1\\ 1 & x \ge 1\end{cases})",
        .f = sparsePlusF, .df = sparsePlusDf,
        .fArray = mapArray<sparsePlusF>, .dfArray = mapArray<sparsePlusDf>,
        .properties = {.range = "[0, ∞)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.0, .maxAbsDerivativeWhere = "x ≥ 1"},
    },
    Activation{
        .id = "smish",
        .name = "Smish",
        .group = Group::Recent,
        .formula = "αx·tanh(ln(1 + σ(βx)))",
        .derivativeFormula = "α·(tanh(L) + βx·σ(βx)σ(−βx)·sech²(L)/(1 + σ(βx))), L = ln(1 + σ(βx))",
        .formulaLatex = R"(\alpha x \tanh\bigl(\ln(1 + \sigma(\beta x))\bigr))",
        .derivativeLatex =
            R"(\alpha\Bigl(\tanh L + \beta x\,\frac{\sigma(\beta x)\,\sigma(-\beta x)}{1 + \sigma(\beta x)}\operatorname{sech}^2 L\Bigr),\ L = \ln(1 + \sigma(\beta x)))",
        .params = {ParamSpec{.used = true, .meaning = "scale α", .defaultValue = 1.0, .min = 0.0, .max = 3.0},
                   ParamSpec{.used = true, .meaning = "sharpness β", .defaultValue = 1.0, .min = 0.0, .max = 5.0}},
        .f = smishF, .df = smishDf,
        .fArray = mapArray<smishF>, .dfArray = mapArray<smishDf>,
        .properties = {.range = "[−0.24999, ∞)", .monotonic = false, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 0.6368842228812263, .maxAbsDerivativeAt = 2.2154214540088013,
                       .maxAbsDerivativeWhere = "x ≈ 2.2154"},
    },
    Activation{
        .id = "xielu",
        .name = "xIELU",
        .group = Group::Recent,
        .formula = "α·x² + x/2 if x > 0, else β·(eˣ − 1 − x) + x/2",
        .derivativeFormula = "2α·x + ½ if x > 0, else β·(eˣ − 1) + ½",
        .formulaLatex = R"(\begin{cases}\alpha x^2 + \tfrac12 x & x > 0\\ \beta\,(e^{x} - 1 - x) + \tfrac12 x & x \le 0\end{cases})",
        .derivativeLatex = R"(\begin{cases}2\alpha x + \tfrac12 & x > 0\\ \beta\,(e^{x} - 1) + \tfrac12 & x \le 0\end{cases})",
        .params = {ParamSpec{.used = true, .meaning = "positive curvature α_p", .defaultValue = 0.8, .min = 0.0, .max = 3.0},
                   ParamSpec{.used = true, .meaning = "negative scale α_n", .defaultValue = 0.8, .min = 0.0, .max = 3.0}},
        .f = xieluF, .df = xieluDf,
        .fArray = mapArray<xieluF>, .dfArray = mapArray<xieluDf>,
        .properties = {.range = "[≈ −0.2058, ∞)", .monotonic = false, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = kInf, .maxAbsDerivativeAt = kInf, .maxAbsDerivativeWhere = "unbounded (x → ∞)"},
    },
    Activation{
        .id = "snake",
        .name = "Snake",
        .group = Group::Recent,
        .formula = "x + sin²(αx)/α",
        .derivativeFormula = "1 + sin(2αx)",
        .formulaLatex = R"(x + \frac{\sin^2(\alpha x)}{\alpha})",
        .derivativeLatex = R"(1 + \sin(2\alpha x))",
        .params = {ParamSpec{.used = true, .meaning = "frequency α (ripples of period π/α)", .defaultValue = 1.0,
                             .min = 0.1, .max = 10.0, .logScale = true, .domain = "> 0", .inDomain = num::positive},
                   kNoParam},
        .f = snakeF, .df = snakeDf,
        .fArray = mapArray<snakeF>, .dfArray = mapArray<snakeDf>,
        .properties = {.range = "(−∞, ∞)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 2.0, .maxAbsDerivativeAt = 0.7853981633974483,
                       .maxAbsDerivativeWhere = "x = (π/4 + kπ)/α"},
    },
    Activation{
        .id = "dyt",
        .name = "DyT",
        .group = Group::Recent,
        .formula = "γ·tanh(αx)",
        .derivativeFormula = "γα·sech²(αx)",
        .formulaLatex = R"(\gamma \tanh(\alpha x))",
        .derivativeLatex = R"(\gamma\alpha \operatorname{sech}^2(\alpha x))",
        .params = {ParamSpec{.used = true, .meaning = "steepness α (0.5 at initialisation)", .defaultValue = 0.5,
                             .min = 0.0, .max = 3.0},
                   ParamSpec{.used = true, .meaning = "scale γ", .defaultValue = 1.0, .min = 0.0, .max = 3.0}},
        .f = dytF, .df = dytDf,
        .fArray = mapArray<dytF>, .dfArray = mapArray<dytDf>,
        .properties = {.range = "(−γ, γ)", .monotonic = true, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = 0.5, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "x = 0"},
    },
};

} // namespace

std::span<const Activation> recentActivations() { return kRecent; }

} // namespace actviz
