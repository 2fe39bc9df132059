// SPDX-License-Identifier: MIT
// Gradient flow through depth: why a deep sigmoid network stops learning and a ReLU one does
// not. Two views of the same fact:
// - the bound: back-propagation multiplies one f' per layer, so after L layers a gradient is at
//   most (sup |f'|)^L times what it was (0.25^L for sigmoid, 1 for relu);
// - a simulation: a real fully connected network with random weights, forward and backward,
//   reporting per layer how large the gradients and activations actually are.
#pragma once

#include "activation.h"
#include "gridmaximum.h"
#include "result.h"

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace actviz {

// ---- the bound ---------------------------------------------------------------------------

// Default search range for sup |f'|: wide enough that limits at ±∞ (softplus → 1, bent
// identity → 1.5) are reached to ~1e-13, and an unbounded f' (exponential) comes out as +inf.
inline constexpr double kSupSearchRange = 1.0e6;

// sup |f'(x)| over [lo, hi] at the given parameters (Properties::maxAbsDerivative is only for
// the defaults), and one x where it is attained. Method: |f'| on a grid that is dense (step
// 0.005) on [−20, 20], geometric beyond, and contains every kink with its two neighbouring
// doubles (so one-sided limits such as selu'(0⁻) = λa count), then golden-section refinement
// around the largest sample (see refineMaximum). Where f' overflows the value is +inf.
// Errors: lo/hi not finite or lo ≥ hi, a parameter outside its domain, no derivative.
Result<Extremum> supAbsDerivative(const Activation &f, const Params &p, double lo = -kSupSearchRange,
                                  double hi = kSupSearchRange);

inline constexpr int kBoundMaxDepth = 100;

// log10 of the bound s^L for L = 1…maxDepth (element L − 1), s = sup |f'| ≥ 0: L·log10(s),
// so that 0.25^1000 or 1.1^10000 stay representable. s = 0 gives −inf (a dead function passes
// nothing), s = +inf gives +inf. maxDepth < 1 gives an empty array.
[[nodiscard]] Eigen::ArrayXd log10GradientBound(double supAbsDerivative, int maxDepth = kBoundMaxDepth);

// ---- the simulation ----------------------------------------------------------------------

// Variance of the weights, before the gain: Xavier (Glorot) 2/(fan_in + fan_out), He (Kaiming)
// 2/fan_in. Every layer here is width × width, so these are 1/width and 2/width.
enum class WeightInit { Xavier, He };

struct DepthConfig {
    int width = 128;  // units per layer, also the input dimension
    int depth = 30;   // number of layers L
    int batch = 64;   // standard-normal input vectors forwarded together
    WeightInit init = WeightInit::Xavier;
    double gain = 1.0; // weights ~ N(0, gain²·variance(init))
    std::uint64_t seed = 1;
};

// Limits, so that a slider cannot ask for gigabytes: the weights and activations of every layer
// are kept for the backward pass, 4·width²·depth + 8·width·batch·(depth + 1) bytes (512 × 100
// with batch 64: 105 + 26 MB, freed on return).
inline constexpr int kMaxDepthWidth = 1024;
inline constexpr int kMaxDepthLayers = 200;
inline constexpr int kMaxDepthBatch = 512;
inline constexpr std::int64_t kMaxDepthCells = std::int64_t{1} << 23;   // width·batch·depth
inline constexpr std::int64_t kMaxDepthWeights = std::int64_t{1} << 25; // width²·depth (128 MiB)

// Statistics of one layer l = 1…L, z_l = W_l a_(l−1), a_l = f(z_l), over all width × batch
// entries.
struct LayerStats {
    double meanAbsGradient = 0.0;     // mean |∂Loss/∂z_l|, the gradient at the pre-activations
    double rmsWeightGradient = 0.0;   // √(mean (∂Loss/∂W_l)²), exactly, from two batch×batch Gram matrices
    double activationMean = 0.0;      // mean of a_l
    double activationStd = 0.0;       // population standard deviation of a_l
    double deadFraction = 0.0;        // fraction of entries with f'(z_l) exactly 0
};

// A fully connected network without biases: a_0 = the inputs (width × batch, N(0, 1)),
// z_l = W_l·a_(l−1), a_l = f(z_l), W_l ~ N(0, gain²·var) for l = 1…depth. The loss is the sum of
// all outputs, Loss = Σ a_L, so the unit gradient ∂Loss/∂a_L is 1 for every unit and sample:
// every top entry starts with the same weight and the mean |gradient| of the top layer is mean
// |f'(z_L)|. Back-propagation: δ_L = f'(z_L), δ_l = f'(z_l) ⊙ W_(l+1)ᵀ δ_(l+1).
// Result element l − 1 is layer l (element 0 is next to the input).
//
// Arithmetic: float32, like the networks it models, which halves the cost of the matrix
// products: 512 × 100 with batch 64 takes ~0.45 s of CPU (relu; ~0.6 s for gelu) on a shared
// 2-core VM, about half of it matrix products and a third drawing the 26 million weights
// (actviz_bench_teaching). f and f' are evaluated in double from the float z and
// the statistics accumulated in double. Activations beyond ±3.4e38 become inf (an exploding
// network: exponential, a large gain), and inf/NaN are reported as they are. The back-propagated
// gradient is kept as a float mantissa times a power of two, renormalised every layer, so a
// sigmoid stack's 1e-70 is reported instead of underflowing.
// Determinism: the inputs are stream 0 of NormalSampler(seed) and W_l is stream l, each filled
// column by column and rounded to float once. The same seed gives bitwise the same result in one
// build; across compilers and CPUs the matrix products may round differently.
// Errors: a size outside the limits above, a gain that is not a finite number > 0, a parameter
// outside its domain.
Result<std::vector<LayerStats>> simulateDepth(const Activation &f, const Params &p, const DepthConfig &config);

} // namespace actviz
