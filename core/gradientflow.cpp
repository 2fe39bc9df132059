// SPDX-License-Identifier: MIT
#include "gradientflow.h"

#include "normalsampler.h"
#include "paramdomain.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace actviz {

namespace {

// The grid of supAbsDerivative: features of activations sit within a few units of 0 (the
// largest, hardswish's kink at 3 and sinc's first extremum, well inside ±20).
constexpr double kDenseHalfWidth = 20.0;
constexpr int kDenseSamples = 8001; // step 0.005

Result<std::monostate> checkFunction(const Activation &f, const Params &p)
{
    if (!f.df || !f.dfArray || !f.f || !f.fArray)
        return fail(std::string(f.id) + " has no formula or no derivative");
    return checkParams(f, p);
}

} // namespace

Result<Extremum> supAbsDerivative(const Activation &f, const Params &p, double lo, double hi)
{
    if (!(std::isfinite(lo) && std::isfinite(hi) && lo < hi))
        return fail("the range must be finite with lo < hi");
    if (auto ok = checkFunction(f, p); !ok)
        return fail(ok.error());
    std::vector<double> kinks;
    for (const Kink &k : f.kinkPoints(p))
        kinks.push_back(k.x);
    const Eigen::ArrayXd x = wideSampleGrid(lo, hi, kDenseSamples, kDenseHalfWidth, kinks);
    const Eigen::ArrayXd d = f.derivative(x, p).abs();
    return refineMaximum(x, d, [&](double t) { return std::fabs(f.derivative(t, p)); });
}

Eigen::ArrayXd log10GradientBound(double supAbsDerivative, int maxDepth)
{
    const int n = std::max(maxDepth, 0);
    const double step = std::log10(supAbsDerivative); // −inf for 0, +inf for +inf
    Eigen::ArrayXd out(n);
    for (int l = 1; l <= n; ++l)
        out[l - 1] = l * step;
    return out;
}

namespace {

Result<std::monostate> checkConfig(const DepthConfig &c)
{
    if (c.width < 1 || c.width > kMaxDepthWidth)
        return fail("the width must be between 1 and " + std::to_string(kMaxDepthWidth) + " (got "
                    + std::to_string(c.width) + ")");
    if (c.depth < 1 || c.depth > kMaxDepthLayers)
        return fail("the depth must be between 1 and " + std::to_string(kMaxDepthLayers) + " (got "
                    + std::to_string(c.depth) + ")");
    if (c.batch < 1 || c.batch > kMaxDepthBatch)
        return fail("the batch must be between 1 and " + std::to_string(kMaxDepthBatch) + " (got "
                    + std::to_string(c.batch) + ")");
    if (std::int64_t{c.width} * c.batch * c.depth > kMaxDepthCells)
        return fail("width × batch × depth must be at most " + std::to_string(kMaxDepthCells));
    if (std::int64_t{c.width} * c.width * c.depth > kMaxDepthWeights)
        return fail("width² × depth must be at most " + std::to_string(kMaxDepthWeights));
    if (!(std::isfinite(c.gain) && c.gain > 0.0))
        return fail("the gain must be a finite number > 0");
    return std::monostate{};
}

double weightStd(const DepthConfig &c)
{
    const double fanIn = c.width;
    const double fanOut = c.width;
    const double var = c.init == WeightInit::He ? 2.0 / fanIn : 2.0 / (fanIn + fanOut);
    return c.gain * std::sqrt(var);
}

using ArrayF = Eigen::ArrayXf;
using MatF = Eigen::MatrixXf;
using MapF = Eigen::Map<MatF>;
using ConstMapF = Eigen::Map<const MatF>;

// W_l, from its own stream (so that a layer's weights do not depend on how many layers precede
// it being drawn first).
void drawWeights(const DepthConfig &c, int layer, double scale, MatF &w)
{
    w.resize(c.width, c.width);
    NormalSampler(c.seed, static_cast<std::uint64_t>(layer)).fill(w.data(), static_cast<std::size_t>(w.size()), scale);
}

// One layer forward: a = f(z) and d = f'(z), evaluated in double (the descriptors' API) and stored
// in float; the statistics are taken from the double values.
void activate(const Activation &f, const Params &p, const ArrayF &z, ArrayF &a, ArrayF &d, LayerStats &s)
{
    const Eigen::ArrayXd zd = z.cast<double>();
    const Eigen::ArrayXd ad = f.value(zd, p);
    const Eigen::ArrayXd dd = f.derivative(zd, p);
    const double n = static_cast<double>(zd.size());
    s.activationMean = ad.mean();
    // Two passes: the one-pass E[a²] − E[a]² cancels when the mean dominates (sigmoid ≈ 0.5).
    s.activationStd = std::sqrt((ad - s.activationMean).square().sum() / n);
    s.deadFraction = static_cast<double>((dd == 0.0).count()) / n;
    a = ad.cast<float>();
    d = dd.cast<float>();
}

// Rescales v by a power of two (exact) so that max |v| is in [1, 2), and returns the exponent:
// a gradient of 1e-70 would underflow float, but its mantissa and this exponent do not.
int normalise(ArrayF &v)
{
    const float m = v.abs().maxCoeff();
    if (!(m > 0.0f) || !std::isfinite(m))
        return 0; // all zero stays zero; inf and NaN are reported as they are
    const int e = std::ilogb(m);
    v *= std::ldexp(1.0f, -e);
    return e;
}

// √(mean (∂Loss/∂W)²) for ∂Loss/∂W = δ aᵀ with δ = 2^e·delta: its squared Frobenius norm is
// Σ (δᵀδ) ⊙ (aᵀa), two batch × batch products instead of a width × width one. a is scaled by a
// power of two first so that its Gram matrix cannot overflow float.
double rmsWeightGradient(const ArrayF &delta, int e, const ArrayF &act, Eigen::Index width, Eigen::Index batch,
                         ArrayF &scratch)
{
    scratch = act;
    const int ea = normalise(scratch);
    const ConstMapF dm(delta.data(), width, batch);
    const ConstMapF am(scratch.data(), width, batch);
    const MatF gd = dm.transpose() * dm;
    const MatF ga = am.transpose() * am;
    const double frob2 = std::max((gd.cast<double>().array() * ga.cast<double>().array()).sum(), 0.0); // NaN stays
    return std::ldexp(std::sqrt(frob2) / static_cast<double>(width), e + ea);
}

} // namespace

