// SPDX-License-Identifier: MIT
// Beside softmax (issue 13): the maps from logits to a probability vector that recent models use
// instead of, or around, softmax, on the same typed logits z and temperature T, each with its
// support (how many entries are non-zero) and its Jacobian ∂p/∂z:
//   softmax    exp(x_i)/Σ exp(x_j)                              (x = z/T)
//   sparsemax  the Euclidean projection of x onto the simplex: [x_i − τ]₊ with Σ = 1
//              (Martins & Astudillo 2016); exact zeros outside the support
//   entmax15   1.5-entmax: [x_i/2 − τ]₊² with Σ = 1 (Peters, Niculae & Martins 2019), between
//              the two: sparse, but smooth inside its support
//   softmax1   "off by one": exp(x_i)/(1 + Σ exp(x_j)) (Miller 2023); the probabilities may
//              sum to less than 1, so an attention head can attend to nothing
// and around any of them: top-k masking (only the k largest logits take part), top-p (nucleus)
// truncation (the fewest most probable entries holding at least p, renormalised), and
// Gumbel-softmax sampling, x = (z + g)/T with g_i = −ln(−ln U_i) drawn from a seed.
//
// Stable for any finite logits (the maximum is subtracted first), -inf entries are masks (p = 0),
// NaN and +inf are refused with the entry named, as softmax() does.
#pragma once

#include "result.h"
#include "softmax.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string_view>

namespace actviz {

enum class ProbMap { Softmax, Sparsemax, Entmax15, Softmax1 };

// "softmax", "sparsemax", "entmax15", "softmax1" (the CLI's and lessons' spelling).
[[nodiscard]] std::string_view probMapId(ProbMap map);
[[nodiscard]] std::optional<ProbMap> probMapFromId(std::string_view id);

struct ProbMapOptions {
    ProbMap map = ProbMap::Softmax;
    double temperature = 1.0;
    int topK = 0;                            // 0: all entries; else the k largest logits only
    double topP = 1.0;                       // 1: no truncation; else in (0, 1]
    std::optional<std::uint64_t> gumbelSeed; // Gumbel noise from this seed, if set
};

struct ProbMapResult {
    Eigen::VectorXd p;
    Eigen::Index support = 0;  // entries with p > 0
    Eigen::VectorXd logits;    // x = (z + g)/T after masking: what the map saw (-inf: masked)
    Eigen::MatrixXd jacobian;  // ∂p/∂z (n × n), if asked for
};

// The whole chain: noise, temperature, top-k, the map, top-p.
Result<ProbMapResult> probabilities(const VectorRef &z, const ProbMapOptions &options, bool withJacobian = false);
// The same with the Jacobian written into jacobian instead of the result's (resized to n × n; a
// matrix of that size already keeps its storage: at 1000 entries that is 8 MB not allocated,
// first touched and freed on every keystroke of the softmax view). Unchanged on an error.
Result<ProbMapResult> probabilities(const VectorRef &z, const ProbMapOptions &options, Eigen::MatrixXd &jacobian);

// The Gumbel noise of a seed for n entries (−ln(−ln U), U uniform in (0, 1) from SplitMix64):
// the same numbers on every machine.
[[nodiscard]] Eigen::VectorXd gumbelNoise(std::uint64_t seed, Eigen::Index n);

} // namespace actviz
