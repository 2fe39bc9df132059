// SPDX-License-Identifier: MIT
// The properties of an activation at any parameters, computed: Properties in the descriptor are
// exact but hold for the defaults only (ELU's range is (−α, ∞), leaky ReLU with α < 0 is not
// monotonic, swish's minimum moves with β). Here f and f′ are sampled on supAbsDerivative's grid
// (dense on ±20, geometric out to ±10⁶, every kink with its neighbouring doubles).
#pragma once

#include "activation.h"
#include "gridmaximum.h"
#include "result.h"

#include <limits>

namespace actviz {

struct ParamProperties {
    double derivativeAtZero = 0.0; // f′(0), exact
    Extremum maxAbsDerivative;     // sup |f′| and one x where it is attained (supAbsDerivative)
    // Where |f′| equals its maximum on a whole interval (leaky ReLU: (0, ∞); hard tanh: (−1, 1)):
    // its ends, ±inf for an end of the grid, a kink's x when the interval starts just beside it
    // (then open there). NaN when the maximum is attained at isolated points only.
    double plateauLo = std::numeric_limits<double>::quiet_NaN();
    double plateauHi = std::numeric_limits<double>::quiet_NaN();
    bool plateauLoOpen = false;
    bool plateauHiOpen = false;
    // inf f and sup f over the grid, refined like sup |f′|; ±inf where f grows without bound
    // towards an end of the grid (|f| there exceeds 1 and grows by a quarter or more from x/2 to x,
    // where a bounded activation has long levelled off).
    double infimum = 0.0;
    double supremum = 0.0;
    bool monotonic = false;   // f′ ≥ 0 at every grid point, or f′ ≤ 0 at every one
    bool zeroCentred = false; // E[f(X)] ≈ 0 (within 10⁻³ of its RMS) for X ~ N(0, 1)
    bool smooth = false;      // C¹: at every kink f is continuous and f′ the same on both sides
};

// Errors: a parameter outside its domain, no formula or derivative.
[[nodiscard]] Result<ParamProperties> propertiesAt(const Activation &a, const Params &p);

} // namespace actviz
