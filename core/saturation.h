// SPDX-License-Identifier: MIT
// The saturation finder: where on [lo, hi] an activation passes almost no gradient, i.e. the
// maximal sub-intervals with |f'(x)| < ε, each labelled dead (f' is exactly 0 there, as for
// relu on x < 0) or saturated (small but not 0, as for sigmoid's tails). The GUI shades them
// on every slider move and `actviz saturation` prints them.
//
// Method: monotone pieces. [lo, hi] is cut at every kink and at every turning point of f'
// (a zero of f'': sigmoid's 0, gelu's ±√2, sinusoid's kπ, …), which
// saturation_turningpoints.cpp lists per function in closed form from the parameters
// (mpmath-checked constants; sinc's by a safeguarded Newton solve of tan x = 2x/(2 − x²) per
// period). Between two cuts f' is
// continuous and monotone, so {x : −ε < f'(x) < ε} is one interval of the piece, found from f'
// at the two ends (one-sided, the neighbouring double, at a kink) and at most two bisections.
// Bisection runs on the doubles' ordered bit patterns: at most 64 steps to adjacent doubles,
// as precise at 1e300 or 1e−300 as at 1. No grid: a piece can be as wide as [−DBL_MAX, 0].
// Guarantee: for every registered function, any valid α/β, any ε > 0 and any finite lo < hi,
// every interval where the computed f' is below ε is found, with each non-kink endpoint the
// last double inside the interval (so accurate to the few ulp of f' itself), or the call fails
// with a message — never silently wrong:
// - f' oscillates (sinusoid, cosine; sinc inside |x| < (1 + √(1 + 4ε))/(2ε), beyond which
//   |sinc'| ≤ (|x| + 1)/x² < ε): one turning point per π, each piece holding at most one
//   interval. Refused when the range holds more than kMaxSaturationIntervals pieces ("could
//   hold more than 100000 intervals (the limit); narrow the range"), or reaches |x| ≥ 2^44 ≈
//   1.8e13, where doubles (2^−8 and more apart) are too coarse to resolve a period. sinusoid and cosine
//   with ε ≥ 1 are saturated everywhere (|f'| = 1 only at isolated points), at any range.
// - f' is NaN at both ends of a piece (a formula that overflows): refused. NaN at one end
//   takes the class of the nearest double inward where f' is a number.
// Cost: 2–30 µs for a GUI call on [−10, 10] (tests/bench, saturation/*); sinusoid on ±1000
// (636 intervals) ≈ 1 ms, near the limit (±1.5e5) ≈ 0.35 s.
// An activation without an entry in that list (a typed formula) is cut on a uniform grid of
// `samples` points instead, each piece halved while f' at its quarter points is not monotone
// (down to 2^−24 of the range): sin(x) typed gives the built-in sinusoid's intervals; more than
// kMaxSaturationIntervals halvings are refused like an oscillating built-in ("f' turns more
// often than [lo, hi] can be searched … narrow the range"). No guarantee between the quarter
// points of a piece (a dip of f' narrower than the grid can be missed).
//
// Conventions:
// - A stretch is dead only if f' is exactly 0 on it and it ends at a kink or at lo/hi on both
//   sides, and only for functions whose f' can vanish on an interval at these parameters
//   (relu, elu with α = 0, …). Zeros from underflow (gaussian' beyond |x| ≈ 27, sigmoid' below
//   −745) count as saturated.
// - A dead stretch beside a saturated one (hardsigmoid with ε > 1/6: dead, saturated, dead)
//   is reported as separate intervals of one kind each, sharing the endpoint.
// - A single point does not form an interval or split one: the value f' takes at a kink itself
//   (PyTorch's convention, e.g. abs'(0) = 0) is never used, and a set below ε that holds a
//   single double (hardshrink with α = 0 at x = 0; gelu's zero of f' when ε is below the
//   spacing of f' between doubles) is dropped.
// - Intervals are closed, sorted and disjoint except for shared endpoints; a kink endpoint is
//   the kink x exactly (relu on [−5, 5] gives [−5, 0], dead), and lo/hi are returned as given.
#pragma once

#include "activation.h"
#include "result.h"

#include <string_view>
#include <vector>

namespace actviz {

enum class SaturationKind { Saturated, Dead };

struct SaturationInterval {
    double lo = 0.0;
    double hi = 0.0;
    SaturationKind kind = SaturationKind::Saturated;
    friend bool operator==(const SaturationInterval &, const SaturationInterval &) = default;
};

// Grid size for an activation without a listed shape (every registered one has one).
inline constexpr int kSaturationSamples = 4000;
// The most pieces (half-periods) of an oscillating f' a call examines: each can give one interval.
inline constexpr int kMaxSaturationIntervals = 100000;

// Whether findSaturation knows where f' of this function turns (true for every registered id;
// the guarantee above holds only then).
[[nodiscard]] bool saturationShapeKnown(std::string_view id);

// Errors: ε not a finite number > 0, lo or hi not finite, lo ≥ hi, a parameter outside its
// domain, samples < 2, and the refusals above (the message names the limit). maxIntervals
// lowers the limit on half-periods examined (the GUI draws at most one band per pixel or so).
Result<std::vector<SaturationInterval>> findSaturation(const Activation &f, const Params &p, double epsilon, double lo,
                                                       double hi, int samples = kSaturationSamples,
                                                       int maxIntervals = kMaxSaturationIntervals);

} // namespace actviz
