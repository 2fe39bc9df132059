// SPDX-License-Identifier: MIT
// Classic squashing functions: sigmoid, tanh and their relatives, and the step.
#include "fastkernels.h"
#include "numerics.h"
#include "registry.h"

#include <array>

namespace actviz {

namespace {

using num::kInf;

// ---- step ------------------------------------------------------------------------------
double stepF(double x, const Params &) { return x >= 0.0 ? 1.0 : (x < 0.0 ? 0.0 : x); }
double stepDf(double x, const Params &) { return std::isnan(x) ? x : 0.0; }
std::vector<Kink> stepKinks(const Params &) { return {{0.0, true}}; }

// ---- sigmoid ---------------------------------------------------------------------------
// e^x/(1+e^x) for x < 0, scaled below −700 so σ(−740) keeps its subnormal digits.
double sigmoidF(double x, const Params &) { return num::sigmoid(x); }
// σ(x)σ(−x) from e^−|x| (σ(1−σ) cancels to 0 for x > 37 while σ' ≈ e^−x).
double sigmoidDf(double x, const Params &) { return num::toDouble(num::sigmoidDensityScaled(x)); }

// ---- tanh ------------------------------------------------------------------------------
double tanhF(double x, const Params &) { return num::tanhInline(x); }
// sech² x = 4e/(1+e)², e = e^−2|x|: 1 − tanh² loses everything past |x| ≈ 19.
double tanhDf(double x, const Params &)
{
    const num::Scaled e = num::expScaled(-2.0 * std::fabs(x));
    const double d = 1.0 + num::toDouble(e);
    return num::scaleByPow2(4.0 * e.m / (d * d), e.k);
}

// ---- softsign --------------------------------------------------------------------------
double softsignF(double x, const Params &)
{
    if (std::isinf(x))
        return std::copysign(1.0, x);
    return x / (1.0 + std::fabs(x));
}
// (1/(1+|x|))² rather than 1/(1+|x|)², which overflows to 0 for |x| > 1e154.
double softsignDf(double x, const Params &)
{
    const double r = 1.0 / (1.0 + std::fabs(x));
    return r * r;
}

// ---- arctan ----------------------------------------------------------------------------
double arctanF(double x, const Params &) { return num::atanFast(x); }
// 1/(1+x²) with one rounding for x² (fma); (1/x)² past 1e150 where x² would overflow.
double arctanDf(double x, const Params &)
{
    if (std::fabs(x) < 1.0e150)
        return 1.0 / std::fma(x, x, 1.0);
    const double t = 1.0 / x;
    return t * t;
}

// ---- lecun_tanh ------------------------------------------------------------------------
constexpr double kLecunA = 1.7159;
constexpr double kLecunA8Over3 = 4.575733333333333; // 1.7159·8/3: (2a/3)·4 of sech² = 4e/(1+e)²
double lecunTanhF(double x, const Params &) { return kLecunA * num::tanhInline(2.0 * x / 3.0); }
// (2a/3)·sech²(2x/3) = (8a/3)·E/(1 + E)², E = e^(−4|x|/3); the rounding of 4|x|/3 is carried into
// the exponential, and (1 + E)² is formed from 1 + E as a double-double with one rounding:
// rounding 1 + E first and then its square cost up to 4.2 ulp.
double lecunTanhDf(double x, const Params &)
{
    const double four = 4.0 * std::fabs(x);
    const double hi = four / 3.0;
    const double lo = std::isfinite(hi) ? std::fma(-hi, 3.0, four) / 3.0 : 0.0;
    const num::Scaled e = num::expScaled(-hi, -lo);
    // E in 1 + E is 0 where it is below DBL_MIN; one 2^k for E and for the result (rounded once).
    const num::Pow2Pair p2 = num::pow2Pair(e.k);
    const num::DD d = num::twoSum(1.0, e.k < -1022.0 ? 0.0 : e.m * p2.hi);
    const double d2 = std::fma(d.hi, d.hi, 2.0 * d.hi * d.lo);
    return kLecunA8Over3 * e.m / d2 * p2.hi * p2.lo;
}

// ---- symmetric_sigmoid -----------------------------------------------------------------
// 2σ(x) − 1 = tanh(x/2): the tanh form has no cancellation near 0.
double symSigmoidF(double x, const Params &) { return num::tanhInline(0.5 * x); }
// 2σ(x)σ(−x) = 2e/(1+e)², e = e^−|x|.
double symSigmoidDf(double x, const Params &)
{
    const num::Scaled s = num::sigmoidDensityScaled(x);
    return num::scaledTimes(s, 2.0);
}

// ---- logsigmoid ------------------------------------------------------------------------
// −softplus(−x) = min(x, 0) − log1p(e^−|x|): exact in both tails (logsigmoid(50) = −e^−50).
double logsigmoidF(double x, const Params &)
{
    const double m = x < 0.0 ? x : (x >= 0.0 ? 0.0 : x);
    return m - num::log1pInline(num::expInline(-std::fabs(x)));
}
double logsigmoidDf(double x, const Params &) { return num::sigmoid(-x); }

constexpr std::array kClassic = {
    Activation{
        .id = "sigmoid",
        .name = "Sigmoid",
        .group = Group::Classic,
        .formula = "σ(x) = 1 / (1 + e^(−x))",
        .derivativeFormula = "σ'(x) = σ(x)·σ(−x) = σ(x)(1 − σ(x))",
        .formulaLatex = R"(\sigma(x) = \frac{1}{1 + e^{-x}})",
        .derivativeLatex = R"(\sigma'(x) = \sigma(x)\,\sigma(-x))",
        .f = sigmoidF, .df = sigmoidDf,
        .fArray = mapArray<sigmoidF>, .dfArray = mapArray<sigmoidDf>,
        .properties = {.range = "(0, 1)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 0.25, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "x = 0"},
    },
    Activation{
        .id = "tanh",
        .name = "Tanh",
        .group = Group::Classic,
        .formula = "tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x))",
        .derivativeFormula = "tanh'(x) = 1 − tanh²(x) = sech²(x)",
        .formulaLatex = R"(\tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}})",
        .derivativeLatex = R"(\tanh' x = 1 - \tanh^2 x = \operatorname{sech}^2 x)",
        .f = tanhF, .df = tanhDf,
        .fArray = mapArray<tanhF>, .dfArray = mapArray<tanhDf>,
        .properties = {.range = "(−1, 1)", .monotonic = true, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "x = 0"},
    },
    Activation{
        .id = "softsign",
        .name = "Softsign",
        .group = Group::Classic,
        .formula = "x / (1 + |x|)",
        .derivativeFormula = "1 / (1 + |x|)²",
        .formulaLatex = R"(\frac{x}{1 + |x|})",
        .derivativeLatex = R"(\frac{1}{(1 + |x|)^2})",
        .f = softsignF, .df = softsignDf,
        .fArray = mapArray<softsignF>, .dfArray = mapArray<softsignDf>,
        .properties = {.range = "(−1, 1)", .monotonic = true, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "x = 0"},
    },
    Activation{
        .id = "arctan",
        .name = "Arctan",
        .group = Group::Classic,
        .formula = "arctan(x)",
        .derivativeFormula = "1 / (1 + x²)",
        .formulaLatex = R"(\arctan x)",
        .derivativeLatex = R"(\frac{1}{1 + x^2})",
        .f = arctanF, .df = arctanDf,
        .fArray = mapArray<arctanF>, .dfArray = mapArray<arctanDf>,
        .properties = {.range = "(−π/2, π/2)", .monotonic = true, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "x = 0"},
    },
    Activation{
        .id = "lecun_tanh",
        .name = "LeCun tanh",
        .group = Group::Classic,
        .formula = "1.7159·tanh(2x/3)",
        .derivativeFormula = "1.7159·(2/3)·sech²(2x/3)",
        .formulaLatex = R"(1.7159\,\tanh\!\left(\tfrac{2x}{3}\right))",
        .derivativeLatex = R"(1.7159\cdot\tfrac{2}{3}\,\operatorname{sech}^2\!\left(\tfrac{2x}{3}\right))",
        .f = lecunTanhF, .df = lecunTanhDf,
        .fArray = mapArray<lecunTanhF>, .dfArray = mapArray<lecunTanhDf>,
        .properties = {.range = "(−1.7159, 1.7159)", .monotonic = true, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = 1.1439333333333332, .maxAbsDerivativeAt = 0.0,
                       .maxAbsDerivativeWhere = "x = 0"},
    },
    Activation{
        .id = "symmetric_sigmoid",
        .name = "Symmetric sigmoid",
        .group = Group::Classic,
        .formula = "2σ(x) − 1 = tanh(x/2)",
        .derivativeFormula = "2σ(x)σ(−x) = ½·sech²(x/2)",
        .formulaLatex = R"(2\sigma(x) - 1 = \tanh\tfrac{x}{2})",
        .derivativeLatex = R"(2\sigma(x)\sigma(-x) = \tfrac12\operatorname{sech}^2\tfrac{x}{2})",
        .f = symSigmoidF, .df = symSigmoidDf,
        .fArray = mapArray<symSigmoidF>, .dfArray = mapArray<symSigmoidDf>,
        .properties = {.range = "(−1, 1)", .monotonic = true, .zeroCentred = true, .smooth = true,
                       .maxAbsDerivative = 0.5, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "x = 0"},
    },
    Activation{
        .id = "logsigmoid",
        .name = "Log-sigmoid",
        .group = Group::Classic,
        .formula = "ln σ(x) = −softplus(−x)",
        .derivativeFormula = "σ(−x) = 1 − σ(x)",
        .formulaLatex = R"(\ln\sigma(x) = -\ln\!\left(1 + e^{-x}\right))",
        .derivativeLatex = R"(\sigma(-x) = 1 - \sigma(x))",
        .f = logsigmoidF, .df = logsigmoidDf,
        .fArray = mapArray<logsigmoidF>, .dfArray = mapArray<logsigmoidDf>,
        .properties = {.range = "(−∞, 0)", .monotonic = true, .zeroCentred = false, .smooth = true,
                       .maxAbsDerivative = 1.0, .maxAbsDerivativeAt = -kInf, .maxAbsDerivativeWhere = "x → −∞"},
    },
    Activation{
        .id = "step",
        .name = "Binary step",
        .group = Group::Classic,
        .formula = "1 if x ≥ 0, else 0",
        .derivativeFormula = "0 (undefined at 0; 0 is returned)",
        .formulaLatex = R"(\begin{cases}1 & x \ge 0\\ 0 & x < 0\end{cases})",
        .derivativeLatex = R"(0)",
        .f = stepF, .df = stepDf,
        .fArray = mapArray<stepF>, .dfArray = mapArray<stepDf>,
        .kinks = stepKinks,
        .kinkConvention = "jump at 0: f(0) = 1; f' is 0 everywhere, 0 included",
        .properties = {.range = "{0, 1}", .monotonic = true, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 0.0, .maxAbsDerivativeAt = 0.0, .maxAbsDerivativeWhere = "everywhere"},
    },
};

} // namespace

std::span<const Activation> classicActivations() { return kClassic; }

} // namespace actviz
