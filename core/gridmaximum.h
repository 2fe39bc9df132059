// SPDX-License-Identifier: MIT
// Locating the maximum of a function of one variable on an interval that may contain kinks and
// jumps: sample it on a grid that contains every breakpoint and its two floating-point
// neighbours, take the largest sample and refine it by golden-section search on the two cells
// beside it. Used for sup |f'| (gradient flow) and for the largest difference between two
// activations (comparison).
#pragma once

#include <Eigen/Core>

#include <functional>
#include <limits>
#include <vector>

namespace actviz {

// A maximum and one abscissa where it is attained.
struct Extremum {
    double value = std::numeric_limits<double>::quiet_NaN();
    double at = std::numeric_limits<double>::quiet_NaN();
};

// Sorted abscissae without duplicates: `samples` (≥ 2) uniform points from lo to hi, and every
// breakpoint strictly inside (lo, hi) together with its two neighbouring doubles, so that a
// function is sampled on both sides of each kink as close as the doubles allow.
[[nodiscard]] Eigen::ArrayXd sampleGrid(double lo, double hi, int samples, const std::vector<double> &breakpoints);

// Like sampleGrid, for ranges far wider than the features of an activation (say ±1e6): the
// `denseSamples` uniform points cover only [−denseHalfWidth, denseHalfWidth] ∩ [lo, hi]; outside
// it the points grow geometrically, by kWideGridRatio, out to lo and hi (about 1,100 points per
// side from 20 to 1e6).
inline constexpr double kWideGridRatio = 1.01;
[[nodiscard]] Eigen::ArrayXd wideSampleGrid(double lo, double hi, int denseSamples, double denseHalfWidth,
                                            const std::vector<double> &breakpoints);

// The maximum of h over [x.front(), x.back()], given its samples hx = h(x) at sorted abscissae x:
// the largest sample (the leftmost on ties), refined by golden-section search on each of the two
// cells beside it until the bracket is a few ulp wide. Assumes h is continuous inside each cell
// (breakpoints must be grid points, as sampleGrid makes them) and unimodal near the top: a peak
// narrower than the grid step between two lower samples can be missed. The value is accurate to
// rounding; the abscissa of a smooth maximum only to about √ε relative (h is flat there).
// NaN samples are ignored; when every sample is NaN the result is {NaN, NaN}.
[[nodiscard]] Extremum refineMaximum(const Eigen::ArrayXd &x, const Eigen::ArrayXd &hx,
                                     const std::function<double(double)> &h);

} // namespace actviz
