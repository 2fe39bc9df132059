// SPDX-License-Identifier: MIT
// Hard (piecewise-linear) activations and the shrink functions.
#include "numerics.h"
#include "registry.h"

#include <array>

namespace actviz {

namespace {

using num::kInf;

// ---- hardsigmoid: relu6(x + 3)/6 -------------------------------------------------------------
// (x + 3)/6 rather than x/6 + ½: x + 3 is exact near −3 (Sterbenz), so no cancellation there.
double hardsigmoidF(double x, const Params &) { return x <= -3.0 ? 0.0 : (x >= 3.0 ? 1.0 : (x + 3.0) / 6.0); }
// PyTorch: 1/6 only on the open interval (−3, 3) — in double, not a float32 1/6.
double hardsigmoidDf(double x, const Params &)
{
    if (std::isnan(x))
        return x;
    return (x > -3.0 && x < 3.0) ? 1.0 / 6.0 : 0.0;
}
std::vector<Kink> hardsigmoidKinks(const Params &) { return {{-3.0, false}, {3.0, false}}; }

// ---- hardswish: x·relu6(x + 3)/6 -------------------------------------------------------------
double hardswishF(double x, const Params &) { return x <= -3.0 ? 0.0 : (x >= 3.0 ? x : x * (x + 3.0) / 6.0); }
// PyTorch: 0 for x < −3, (2x + 3)/6 for −3 ≤ x ≤ 3 (so −½ at −3 and 3/2 at 3), 1 above.
// (2x + 3)/6 instead of x/3 + ½: exact sum near the zero at −3/2.
double hardswishDf(double x, const Params &)
{
    if (std::isnan(x))
        return x;
    return x < -3.0 ? 0.0 : (x <= 3.0 ? (2.0 * x + 3.0) / 6.0 : 1.0);
}
std::vector<Kink> hardswishKinks(const Params &) { return {{-3.0, false}, {3.0, false}}; }

// ---- hardtanh: clamp(x, −1, 1) ---------------------------------------------------------------
double hardtanhF(double x, const Params &) { return x <= -1.0 ? -1.0 : (x >= 1.0 ? 1.0 : x); }
// PyTorch: 1 only on the open interval (−1, 1).
double hardtanhDf(double x, const Params &)
{
    if (std::isnan(x))
        return x;
    return (x > -1.0 && x < 1.0) ? 1.0 : 0.0;
}
std::vector<Kink> hardtanhKinks(const Params &) { return {{-1.0, false}, {1.0, false}}; }

// ---- threshold (PyTorch Threshold): x if x > α, else β ---------------------------------------
double thresholdF(double x, const Params &p) { return x <= p.alpha ? p.beta : x; }
double thresholdDf(double x, const Params &p)
{
    if (std::isnan(x))
        return x;
    return x <= p.alpha ? 0.0 : 1.0;
}
std::vector<Kink> thresholdKinks(const Params &p) { return {{p.alpha, p.alpha != p.beta}}; }

// ---- softshrink ------------------------------------------------------------------------------
// x·0 keeps NaN in the middle branch (and is ±0 otherwise).
double softshrinkF(double x, const Params &p) { return x > p.alpha ? x - p.alpha : (x < -p.alpha ? x + p.alpha : x * 0.0); }
// PyTorch: 0 on the closed interval [−α, α].
double softshrinkDf(double x, const Params &p)
{
    if (std::isnan(x))
        return x;
    return (x >= -p.alpha && x <= p.alpha) ? 0.0 : 1.0;
}
std::vector<Kink> softshrinkKinks(const Params &p)
{
    return p.alpha > 0.0 ? std::vector<Kink>{{-p.alpha, false}, {p.alpha, false}} : std::vector<Kink>{};
}

// ---- hardshrink ------------------------------------------------------------------------------
double hardshrinkF(double x, const Params &p) { return (x >= -p.alpha && x <= p.alpha) ? 0.0 : x; }
double hardshrinkDf(double x, const Params &p) { return softshrinkDf(x, p); }
std::vector<Kink> hardshrinkKinks(const Params &p)
{
    return p.alpha > 0.0 ? std::vector<Kink>{{-p.alpha, true}, {p.alpha, true}} : std::vector<Kink>{};
}

// ---- tanhshrink: x − tanh x ------------------------------------------------------------------
// x − tanh x cancels for small x (~12 ulp at 0.5). Below kTanhshrinkSeries use
// tanh(x)·(x·coth x − 1), whose series Σ 2^(2n) B_2n x^(2n)/(2n)! converges like (x/π)^(2n).
constexpr double kTanhshrinkSeries = 1.25;
// 2^(2n) B_2n/(2n)!, n = 1…23 (mpmath, 50 digits, rounded to double).
constexpr std::array kXCothCoef = {
    0.3333333333333333,     -0.022222222222222223,  0.0021164021164021165,  -0.00021164021164021165,
    2.1377799155576935e-05, -2.1644042808063972e-06, 2.1925947851873778e-07, -2.2214608789979678e-08,
    2.2507846516808994e-09, -2.2805151204592183e-10, 2.3106432599002624e-11, -2.3411706819824882e-12,
    2.3721017400233653e-13, -2.4034415333307705e-14, 2.4351954029183367e-15, -2.4673688045172075e-16,
    2.499967277122081e-17,  -2.532996435740635e-18,  2.566461970282629e-19,  -2.6003696460137274e-20,
    2.63472530441538e-21,   -2.669534864157395e-22,  2.704804322109031e-23,
};
double tanhshrinkF(double x, const Params &)
{
    if (!(std::fabs(x) < kTanhshrinkSeries))
        return x - num::tanhInline(x); // also ±inf → ±inf and NaN
    const double x2 = x * x;
    double s = 0.0;
    #pragma GCC unroll 32 // a loop inside the formula would stop the array loop vectorising
    for (auto it = kXCothCoef.rbegin(); it != kXCothCoef.rend(); ++it)
        s = std::fma(s, x2, *it);
    return num::tanhInline(x) * (s * x2);
}
double tanhshrinkDf(double x, const Params &)
{
    const double t = num::tanhInline(x);
    return t * t;
}

constexpr ParamSpec kNoParam{};

constexpr ParamSpec kShrinkLambda{.used = true, .meaning = "threshold λ", .defaultValue = 0.5, .min = 0.0,
                                  .max = 3.0, .domain = "≥ 0", .inDomain = num::nonNegative};

constexpr std::array kPiecewise = {
    Activation{
        .id = "hardsigmoid",
        .name = "Hard sigmoid",
        .group = Group::HardPiecewise,
        .formula = "relu6(x + 3)/6",
        .derivativeFormula = "1/6 if −3 < x < 3, else 0",
        .formulaLatex = R"(\frac{\operatorname{relu6}(x + 3)}{6})",
        .derivativeLatex = R"(\begin{cases}\frac16 & -3 < x < 3\\ 0 & \text{otherwise}\end{cases})",
        .f = hardsigmoidF, .df = hardsigmoidDf,
        .fArray = mapArray<hardsigmoidF>, .dfArray = mapArray<hardsigmoidDf>,
        .kinks = hardsigmoidKinks,
        .kinkConvention = "f'(±3) = 0",
        .properties = {.range = "[0, 1]", .monotonic = true, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 1.0 / 6.0, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "−3 < x < 3"},
    },
    Activation{
        .id = "hardswish",
        .name = "Hard swish",
        .group = Group::HardPiecewise,
        .formula = "x·relu6(x + 3)/6",
        .derivativeFormula = "0 if x < −3; (2x + 3)/6 if −3 ≤ x ≤ 3; 1 if x > 3",
        .formulaLatex = R"(x\,\frac{\operatorname{relu6}(x + 3)}{6})",
        .derivativeLatex = R"(\begin{cases}0 & x < -3\\ \frac{2x + 3}{6} & -3 \le x \le 3\\ 1 & x > 3\end{cases})",
        .f = hardswishF, .df = hardswishDf,
        .fArray = mapArray<hardswishF>, .dfArray = mapArray<hardswishDf>,
        .kinks = hardswishKinks,
        .kinkConvention = "f'(−3) = −½ and f'(3) = 3/2 (the middle branch, as PyTorch)",
        .properties = {.range = "[−0.375, ∞)", .monotonic = false, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 1.5, .maxAbsDerivativeAt = 3.0, .maxAbsDerivativeWhere = "x = 3"},
    },
    Activation{
        .id = "hardtanh",
        .name = "Hard tanh",
        .group = Group::HardPiecewise,
        .formula = "clamp(x, −1, 1)",
        .derivativeFormula = "1 if −1 < x < 1, else 0",
        .formulaLatex = R"(\max(-1, \min(1, x)))",
        .derivativeLatex = R"(\begin{cases}1 & -1 < x < 1\\ 0 & \text{otherwise}\end{cases})",
        .f = hardtanhF, .df = hardtanhDf,
        .fArray = mapArray<hardtanhF>, .dfArray = mapArray<hardtanhDf>,
        .kinks = hardtanhKinks,
        .kinkConvention = "f'(±1) = 0",
        .properties = {.range = "[−1, 1]", .monotonic = true, .zeroCentred = true, .smooth = false,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "−1 < x < 1"},
    },
    Activation{
        .id = "threshold",
        .name = "Threshold",
        .group = Group::HardPiecewise,
        .formula = "x if x > α, else β",
        .derivativeFormula = "1 if x > α, else 0",
        .formulaLatex = R"(\begin{cases}x & x > \alpha\\ \beta & x \le \alpha\end{cases})",
        .derivativeLatex = R"(\begin{cases}1 & x > \alpha\\ 0 & x \le \alpha\end{cases})",
        .params = {ParamSpec{.used = true, .meaning = "threshold", .defaultValue = 1.0, .min = -3.0, .max = 3.0},
                   ParamSpec{.used = true, .meaning = "replacement value", .defaultValue = 0.0, .min = -3.0,
                             .max = 3.0}},
        .f = thresholdF, .df = thresholdDf,
        .fArray = mapArray<thresholdF>, .dfArray = mapArray<thresholdDf>,
        .kinks = thresholdKinks,
        .kinkConvention = "jump at α unless α = β: f(α) = β, f'(α) = 0",
        .properties = {.range = "{β} ∪ (α, ∞)", .monotonic = true, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 2.0, .maxAbsDerivativeWhere = "x > α"},
    },
    Activation{
        .id = "tanhshrink",
        .name = "Tanhshrink",
        .group = Group::Shrink,
        .formula = "x − tanh x",
        .derivativeFormula = "tanh² x",
        .formulaLatex = R"(x - \tanh x)",
        .derivativeLatex = R"(\tanh^2 x)",
        .f = tanhshrinkF, .df = tanhshrinkDf,
        .fArray = mapArray<tanhshrinkF>, .dfArray = mapArray<tanhshrinkDf>,
        .properties = {.range = "(−∞, ∞)", .monotonic = true, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = kInf, .maxAbsDerivativeWhere = "|x| → ∞"},
    },
    Activation{
        .id = "softshrink",
        .name = "Softshrink",
        .group = Group::Shrink,
        .formula = "x − λ if x > λ; x + λ if x < −λ; else 0 (λ = α)",
        .derivativeFormula = "1 if |x| > λ, else 0",
        .formulaLatex = R"(\begin{cases}x - \lambda & x > \lambda\\ x + \lambda & x < -\lambda\\ 0 & \text{otherwise}\end{cases})",
        .derivativeLatex = R"(\begin{cases}1 & |x| > \lambda\\ 0 & |x| \le \lambda\end{cases})",
        .params = {kShrinkLambda, kNoParam},
        .f = softshrinkF, .df = softshrinkDf,
        .fArray = mapArray<softshrinkF>, .dfArray = mapArray<softshrinkDf>,
        .kinks = softshrinkKinks,
        .kinkConvention = "f'(±λ) = 0",
        .properties = {.range = "(−∞, ∞)", .monotonic = true, .zeroCentred = true, .smooth = false,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.0, .maxAbsDerivativeWhere = "|x| > λ"},
    },
    Activation{
        .id = "hardshrink",
        .name = "Hardshrink",
        .group = Group::Shrink,
        .formula = "x if |x| > λ, else 0 (λ = α)",
        .derivativeFormula = "1 if |x| > λ, else 0",
        .formulaLatex = R"(\begin{cases}x & |x| > \lambda\\ 0 & |x| \le \lambda\end{cases})",
        .derivativeLatex = R"(\begin{cases}1 & |x| > \lambda\\ 0 & |x| \le \lambda\end{cases})",
        .params = {kShrinkLambda, kNoParam},
        .f = hardshrinkF, .df = hardshrinkDf,
        .fArray = mapArray<hardshrinkF>, .dfArray = mapArray<hardshrinkDf>,
        .kinks = hardshrinkKinks,
        .kinkConvention = "jumps at ±λ: f(±λ) = 0, f'(±λ) = 0",
        .properties = {.range = "(−∞, −λ) ∪ {0} ∪ (λ, ∞)", .monotonic = true, .zeroCentred = true, .smooth = false,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.0, .maxAbsDerivativeWhere = "|x| > λ"},
    },
};

} // namespace

std::span<const Activation> piecewiseActivations() { return kPiecewise; }

} // namespace actviz
