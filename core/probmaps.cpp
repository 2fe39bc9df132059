// SPDX-License-Identifier: MIT
#include "probmaps.h"

#include "numberparse.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

namespace actviz {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// SplitMix64 (Steele, Lea & Flood 2014): a tiny generator whose output is the same everywhere.
std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The finite entries of y, largest first (ties: the lower index first).
std::vector<Eigen::Index> descending(const Eigen::VectorXd &y)
{
    std::vector<Eigen::Index> order;
    for (Eigen::Index i = 0; i < y.size(); ++i)
        if (y[i] > -kInf)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) { return y[a] > y[b]; });
    return order;
}

// e^y element by element with std::exp: Eigen's vectorised exp clamps its argument, so a mask
// (−inf) came out as 4e-309 instead of 0.
Eigen::VectorXd exactExp(const Eigen::VectorXd &y)
{
    Eigen::VectorXd e(y.size());
    for (Eigen::Index i = 0; i < y.size(); ++i)
        e[i] = std::exp(y[i]);
    return e;
}

// ∂p/∂y = diag(q) − q·qᵀ/Σq on the support, 0 elsewhere: q = p for softmax (and softmax1,
// without the division: see below), q = 1 for sparsemax, q = √p for 1.5-entmax.
// Divided by the temperature T. One pass over the n² entries (at 1000 entries the three passes
// and temporaries of the matrix expression were most of the time), each entry rounded as
// ((−q_i·q_j/Σq + [i = j]·q_i) + 0)/T; the divisions by 1 (softmax at T = 1, the view's
// default) left out, which changes no bit and halves the time.
template <bool Divide>
void fillProjectionJacobian(const Eigen::VectorXd &q, double total, double temperature, Eigen::MatrixXd &j)
{
    const Eigen::Index n = q.size();
    const auto scaled = [&](double v) { return Divide ? v / temperature : v; };
    const auto shared = [&](double v) { return Divide ? v / total : v; };
    for (Eigen::Index c = 0; c < n; ++c) {
        double *column = j.col(c).data();
        const double qc = q[c];
        for (Eigen::Index r = 0; r < n; ++r)
            column[r] = scaled(shared(-(q[r] * qc)) + 0.0); // + 0: −0 (outside the support) printed as 0
        column[c] = scaled((shared(-(qc * qc)) + qc) + 0.0);
    }
}

void projectionJacobian(const Eigen::VectorXd &q, bool divide, double temperature, Eigen::MatrixXd &j)
{
    const double total = divide ? q.sum() : 1.0;
    j.resize(q.size(), q.size()); // keeps the storage when the size is the same
    if (total == 1.0 && temperature == 1.0)
        fillProjectionJacobian<false>(q, total, temperature, j);
    else
        fillProjectionJacobian<true>(q, total, temperature, j);
}

// softmax1: e^y_i/(e^(−m) + Σ e^y_j) with y = x − m ≤ 0, m = max x: the "1" is e^(−m) after the
// shift (0 when m/T is huge, the whole sum when it is very negative).
Eigen::VectorXd softmaxOne(const Eigen::VectorXd &y, double m)
{
    const Eigen::VectorXd e = exactExp(y);
    return e / (std::exp(-m) + e.sum());
}

// The projection onto the simplex: p_i = [y_i − τ]₊ with Σ p = 1. Over the entries sorted
// down, the support is the largest k with 1 + k·v_k > Σ_{j≤k} v_j; τ = (Σ_{j≤k} v_j − 1)/k.
// The prefix sums are compensated (Neumaier), so a long tail of equal logits keeps τ exact.
Eigen::VectorXd sparsemax(const Eigen::VectorXd &y)
{
    const std::vector<Eigen::Index> order = descending(y);
    double sum = 0.0;
    double carry = 0.0;
    double tau = 0.0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const double v = y[order[k]];
        const double t = sum + v;
        carry += std::fabs(sum) >= std::fabs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
        const double kk = static_cast<double>(k + 1);
        if (!(1.0 + kk * v > sum + carry) && k > 0)
            break;
        tau = ((sum - 1.0) + carry) / kk;
    }
    return (y.array() - tau).max(0.0).matrix();
}

// 1.5-entmax: p_i = [y_i/2 − τ]₊² with Σ p = 1 (Peters et al. 2019, the exact sort-based
// algorithm). For the k largest w = y/2, τ_k = mean_k − √(1/k − var_k) (mean and variance by
// Welford's update, no cancellation of Σw² − k·mean²); the support is the largest k with
// τ_k ≤ w_(k).
Eigen::VectorXd entmax15(const Eigen::VectorXd &y)
{
    const std::vector<Eigen::Index> order = descending(y);
    double mean = 0.0;
    double m2 = 0.0;
    double tau = 0.0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const double w = 0.5 * y[order[k]];
        const double kk = static_cast<double>(k + 1);
        const double delta = w - mean;
        mean += delta / kk;
        m2 += delta * (w - mean);
        const double gap = 1.0 / kk - m2 / kk;
        if (!(gap >= 0.0))
            break;
        const double t = mean - std::sqrt(gap);
        if (!(t <= w))
            break;
        tau = t;
    }
    return (0.5 * y.array() - tau).max(0.0).square().matrix();
}

} // namespace

