// SPDX-License-Identifier: MIT
// What an activation does to a Gaussian input: for X ~ N(0, σ²), the mean and variance of f(X)
// (is the output zero-centred? does it keep the scale?), the mean and mean square of f'(X) (the
// factor by which a layer scales a back-propagated gradient, the number behind He and Xavier
// gains), and how much of the input mass sits where the gradient is dead or saturated. Computed by
// quadrature, not Monte Carlo, so the numbers are exact to ~1e-13 and do not flicker.
#pragma once

#include "activation.h"
#include "result.h"

namespace actviz {

enum class StatsMethod {
    GaussHermite,        // no kinks, and the 100- and 64-node rules agree to 1e-12
    AdaptiveGaussKronrod // kinks, or a feature narrower than the Gauss–Hermite nodes resolve
};

struct ActivationStats {
    double mean = 0.0;                 // E[f(X)]
    double variance = 0.0;             // Var[f(X)] = E[(f(X) − E[f(X)])²], centred exactly
    double meanSquare = 0.0;           // E[f(X)²] = variance + mean² (He: E[relu(X)²] = σ²/2)
    double meanDerivative = 0.0;       // E[f'(X)]
    double meanSquareDerivative = 0.0; // E[f'(X)²]: one layer scales E[gradient²] by this × fan-in × Var(W)
    double deadFraction = 0.0;         // P(X lies where f' is exactly 0 on a whole interval)
    double saturatedFraction = 0.0;    // P(0 < |f'(X)| < ε); the mass passing almost nothing is dead + saturated
    StatsMethod method = StatsMethod::GaussHermite;
};

inline constexpr int kStatsHermiteNodes = 100;
// The integrals run over |x| ≤ kStatsTruncation·σ: beyond, the normal density is below 1e-347,
// which is 0 in double, so the cut changes nothing unless f grows like e^(x²/2) (exponential
// with σ ≳ 20 starts to lose mass; its mean e^(σ²/2) overflows at σ ≈ 37.7 anyway).
inline constexpr double kStatsTruncation = 40.0;
inline constexpr double kStatsMaxSigma = 1.0e6;

// Method. Expectations: a function without kinks is integrated with the 100-node Gauss–Hermite
// rule (normalGaussHermite), cross-checked against 64 nodes; if they disagree, or f has kinks, the
// line is cut at every kink, at the integers of x/σ and at ±kStatsTruncation, and each smooth
// piece is integrated by adaptive Gauss–Kronrod against the normal density (integrateAdaptive,
// relative tolerance 1e-13), so that piecewise functions are exact: E[relu(X)] = σ/√(2π). The
// variance is a second pass around the computed mean. Fractions: the intervals of findSaturation
// on [−40σ, 40σ] (dead vs saturated as defined there, including its grid resolution), each
// weighted with its exact normal mass Φ(b/σ) − Φ(a/σ) (normalMass), not by quadrature.
// Errors: σ not in (0, kStatsMaxSigma], ε not a finite number > 0, a parameter outside its
// domain, no formula. Overflow of f (exponential with a large σ) gives inf or NaN values.
// X ~ N(mu, σ²): mu shifts the pre-activations (a bias, or a layer whose inputs are not centred);
// |mu| ≤ kStatsMaxSigma.
Result<ActivationStats> activationStats(const Activation &f, const Params &p, double sigma, double epsilon,
                                        double mu = 0.0);

} // namespace actviz