Result<std::vector<LayerStats>> simulateDepth(const Activation &f, const Params &p, const DepthConfig &config)
{
    if (auto ok = checkConfig(config); !ok)
        return fail(ok.error());
    if (auto ok = checkFunction(f, p); !ok)
        return fail(ok.error());
    const Eigen::Index width = config.width;
    const Eigen::Index batch = config.batch;
    const int depth = config.depth;
    const double scale = weightStd(config);

    // act[l] = a_l and deriv[l] = f'(z_l), each width × batch column-major; deriv[0] is unused.
    std::vector<ArrayF> act(static_cast<std::size_t>(depth) + 1);
    std::vector<ArrayF> deriv(static_cast<std::size_t>(depth) + 1);
    act[0].resize(width * batch);
    NormalSampler(config.seed, 0).fill(act[0].data(), static_cast<std::size_t>(act[0].size()), 1.0);

    std::vector<LayerStats> stats(static_cast<std::size_t>(depth));
    std::vector<MatF> weights(static_cast<std::size_t>(depth) + 1); // kept for the backward pass
    ArrayF z(width * batch);
    for (int l = 1; l <= depth; ++l) {
        drawWeights(config, l, scale, weights[l]);
        MapF(z.data(), width, batch).noalias() = weights[l] * ConstMapF(act[l - 1].data(), width, batch);
        activate(f, p, z, act[l], deriv[l], stats[l - 1]);
    }

    // ∂Loss/∂z_l = 2^e·delta, starting from ∂Loss/∂a_L = 1.
    ArrayF delta = deriv[depth];
    int e = normalise(delta);
    ArrayF upstream(width * batch);
    for (int l = depth; l >= 1; --l) {
        LayerStats &s = stats[l - 1];
        s.meanAbsGradient = std::ldexp(delta.abs().cast<double>().mean(), e);
        s.rmsWeightGradient = rmsWeightGradient(delta, e, act[l - 1], width, batch, upstream);
        if (l == 1)
            break;
        MapF(upstream.data(), width, batch).noalias() = weights[l].transpose() * ConstMapF(delta.data(), width, batch);
        delta = upstream * deriv[l - 1];
        e += normalise(delta);
    }
    return stats;
}

} // namespace actviz
