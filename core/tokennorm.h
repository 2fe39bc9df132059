// SPDX-License-Identifier: MIT
// LayerNorm beside DyT (issue 13; Zhu et al. 2025, "Transformers without Normalization", arXiv
// 2503.10622). LayerNorm maps each token's C channels to (x − mean)/√(var + ε): a straight line of
// slope 1/σ per token. Tokens differ in scale, and a few channels carry huge values in every token
// (the "massive activations"), so the union of those lines over a batch looks like an S-curve —
// which DyT replaces by γ·tanh(αx) elementwise, without statistics. This file draws a synthetic
// batch of tokens, normalises it and fits γ·tanh(αx) to the result.
//
// The batch is the same on every platform for a seed: xoshiro256** seeded by splitmix64 (both
// specified bit for bit here) and Box–Muller, whose log, sqrt, sin and cos are the only libm calls
// (std::normal_distribution is not specified and differs between standard libraries).
#pragma once

#include "result.h"

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <span>
#include <variant>
#include <vector>

namespace actviz {

// xoshiro256** (Blackman and Vigna 2018), its state filled by four splitmix64 steps from the
// seed; normal() is Box–Muller on two uniforms, handing out the sine of each pair next time.
class TokenRng
{
public:
    explicit TokenRng(std::uint64_t seed);
    [[nodiscard]] std::uint64_t next();
    // The top 53 bits of one draw: [0, 1).
    [[nodiscard]] double uniform();
    [[nodiscard]] double normal();

private:
    std::array<std::uint64_t, 4> m_s{};
    double m_spare = 0.0;
    bool m_haveSpare = false;
};

struct TokenBatchSpec {
    static constexpr int kMaxTokens = 512;
    static constexpr int kMaxChannels = 4096;
    static constexpr int kMaxOutliers = 64;

    int tokens = 48;
    int channels = 256;
    int outlierChannels = 4;        // channels with a large value of a fixed sign in every token
    double outlierMagnitude = 12.0; // their gain in units of the token's scale: from 0.5× to 1.5× this
    double scaleSpread = 0.6;       // the token scales are e^(spread·z): lognormal, median 1
    double shiftSpread = 0.25;      // each token's values are shifted by spread·z
    std::uint64_t seed = 1;
};

struct TokenBatch {
    Eigen::ArrayXXd x;         // tokens × channels: shift_t + scale_t·(z + gain_c·u), u ∈ [0, 1)
    Eigen::ArrayXd scale;      // scale_t of each token
    std::vector<int> outliers; // the outlier channels, in the order they were drawn
};

// Draws, in this order: each outlier channel (its index, then its gain, by uniforms; an index
// already taken is drawn again; the signs alternate, + first), then per token its scale and shift
// (normals) and per channel a normal z and, for an outlier channel, a uniform u. Errors: sizes out of range, magnitude
// or spreads not finite or negative.
[[nodiscard]] Result<TokenBatch> syntheticTokens(const TokenBatchSpec &spec);

// PyTorch's LayerNorm default: ε inside the square root, weight 1, bias 0, biased variance.
inline constexpr double kLayerNormEpsilon = 1e-5;

// LayerNorm of one token: out[i] = (x[i] − mean)/√(var + ε). A token with a NaN or ±∞ gives NaN
// everywhere (like PyTorch); a constant token gives zeros (ε = 0 makes that 0/0 = NaN, as in
// PyTorch). The values are scaled by a power of two first, so nothing overflows near ±DBL_MAX and
// subnormal spreads keep their bits; the mean is a double-double (compensated sum), each deviation
// is rounded once from it and the variance is a compensated sum of exact squares, so each output is
// within a few ulp (tests/core/tst_tokennorm: ≤ 4 ulp against mpmath). out may be x itself.
// Errors: out of another size than x, empty x, ε not finite or negative.
[[nodiscard]] Result<std::monostate> layerNorm(std::span<const double> x, std::span<double> out,
                                               double epsilon = kLayerNormEpsilon);
// Every row of x (a token) normalised.
[[nodiscard]] Result<Eigen::ArrayXXd> layerNormRows(const Eigen::ArrayXXd &x, double epsilon = kLayerNormEpsilon);

struct DyTFit {
    double alpha = 0.0;
    double gamma = 0.0;
    double residualRms = 0.0; // √(mean of (y − γ·tanh(αx))²) over the pairs used
    double outputRms = 0.0;   // √(mean of y²): the residual of the fit γ = 0, for scale
    Eigen::Index pairs = 0;   // finite (x, y) pairs used
};

// Least squares of γ·tanh(αx) against y over every finite pair (x, y), tanh taken from the
// registry's "dyt" kernel. For fixed α, γ = Σ y·t / Σ t² (t = tanh(αx)) is the closed-form
// optimum, so only α is searched: a scan of log α over [10⁻⁶, 10⁶]/rms(x) in 96 steps, then
// golden-section search on log α in the best step's bracket. α ≥ 0 and γ may have either sign.
// DyT's shift β is left out: it stands for LayerNorm's bias, which is 0 here, and the batch is
// symmetric about 0 (zero-mean token shifts, outlier signs alternating), so its fit would be ≈ 0.
// Errors: sizes differ, no finite pair, every finite x is 0 (α is then undetermined).
[[nodiscard]] Result<DyTFit> fitDyT(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y);

// √(mean of (y − γ·tanh(αx))²) over the finite pairs, for a given α and γ (NaN when none).
[[nodiscard]] double dytResidualRms(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y, double alpha, double gamma);

} // namespace actviz
