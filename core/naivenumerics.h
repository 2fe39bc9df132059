// SPDX-License-Identifier: MIT
// The textbook formulas, evaluated as written, to show why the stable ones exist: sigmoid as
// 1/(1 + e^(−x)), tanh as (eˣ − e^(−x))/(eˣ + e^(−x)), softplus as ln(1 + eˣ) and softmax as
// e^(z_i)/Σ e^(z_j) without subtracting the maximum, in float16, bfloat16, float32 or float64
// (the 16-bit formats emulated, core/lowprecision.h), each result
// classified against the stable value: fine, overflowed, NaN, underflowed to 0, or imprecise.
//
// The naive formulas must stay naive: core/ is compiled without fast-math and with
// -ffp-contract=off, and every intermediate is stored in a volatile variable of the chosen
// precision, so no compiler can keep it in a wider register or rewrite the expression. What
// comes out is what IEEE arithmetic gives: in float32 e^x overflows beyond x ≈ 88.72, so naive
// sigmoid(−100) is 1/(1 + inf) = 0 and naive tanh(90) is inf/inf = NaN (tanh(50) is still 1:
// e^50 ≈ 5.2e21 fits in a float); in float64 the limit is x ≈ 709.78.
//
// The derivatives f′ the way a student writes them in backpropagation code, each from the naive
// f of the same precision: sigmoid′ = σ(1 − σ) (`s * (1 - s)`; σ rounds to 1 and 1 − σ cancels
// to 0 for x beyond p·ln 2 = 16.6 in float32, 7.6 in float16, while the true e^(−x) is a normal
// number), tanh′ = 1 − tanh² (tanh rounds to 1: 0 beyond |x| ≈ 9 in float32, 19 in float64; NaN
// where the naive tanh is inf/inf) and softplus′ = eˣ/(1 + eˣ) (inf/inf = NaN beyond ln FLT_MAX =
// 88.72 in float32). The quotient form of sigmoid′, e^(−x)/(1 + e^(−x))², fails on the other side
// instead (inf/inf for x < −88.72 in float32); σ(1 − σ) is the one in the textbooks' backprop.
#pragma once

#include "result.h"
#include "softmax.h"

#include <Eigen/Core>

#include <vector>

