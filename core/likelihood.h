// SPDX-License-Identifier: MIT
// Maximum likelihood for a coin: the outcomes of Bernoulli trials (1 = success), the likelihood
// L(p) = p^k (1 − p)^(n−k) of a success probability p, its logarithm, the maximiser p̂ = k/n,
// and the binomial probability C(n, k) p^k (1 − p)^(n−k) of seeing k successes in n trials.
// Everything is computed in log space: with 10⁶ outcomes L(p̂) ≈ e^(−610864) is 0 in double,
// but ℓ(p̂) = −610864.4 and the relative likelihood L(p)/L(p̂) are perfectly representable.
#pragma once

#include "result.h"

#include <Eigen/Core>

#include <cstdint>
#include <string>
#include <string_view>

namespace actviz {

// k successes in n trials, 0 ≤ k ≤ n.
struct BernoulliCounts {
    std::int64_t successes = 0;
    std::int64_t trials = 0;
    friend bool operator==(const BernoulliCounts &, const BernoulliCounts &) = default;
};

// Why a list of outcomes was refused: the message (English, as the vector parser writes them),
// and the 1-based entry it is about (0 when it is not about one entry). Syntax errors keep the
// parser's byte offset and length of the token for highlighting; an entry that is a number but
// not 0 or 1 has length 0 there.
struct OutcomeError {
    std::string message;
    std::size_t entry = 0;
    std::size_t offset = 0;
    std::size_t length = 0;
};

// The outcomes typed by a person, e.g. "1,0,1,0,0,0,1,0,0,0" (the default): any syntax the
// vector parser accepts (vectorparser.h, at most kMaxVectorEntries entries), then every entry must
// be exactly 0 or 1 ("entry 3 (0.5) is not 0 or 1").
Result<BernoulliCounts, OutcomeError> parseOutcomes(std::string_view text);

// The counts of a vector of outcomes (any length: 10⁶ is fine). Errors: empty, or an entry that
// is not exactly 0 or 1, named by its 1-based number.
Result<BernoulliCounts, OutcomeError> countOutcomes(const Eigen::Ref<const Eigen::VectorXd> &outcomes);

// The counts directly. Errors: trials < 1, successes outside [0, trials].
Result<BernoulliCounts> bernoulliCounts(std::int64_t successes, std::int64_t trials);

// p̂ = k/n, the maximiser of L.
[[nodiscard]] double maximumLikelihood(const BernoulliCounts &c);

// ℓ(p) = k ln p + (n − k) ln(1 − p), the second term as log1p(−p) (exact for small p), with
// 0·ln 0 = 0: ℓ(0) = 0 if k = 0 else −inf, ℓ(1) = 0 if k = n else −inf. NaN outside [0, 1].
[[nodiscard]] double logLikelihood(const BernoulliCounts &c, double p);

// L(p) = e^ℓ(p) (L(0.1) = 0.1³·0.9⁷ = 0.0004782969 for the default outcomes).
[[nodiscard]] double likelihood(const BernoulliCounts &c, double p);

// ln C(n, k) + ℓ(p), with ln C(n, k) = lgamma(n + 1) − lgamma(k + 1) − lgamma(n − k + 1), whose
// absolute error grows like n·ln n·ε (≈ 1e-14 for n = 10, ≈ 4e-9 for n = 10⁶: relative errors of
// the probability of the same size).
[[nodiscard]] double logBinomialProbability(const BernoulliCounts &c, double p);
[[nodiscard]] double binomialProbability(const BernoulliCounts &c, double p);

// The curves of the likelihood view on `samples` uniform points of [0, 1] (both ends included).
struct LikelihoodCurves {
    Eigen::ArrayXd p;
    Eigen::ArrayXd logLikelihood;      // ℓ(p), −inf at an end that is impossible
    Eigen::ArrayXd likelihood;         // L(p); underflows to 0 everywhere for large n
    Eigen::ArrayXd relativeLikelihood; // L(p)/L(p̂) = e^(ℓ(p) − ℓ(p̂)) ∈ [0, 1], plottable for any n
    Eigen::ArrayXd binomialProbability;
};
// Errors: samples < 2.
Result<LikelihoodCurves> likelihoodCurves(const BernoulliCounts &c, int samples = 1001);

} // namespace actviz
