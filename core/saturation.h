// SPDX-License-Identifier: MIT
// The saturation finder: where on [lo, hi] an activation passes almost no gradient, i.e. the
// maximal sub-intervals with |f'(x)| < ε, each labelled dead (f' is exactly 0 there, as for
// relu on x < 0) or saturated (small but not 0, as for sigmoid's tails). The GUI shades them
// on every slider move and `actviz saturation` prints them.
//
// Method: |f'| on a uniform grid (vectorised) with every kink x and its two floating-point
// neighbours inserted; a change between neighbouring samples is located by bisection of
// |f'(x)| < ε to well below 1e-9 (a crossing between two samples closer than the grid step
// can be missed), except that a change at a kink is placed exactly at the kink.
//
// Conventions:
// - A stretch is dead only if f' is exactly 0 at every sample in it and it ends at a kink or
//   at lo/hi on both sides. f' of a smooth function is never identically 0, so zeros from
//   underflow (gaussian' beyond |x| ≈ 27, sigmoid' below −745) count as saturated.
// - A dead stretch beside a saturated one (hardsigmoid with ε > 1/6: dead, saturated, dead)
//   is reported as separate intervals of one kind each, sharing the endpoint.
// - A single point does not form an interval or split one: the value f' takes at a kink itself
//   (PyTorch's convention, e.g. abs'(0) = 0) is ignored when it differs from both sides, and
//   so is a lone sample below ε between samples above it (hardshrink with α = 0 at x = 0).
// - Intervals are closed, sorted and disjoint except for shared endpoints; a kink endpoint is
//   the kink x exactly (relu on [−5, 5] gives [−5, 0], dead).
#pragma once

#include "activation.h"
#include "result.h"

#include <vector>

namespace actviz {

enum class SaturationKind { Saturated, Dead };

struct SaturationInterval {
    double lo = 0.0;
    double hi = 0.0;
    SaturationKind kind = SaturationKind::Saturated;
    friend bool operator==(const SaturationInterval &, const SaturationInterval &) = default;
};

inline constexpr int kSaturationSamples = 4000;

// Errors: ε not a finite number > 0, lo or hi not finite, lo ≥ hi, a parameter outside its
// domain, samples < 2.
Result<std::vector<SaturationInterval>> findSaturation(const Activation &f, const Params &p, double epsilon, double lo,
                                                       double hi, int samples = kSaturationSamples);

} // namespace actviz