namespace actviz {

// float16 and bfloat16 are emulated (core/lowprecision.h): each operation rounded to the format.
enum class Precision { Float16, BFloat16, Float32, Float64 };
enum class NaiveFunction { Sigmoid, Tanh, Softplus };
enum class NaiveOrder { Value, Derivative };

// Which naive formula: f of a function, or its f′ (see above). A NaiveFunction alone means f.
struct NaiveFormula {
    NaiveFunction function = NaiveFunction::Sigmoid;
    NaiveOrder order = NaiveOrder::Value;
    // NOLINTNEXTLINE(google-explicit-constructor): implicit, so that a NaiveFunction means its f
    NaiveFormula(NaiveFunction f, NaiveOrder o = NaiveOrder::Value) : function(f), order(o) {}
};

// How a naive result compares with the true value t (the stable double formula of core/):
enum class NaiveStatus {
    Ok,            // none of the below
    Overflow,      // ±inf although t is finite
    NaN,           // NaN (inf/inf, inf − inf, 0/0)
    Underflow,     // 0 although t ≠ 0 mathematically, and |t| is below the precision's smallest
                   // normal number (also when t itself is 0 in double: sigmoid(−800) ≈ 5e-348)
    PrecisionLoss, // relative error > kNaivePrecisionLoss, unless the result is t correctly
                   // rounded to the precision (a subnormal then owes its error to the format);
                   // also 0 from total cancellation while |t| is a normal number (softplus(−40))
};

inline constexpr double kNaivePrecisionLoss = 1e-3;

// The relative error above which a result counts as imprecise: kNaivePrecisionLoss, or 4 units
// in the last place of 1 where that is coarser (float16: 0.4 %, bfloat16: 3 %: it keeps 8 bits).
[[nodiscard]] double imprecisionThreshold(Precision precision);

// The naive formula at x (rounded to the precision first), widened to double exactly.
[[nodiscard]] double naiveValue(NaiveFormula fn, double x, Precision precision);

// The stable value in double: the registry's sigmoid, tanh and softplus (β = 1), or for f′ the
// registry's derivative of it (σ(x)·σ(−x), sech², σ).
[[nodiscard]] double stableValue(NaiveFormula fn, double x);

// The status of a naive result `naive` for the true value `truth` (stable, double) in the given
// precision; mathematicallyNonZero says whether the exact value is ≠ 0 (every sigmoid, softplus
// and softmax value and every derivative; tanh except at 0).
[[nodiscard]] NaiveStatus classifyNaive(double naive, double truth, bool mathematicallyNonZero, Precision precision);

// Everything at one x. The stable value is taken at x rounded to the precision, like the naive
// one: what is judged is the formula, not the rounding of its input.
struct NaivePoint {
    double naive = 0.0;
    double stable = 0.0;
    NaiveStatus status = NaiveStatus::Ok;
};
[[nodiscard]] NaivePoint evaluateNaive(NaiveFormula fn, double x, Precision precision);

// Curves for a plot: `samples` uniform points on [lo, hi] (the stable value vectorised, at the
// rounded x as in NaivePoint).
struct NaiveCurve {
    Eigen::ArrayXd x;
    Eigen::ArrayXd naive;
    Eigen::ArrayXd stable;
    std::vector<NaiveStatus> status;
};
Result<NaiveCurve> naiveCurve(NaiveFormula fn, Precision precision, double lo, double hi, int samples);

// A maximal x-interval on which the naive formula fails in one way.
struct NaiveFailure {
    double lo = 0.0;
    double hi = 0.0;
    NaiveStatus status = NaiveStatus::NaN;
};

// The intervals of [lo, hi] where the naive formula is not Ok, sorted: the status is sampled at
// `samples` uniform points and every change between neighbours is located by bisection to the
// last double, so an endpoint such as −709.78 (where e^(−x) overflows in double) is exact. A
// failure narrower than the grid step can be missed (tanh near 0 in float64 loses precision only
// for |x| < ~2e-13), and where the relative error hovers near the threshold (softplus around
// x ≈ −30 in float64) the rounding makes short alternating intervals.
// Errors: lo/hi not finite or lo ≥ hi, samples < 2.
Result<std::vector<NaiveFailure>> naiveFailures(NaiveFormula fn, Precision precision, double lo, double hi,
                                                int samples = 2001);

// The failures for display: runs of one status whose Ok gaps are at most maxGap wide joined into
// one interval that counts its pieces. Where the rounding error hovers around the threshold the
// exact intervals alternate faster than a plot can show (1 − tanh² in float32 from |x| = 4.93 to
// 6.82: 14 pieces on each side); the joined interval says where the formula cannot be trusted.
struct NaiveFailureRun {
    double lo = 0.0;
    double hi = 0.0;
    NaiveStatus status = NaiveStatus::NaN;
    int pieces = 1;
};
[[nodiscard]] std::vector<NaiveFailureRun> joinFailures(const std::vector<NaiveFailure> &failures, double maxGap);

// Softmax without the max subtracted, in the precision, beside the stable softmax of core/ (at
// temperature 1): [1000, 1001, 1002] gives inf/inf = NaN in either precision.
struct NaiveSoftmax {
    Eigen::VectorXd naive;
    Eigen::VectorXd stable;
    std::vector<NaiveStatus> status;
};
// Errors: those of softmax() (empty vector, NaN or +inf entries, all masked).
Result<NaiveSoftmax> naiveSoftmax(const VectorRef &z, Precision precision);

} // namespace actviz
