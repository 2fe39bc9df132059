// SPDX-License-Identifier: MIT
// The properties of an activation at any parameters, computed: Properties in the descriptor are
// exact but hold for the defaults only (ELU's range is (−α, ∞), leaky ReLU with α < 0 is not
// monotonic, swish's minimum moves with β). Here f and f′ are sampled on supAbsDerivative's grid
// (dense on ±20, geometric out to ±10⁶, every kink with its neighbouring doubles).
#pragma once

#include "activation.h"
#include "gridmaximum.h"
#include "result.h"

namespace actviz {

struct ParamProperties {
    double derivativeAtZero = 0.0; // f′(0), exact
    Extremum maxAbsDerivative;     // sup |f′| and one x where it is attained (supAbsDerivative)
    // inf f and sup f over the grid, refined like sup |f′|; ±inf where f grows without bound
    // towards an end of the grid (|f| there exceeds 10⁵ and still grows by half from x/2 to x).
    double infimum = 0.0;
    double supremum = 0.0;
    bool monotonic = false;   // f′ ≥ 0 at every grid point, or f′ ≤ 0 at every one
    bool zeroCentred = false; // E[f(X)] ≈ 0 (within 10⁻³ of its RMS) for X ~ N(0, 1)
};

// Errors: a parameter outside its domain, no formula or derivative.
[[nodiscard]] Result<ParamProperties> propertiesAt(const Activation &a, const Params &p);

} // namespace actviz
