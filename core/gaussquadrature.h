// SPDX-License-Identifier: MIT
// Quadrature against the normal density, for expectations E[g(Z)], Z ~ N(0, 1), without Monte
// Carlo: a Gauss–Hermite rule for integrands that are smooth on the scale of the density, and an
// adaptive Gauss–Kronrod integrator on pieces between breakpoints for the rest (kinks, jumps,
// features much narrower than the density).
#pragma once

#include <Eigen/Core>

#include <functional>
#include <vector>

namespace actviz {

// Nodes and weights with E[g(Z)] ≈ Σ weights_i·g(nodes_i).
struct QuadratureRule {
    Eigen::ArrayXd nodes;   // ascending, symmetric about 0
    Eigen::ArrayXd weights; // positive, summing to 1
};

// The n-point Gauss–Hermite rule for the standard normal density (probabilists' Hermite
// polynomials), exact for polynomials of degree ≤ 2n − 1. Golub–Welsch: the nodes are the
// eigenvalues of the symmetric tridiagonal Jacobi matrix with off-diagonal √k (Eigen's
// SelfAdjointEigenSolver), polished by one Newton step on the orthonormal polynomial; the weights
// are the Christoffel numbers 1/Σ_k p_k(x_i)², which keep full relative accuracy in the tails
// where the eigenvector components (the textbook formula) would be pure rounding. Nodes and
// weights are symmetrised, so an odd integrand gives exactly 0 when summed in pairs.
// Requires 1 ≤ n ≤ 200 (beyond, the outer weights underflow); otherwise returns an empty rule.
[[nodiscard]] QuadratureRule normalGaussHermite(int n);

// The result of integrateAdaptive, one entry per component.
struct AdaptiveIntegral {
    std::vector<double> values;
    std::vector<double> errors; // estimated absolute errors
    int intervals = 0;          // pieces in the final partition
    bool converged = false;     // every component met its tolerance
};

// ∫ g(t) dt over [breakpoints.front(), breakpoints.back()] for a vector-valued g with
// `components` entries, which g writes to out[0…components−1]. g must be smooth inside each
// piece between consecutive breakpoints (sorted ascending). Global adaptive bisection with the
// 15-point Gauss–Kronrod rule and QUADPACK's error estimate, until each component's estimated
// error is at most relTol·∫|g_k| (so a component whose integral cancels to 0 is judged against
// the size of what cancelled) or maxIntervals pieces are in use.
[[nodiscard]] AdaptiveIntegral integrateAdaptive(const std::function<void(double t, double *out)> &g,
                                                 int components, const std::vector<double> &breakpoints,
                                                 double relTol = 1e-13, int maxIntervals = 5000);

// Φ(b) − Φ(a) for the standard normal CDF (±inf allowed; 0 unless a < b), each term from erfc
// on the side where it does not cancel (with the rounding of x/√2 carried), so a mass deep in a
// tail keeps its relative accuracy, ~1e-15, instead of being lost against 1.
[[nodiscard]] double normalMass(double a, double b);

} // namespace actviz
