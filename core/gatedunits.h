// SPDX-License-Identifier: MIT
// Gated linear units (Dauphin et al. 2017, arXiv 1612.08083; Shazeer 2020, arXiv 2002.05202):
// the hidden layer of a transformer's feed-forward block splits its input into a gate a and a
// value b and outputs g(a)·b. The unit takes two inputs, so a curve over x cannot show it; the
// gated view draws f(a, b) = g(a)·b over a square of (a, b) with both partial derivatives
//   ∂f/∂a = g′(a)·b,   ∂f/∂b = g(a),
// where g is a registry activation (its exact f and f′). Each value is one product of two
// doubles after g, so it is as accurate as g plus half an ulp (tests/core/tst_gatedunits: ≤ 4 ulp
// against mpmath). Where g(a) is subnormal (σ(a) for a < −708) its absolute error, up to half
// of 2⁻¹⁰⁷⁴, is multiplied by |b| like the rest of it.
//
// Note the order: PyTorch's torch.nn.functional.glu(x) splits x into (first, second) halves and
// returns first·σ(second): the value comes first and the gate second.
#pragma once

#include "activation.h"
#include "result.h"

#include <Eigen/Core>

#include <span>
#include <string_view>

namespace actviz {

struct GatedUnit {
    std::string_view id;       // "glu", "bilinear", "reglu", "geglu", "swiglu"
    std::string_view name;     // "GLU", …
    std::string_view gateId;   // the registry activation g: "sigmoid", "identity", "relu", "gelu", "silu"
    std::string_view formula;  // "σ(a)·b"
    std::string_view citation; // the paper that named it
};

// GLU, Bilinear, ReGLU, GeGLU, SwiGLU in that order.
[[nodiscard]] std::span<const GatedUnit> gatedUnits();
[[nodiscard]] const GatedUnit *findGatedUnit(std::string_view id);
[[nodiscard]] const Activation &gateOf(const GatedUnit &unit);

struct GatedPoint {
    double f = 0.0;
    double dfda = 0.0; // g′(a)·b
    double dfdb = 0.0; // g(a)
};

// One point. NaN in either input gives NaN in every output that depends on it (∂f/∂b = g(a)
// does not depend on b).
[[nodiscard]] GatedPoint evaluateGated(const GatedUnit &unit, double a, double b);

// Where the gradient vanishes, the threshold being ε:
enum class GatedRegion : unsigned char {
    Live,          // the gate input a receives a gradient |∂f/∂a| ≥ ε
    GateSaturated, // |∂f/∂a| < ε but |∂f/∂b| ≥ ε: only the value b learns
    Dead,          // both below ε: neither input learns (ReGLU for a < 0)
};
[[nodiscard]] GatedRegion classifyGated(const GatedPoint &p, double epsilon);

// The unit sampled on a grid: a[i] for i < columns over [aLo, aHi], b[j] for j < rows over
// [bLo, bHi], both uniform and including the ends; f(j, i) etc. are the values at (a[i], b[j]).
// g and g′ are evaluated once per column (vectorised), the rest is one product per cell.
struct GatedGrid {
    Eigen::ArrayXd a;
    Eigen::ArrayXd b;
    Eigen::ArrayXXd f;
    Eigen::ArrayXXd dfda;
    Eigen::ArrayXXd dfdb;
};
inline constexpr int kMaxGatedGridSide = 8192;
// Errors: bounds not finite or lo ≥ hi; fewer than 2 or more than kMaxGatedGridSide samples a side.
[[nodiscard]] Result<GatedGrid> gatedGrid(const GatedUnit &unit, double aLo, double aHi, double bLo, double bHi,
                                          int columns, int rows);

} // namespace actviz
