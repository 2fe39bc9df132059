// SPDX-License-Identifier: MIT
// The ReLU family: relu, relu6, leaky/parametric/randomised ReLU and the exponential units.
#include "numerics.h"
#include "registry.h"

#include <array>
#include <cmath>

namespace actviz {

namespace {

using num::kInf;

// Comparisons are ordered so that NaN falls through to the branch that returns x.
double reluF(double x, const Params &) { return x <= 0.0 ? 0.0 : x; }
// PyTorch: relu'(0) = 0.
double reluDf(double x, const Params &) { return x > 0.0 ? 1.0 : (x <= 0.0 ? 0.0 : x); }
std::vector<Kink> reluKinks(const Params &) { return {{0.0, false}}; }

double relu6F(double x, const Params &) { return x <= 0.0 ? 0.0 : (x >= 6.0 ? 6.0 : x); }
// PyTorch (hardtanh(0, 6) backward): 1 only on the open interval (0, 6).
double relu6Df(double x, const Params &)
{
    if (std::isnan(x))
        return x;
    return (x > 0.0 && x < 6.0) ? 1.0 : 0.0;
}
std::vector<Kink> relu6Kinks(const Params &) { return {{0.0, false}, {6.0, false}}; }

double leakyF(double x, const Params &p) { return x > 0.0 ? x : p.alpha * x; }
// PyTorch: leaky_relu'(0) = negative slope.
double leakyDf(double x, const Params &p)
{
    if (std::isnan(x))
        return x;
    return x > 0.0 ? 1.0 : p.alpha;
}
std::vector<Kink> leakyKinks(const Params &p)
{
    return p.alpha == 1.0 ? std::vector<Kink>{} : std::vector<Kink>{{0.0, false}};
}

// Evaluation mode of RReLU: the fixed slope is the mean of the training range [α, β].
// The mean of the bounds; halved first only when their sum overflows (α = β = 1e308 is a slope
// of 1e308, not ∞), so that subnormal bounds are not halved away.
double rreluSlope(const Params &p)
{
    const double mean = 0.5 * (p.alpha + p.beta);
    return std::isfinite(mean) ? mean : 0.5 * p.alpha + 0.5 * p.beta;
}
double rreluF(double x, const Params &p) { return x >= 0.0 ? x : rreluSlope(p) * x; }
// PyTorch evaluates rrelu in eval mode as leaky_relu(x, s), so rrelu'(0) = s.
double rreluDf(double x, const Params &p)
{
    if (std::isnan(x))
        return x;
    return x > 0.0 ? 1.0 : rreluSlope(p);
}
std::vector<Kink> rreluKinks(const Params &p)
{
    return rreluSlope(p) == 1.0 ? std::vector<Kink>{} : std::vector<Kink>{{0.0, false}};
}

// α·expm1(x), not α(e^x − 1), which loses all digits near 0.
double eluF(double x, const Params &p) { return x > 0.0 ? x : p.alpha * num::expm1Inline(x); }
// PyTorch: elu'(0) = α (the left branch).
double eluDf(double x, const Params &p)
{
    if (std::isnan(x))
        return x;
    return x > 0.0 ? 1.0 : num::scaledTimes(num::expScaled(x), p.alpha);
}
std::vector<Kink> eluKinks(const Params &p)
{
    return p.alpha == 1.0 ? std::vector<Kink>{} : std::vector<Kink>{{0.0, false}};
}

// x/α with its rounding error: q + ql.
num::DD divideCarry(double x, double a)
{
    const double q = x / a;
    return {q, std::isfinite(q) ? std::fma(-q, a, x) / a : 0.0};
}
double celuF(double x, const Params &p)
{
    if (x > 0.0)
        return x;
    const num::DD q = divideCarry(x, p.alpha);
    return p.alpha * num::expm1Inline(q.hi, q.lo);
}
// PyTorch: celu'(0) = e^0 = 1 (the left branch), so celu is C¹ for every α.
double celuDf(double x, const Params &p)
{
    if (std::isnan(x))
        return x;
    if (x > 0.0)
        return 1.0;
    const num::DD q = divideCarry(x, p.alpha);
    return num::expCarry(q.hi, q.lo);
}

constexpr double kSeluLambda = 1.0507009873554805;       // λ, rounded once
constexpr double kSeluLambdaA = 1.7580993408473768;      // λ·a, rounded once (not λ·a in double)
double seluF(double x, const Params &) { return x > 0.0 ? kSeluLambda * x : kSeluLambdaA * num::expm1Inline(x); }
// PyTorch: selu'(0) = λ·a (the left branch).
double seluDf(double x, const Params &)
{
    if (std::isnan(x))
        return x;
    return x > 0.0 ? kSeluLambda : num::scaledTimes(num::expScaled(x), kSeluLambdaA);
}
std::vector<Kink> seluKinks(const Params &) { return {{0.0, false}}; }

constexpr ParamSpec kNoParam{};

constexpr std::array kRelu = {
    Activation{
        .id = "relu",
        .name = "ReLU",
        .group = Group::ReluFamily,
        .formula = "max(0, x)",
        .derivativeFormula = "1 if x > 0, else 0",
        .formulaLatex = R"(\max(0, x))",
        .derivativeLatex = R"(\begin{cases}1 & x > 0\\ 0 & x \le 0\end{cases})",
        .f = reluF, .df = reluDf,
        .fArray = mapArray<reluF>, .dfArray = mapArray<reluDf>,
        .kinks = reluKinks,
        .kinkConvention = "f'(0) = 0",
        .properties = {.range = "[0, ∞)", .monotonic = true, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.0, .maxAbsDerivativeWhere = "x > 0"},
    },
    Activation{
        .id = "relu6",
        .name = "ReLU6",
        .group = Group::ReluFamily,
        .formula = "min(max(0, x), 6)",
        .derivativeFormula = "1 if 0 < x < 6, else 0",
        .formulaLatex = R"(\min(\max(0, x), 6))",
        .derivativeLatex = R"(\begin{cases}1 & 0 < x < 6\\ 0 & \text{otherwise}\end{cases})",
        .f = relu6F, .df = relu6Df,
        .fArray = mapArray<relu6F>, .dfArray = mapArray<relu6Df>,
        .kinks = relu6Kinks,
        .kinkConvention = "f'(0) = f'(6) = 0",
        .properties = {.range = "[0, 6]", .monotonic = true, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 3.0, .maxAbsDerivativeWhere = "0 < x < 6"},
    },
    Activation{
        .id = "leaky_relu",
        .name = "Leaky ReLU",
        .group = Group::ReluFamily,
        .formula = "x if x > 0, else αx",
        .derivativeFormula = "1 if x > 0, else α",
        .formulaLatex = R"(\begin{cases}x & x > 0\\ \alpha x & x \le 0\end{cases})",
        .derivativeLatex = R"(\begin{cases}1 & x > 0\\ \alpha & x \le 0\end{cases})",
        .params = {ParamSpec{.used = true, .meaning = "negative slope", .defaultValue = 0.01,
                             .min = 0.001, .max = 1.0, .logScale = true},
                   kNoParam},
        .f = leakyF, .df = leakyDf,
        .fArray = mapArray<leakyF>, .dfArray = mapArray<leakyDf>,
        .kinks = leakyKinks,
        .kinkConvention = "f'(0) = α",
        .properties = {.range = "(−∞, ∞)", .monotonic = true, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.0, .maxAbsDerivativeWhere = "x > 0"},
    },
    Activation{
        .id = "prelu",
        .name = "PReLU",
        .group = Group::ReluFamily,
        .formula = "x if x > 0, else αx (α learned in training)",
        .derivativeFormula = "1 if x > 0, else α",
        .formulaLatex = R"(\begin{cases}x & x > 0\\ \alpha x & x \le 0\end{cases})",
        .derivativeLatex = R"(\begin{cases}1 & x > 0\\ \alpha & x \le 0\end{cases})",
        .params = {ParamSpec{.used = true, .meaning = "learned negative slope", .defaultValue = 0.25,
                             .min = 0.0, .max = 1.0},
                   kNoParam},
        .f = leakyF, .df = leakyDf,
        .fArray = mapArray<leakyF>, .dfArray = mapArray<leakyDf>,
        .kinks = leakyKinks,
        .kinkConvention = "f'(0) = α",
        .properties = {.range = "(−∞, ∞)", .monotonic = true, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.0, .maxAbsDerivativeWhere = "x > 0"},
    },
    Activation{
        .id = "rrelu",
        .name = "RReLU (eval)",
        .group = Group::ReluFamily,
        .formula = "x if x ≥ 0, else s·x with s = (α + β)/2",
        .derivativeFormula = "1 if x > 0, else s = (α + β)/2",
        .formulaLatex = R"(\begin{cases}x & x \ge 0\\ \frac{\alpha + \beta}{2}\,x & x < 0\end{cases})",
        .derivativeLatex = R"(\begin{cases}1 & x > 0\\ \frac{\alpha + \beta}{2} & x \le 0\end{cases})",
        .params = {ParamSpec{.used = true, .meaning = "lower bound of the random slope", .defaultValue = 0.125,
                             .min = 0.0, .max = 1.0},
                   ParamSpec{.used = true, .meaning = "upper bound of the random slope",
                             .defaultValue = 0.33333333333333331, .min = 0.0, .max = 1.0}},
        .f = rreluF, .df = rreluDf,
        .fArray = mapArray<rreluF>, .dfArray = mapArray<rreluDf>,
        .kinks = rreluKinks,
        .kinkConvention = "f'(0) = (α + β)/2 (evaluated as leaky_relu with that slope)",
        .properties = {.range = "(−∞, ∞)", .monotonic = true, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.0, .maxAbsDerivativeWhere = "x > 0"},
    },
    Activation{
        .id = "elu",
        .name = "ELU",
        .group = Group::ReluFamily,
        .formula = "x if x > 0, else α(e^x − 1)",
        .derivativeFormula = "1 if x > 0, else α·e^x",
        .formulaLatex = R"(\begin{cases}x & x > 0\\ \alpha\,(e^{x} - 1) & x \le 0\end{cases})",
        .derivativeLatex = R"(\begin{cases}1 & x > 0\\ \alpha\,e^{x} & x \le 0\end{cases})",
        .params = {ParamSpec{.used = true, .meaning = "negative saturation value", .defaultValue = 1.0,
                             .min = 0.0, .max = 3.0},
                   kNoParam},
        .f = eluF, .df = eluDf,
        .fArray = mapArray<eluF>, .dfArray = mapArray<eluDf>,
        .kinks = eluKinks,
        .kinkConvention = "f'(0) = α (kink at 0 unless α = 1)",
        .properties = {.range = "(−α, ∞)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.0, .maxAbsDerivativeWhere = "x ≥ 0"},
    },
    Activation{
        .id = "celu",
        .name = "CELU",
        .group = Group::ReluFamily,
        .formula = "max(0, x) + min(0, α(e^(x/α) − 1))",
        .derivativeFormula = "1 if x > 0, else e^(x/α)",
        .formulaLatex = R"(\max(0, x) + \min\!\left(0, \alpha\,(e^{x/\alpha} - 1)\right))",
        .derivativeLatex = R"(\begin{cases}1 & x > 0\\ e^{x/\alpha} & x \le 0\end{cases})",
        .params = {ParamSpec{.used = true, .meaning = "negative saturation value", .defaultValue = 1.0,
                             .min = 0.05, .max = 5.0, .logScale = true, .domain = "≠ 0", .inDomain = num::nonZero},
                   kNoParam},
        .f = celuF, .df = celuDf,
        .fArray = mapArray<celuF>, .dfArray = mapArray<celuDf>,
        .kinkConvention = "f'(0) = 1: C¹ for every α",
        .properties = {.range = "(−α, ∞)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 1.0, .maxAbsDerivativeWhere = "x ≥ 0"},
    },
    Activation{
        .id = "selu",
        .name = "SELU",
        .group = Group::ReluFamily,
        .formula = "λ·(x if x > 0, else a(e^x − 1)), λ ≈ 1.0507, a ≈ 1.6733",
        .derivativeFormula = "λ if x > 0, else λ·a·e^x",
        .formulaLatex = R"(\lambda\begin{cases}x & x > 0\\ a\,(e^{x} - 1) & x \le 0\end{cases})",
        .derivativeLatex = R"(\begin{cases}\lambda & x > 0\\ \lambda a\,e^{x} & x \le 0\end{cases})",
        .f = seluF, .df = seluDf,
        .fArray = mapArray<seluF>, .dfArray = mapArray<seluDf>,
        .kinks = seluKinks,
        .kinkConvention = "f'(0) = λ·a ≈ 1.7581 (the left branch)",
        .properties = {.range = "(−λa, ∞) ≈ (−1.7581, ∞)", .monotonic = true, .zeroCentred = true, .smooth = false,
                       .maxAbsDerivative = kSeluLambdaA, .maxAbsDerivativeAt = 0.0,
                       .maxAbsDerivativeWhere = "x → 0⁻ (and at 0)"},
    },
};

} // namespace

std::span<const Activation> reluActivations() { return kRelu; }

} // namespace actviz
