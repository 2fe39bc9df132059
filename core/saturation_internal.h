// SPDX-License-Identifier: MIT
// Internal to the saturation finder, shared by its two halves: saturation_turningpoints.cpp
// cuts [lo, hi] where f' may change direction (every kink, and the turning points of f' from
// its per-function table), saturation.cpp finds the saturated part of each piece between two
// cuts and joins them. Not part of core's interface.
#pragma once

#include "activation.h"
#include "result.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace actviz::saturation_detail {

// A function's entry in the table of turning points of f'.
struct Shape;

// The entry of this id, or nullptr for a function not in the table (cut on a uniform grid).
[[nodiscard]] const Shape *shapeOf(std::string_view id);

// Whether |f'| < ε on the whole range whatever it is: f' periodic with |f'| = 1 at isolated
// points only (sinusoid, cosine) and ε ≥ 1.
[[nodiscard]] bool saturatedEverywhere(const Shape *shape, double epsilon);

// Whether f' can be 0 on a whole interval at these parameters (a dead stretch); true for a
// function not in the table.
[[nodiscard]] bool deadPossible(const Shape *shape, const Params &p);

struct Cut {
    double x = 0.0;
    bool kink = false; // f' is taken from either side, not at x itself
};

// lo, every kink and turning point inside, hi; sorted, a kink winning over a turning point
// at the same x. Fails when an oscillating f' holds more than maxIntervals pieces or cannot be
// resolved by the doubles.
[[nodiscard]] Result<std::vector<Cut>> cutsOf(const Activation &f, const Shape *shape, const Params &p, double epsilon,
                                              double lo, double hi, int samples, int maxIntervals);

// For a function not in the table: a uniform grid of `samples` points on [lo, hi], each piece
// halved while f' is not monotone on it (down to 2^-24 of the range). Fails when that takes more
// than maxIntervals splits: f' turns too often to search.
[[nodiscard]] Result<std::monostate> appendRefinedGrid(const Activation &f, const Params &p, double lo, double hi,
                                                       int samples, int maxIntervals, std::vector<Cut> &cuts);

// The shortest text that reads back as v, for messages.
[[nodiscard]] std::string shortest(double v);

} // namespace actviz::saturation_detail
