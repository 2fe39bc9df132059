// SPDX-License-Identifier: MIT
// Two activations side by side (gelu against its tanh approximation, gelu against silu): the
// differences f − g and f' − g' over a range, and where each is largest in absolute value.
#pragma once

#include "activation.h"
#include "gridmaximum.h"
#include "result.h"

#include <Eigen/Core>

namespace actviz {

// One function with its parameters.
struct ActivationChoice {
    const Activation *fn = nullptr;
    Params params;
};

struct Comparison {
    Eigen::ArrayXd x;              // sorted: the uniform grid plus every kink of f and g with its neighbours
    Eigen::ArrayXd valueDiff;      // f(x) − g(x)
    Eigen::ArrayXd derivativeDiff; // f'(x) − g'(x)
    Extremum maxValueDiff;         // max |f − g| on [lo, hi] and one x where it is attained
    Extremum maxDerivativeDiff;    // max |f' − g'| and where
};

inline constexpr int kComparisonSamples = 2001;

// Samples both differences (vectorised) on [lo, hi] and refines each maximum of |·| by
// golden-section search on the cells beside the largest sample (refineMaximum: the value to
// rounding, the abscissa of a smooth maximum to ~1e-8). With symmetric differences (gelu −
// gelu_tanh is even) the maximum is attained at ±x; the one reported is the larger sample, the
// leftmost on an exact tie. Where one function overflows the difference is inf or NaN; NaN
// samples are skipped when locating the maximum.
// Errors: a null function, a parameter outside its domain, lo/hi not finite or lo ≥ hi,
// samples < 2.
Result<Comparison> compareActivations(const ActivationChoice &f, const ActivationChoice &g, double lo, double hi,
                                      int samples = kComparisonSamples);

} // namespace actviz