std::string_view probMapId(ProbMap map)
{
    switch (map) {
    case ProbMap::Softmax: return "softmax";
    case ProbMap::Sparsemax: return "sparsemax";
    case ProbMap::Entmax15: return "entmax15";
    case ProbMap::Softmax1: return "softmax1";
    }
    return "softmax";
}

std::optional<ProbMap> probMapFromId(std::string_view id)
{
    for (const ProbMap m : {ProbMap::Softmax, ProbMap::Sparsemax, ProbMap::Entmax15, ProbMap::Softmax1})
        if (probMapId(m) == id)
            return m;
    return std::nullopt;
}

Eigen::VectorXd gumbelNoise(std::uint64_t seed, Eigen::Index n)
{
    Eigen::VectorXd g(n);
    std::uint64_t state = seed;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double u = (static_cast<double>(splitMix64(state) >> 11) + 0.5) * 0x1p-53; // in (0, 1)
        g[i] = -std::log(-std::log(u));
    }
    return g;
}

namespace {

// probabilities() with the Jacobian, if asked for, written into *jacobian.
Result<ProbMapResult> compute(const VectorRef &z, const ProbMapOptions &o, Eigen::MatrixXd *jacobian)
{
    // The checks of softmax(): empty, NaN, +inf, all masked, the temperature.
    if (const auto valid = softmax(z, o.temperature); !valid)
        return fail(valid.error());
    if (o.topK < 0)
        return fail("top-k must be a whole number ≥ 0 (0: every entry), not " + std::to_string(o.topK));
    if (!(o.topP > 0.0 && o.topP <= 1.0))
        return fail("top-p must lie in (0, 1], not " + shortestText(o.topP));
    const Eigen::Index n = z.size();
    Eigen::VectorXd x = z;
    if (o.gumbelSeed)
        x += gumbelNoise(*o.gumbelSeed, n);
    // y = (x − m)/T ≤ 0 with the largest entry 0; halving first where x − m would overflow.
    const double m = x.maxCoeff();
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double d = x[i] - m;
        y[i] = std::isinf(d) && std::isfinite(x[i]) ? 2.0 * ((0.5 * x[i] - 0.5 * m) / o.temperature) : d / o.temperature;
    }
    std::vector<Eigen::Index> order = descending(y);
    if (o.topK > 0 && static_cast<std::size_t>(o.topK) < order.size())
        for (std::size_t k = static_cast<std::size_t>(o.topK); k < order.size(); ++k)
            y[order[k]] = -kInf;

    ProbMapResult r;
    r.logits = y;
    Eigen::VectorXd q; // the Jacobian's vector (see projectionJacobian)
    switch (o.map) {
    case ProbMap::Softmax: {
        const Eigen::VectorXd e = exactExp(y);
        r.p = e / e.sum();
        q = r.p;
        break;
    }
    case ProbMap::Softmax1:
        r.p = softmaxOne(y, m / o.temperature);
        q = r.p;
        break;
    case ProbMap::Sparsemax:
        r.p = sparsemax(y);
        q = (r.p.array() > 0.0).cast<double>().matrix();
        break;
    case ProbMap::Entmax15:
        r.p = entmax15(y);
        q = r.p.array().sqrt().matrix();
        break;
    }
    if (jacobian)
        projectionJacobian(q, o.map != ProbMap::Softmax && o.map != ProbMap::Softmax1, o.temperature, *jacobian);

    // Nucleus: the most probable entries until they hold at least p, renormalised; J of
    // p'_S = p_S/Σ_S p is (J_S − p'_S·(Σ_S rows of J))/Σ_S p, 0 outside S.
    if (o.topP < 1.0) {
        order = descending(r.p);
        double held = 0.0;
        std::vector<bool> keep(static_cast<std::size_t>(n), false);
        for (const Eigen::Index i : order) {
            if (held >= o.topP || !(r.p[i] > 0.0))
                break;
            keep[static_cast<std::size_t>(i)] = true;
            held += r.p[i];
        }
        Eigen::VectorXd mask(n);
        for (Eigen::Index i = 0; i < n; ++i)
            mask[i] = keep[static_cast<std::size_t>(i)] ? 1.0 : 0.0;
        r.p = r.p.cwiseProduct(mask) / held;
        if (jacobian) {
            const Eigen::MatrixXd kept = mask.asDiagonal() * *jacobian;
            const Eigen::RowVectorXd column = kept.colwise().sum();
            *jacobian = (kept - r.p * column) / held;
        }
    }
    r.support = (r.p.array() > 0.0).count();
    return r;
}

} // namespace

Result<ProbMapResult> probabilities(const VectorRef &z, const ProbMapOptions &o, bool withJacobian)
{
    Eigen::MatrixXd jacobian;
    Result<ProbMapResult> r = compute(z, o, withJacobian ? &jacobian : nullptr);
    if (r)
        r.value().jacobian = std::move(jacobian);
    return r;
}

Result<ProbMapResult> probabilities(const VectorRef &z, const ProbMapOptions &o, Eigen::MatrixXd &jacobian)
{
    return compute(z, o, &jacobian);
}

} // namespace actviz
