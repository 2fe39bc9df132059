// SPDX-License-Identifier: MIT
#include "mlp.h"

#include "inlinemath.h"
#include "normalsampler.h"
#include "numerics.h"
#include "paramdomain.h"
#include "shuffle.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

namespace actviz {

namespace {

constexpr double kMaxLearningRate = 10.0;
// Adam as Kingma and Ba (2015) recommend, and as PyTorch and Keras default to.
constexpr double kAdamBeta1 = 0.9;
constexpr double kAdamBeta2 = 0.999;
constexpr double kAdamEpsilon = 1e-8;
// Weights of layer k come from stream k of NormalSampler(seed); the mini-batch order of epoch e
// from stream kShuffleStream + e, far above any layer.
constexpr std::uint64_t kShuffleStream = std::uint64_t{1} << 32;

// Samples are columns: a layer's activations are units × m, so a layer is one product W·A.
// They are kept as flat arrays because the descriptors' vectorised f and f′ take ArrayXd.
using Mat = Eigen::MatrixXd;
using MatMap = Eigen::Map<Mat>;
using ConstMatMap = Eigen::Map<const Mat>;
using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

std::string shortest(double v)
{
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

// log(1 + e^t) = max(t, 0) + log1p(e^−|t|): no overflow for large t, the tail kept for t ≪ 0.
double softplus(double t)
{
    return (t > 0.0 ? t : 0.0) + num::log1pInline(num::expInline(-std::fabs(t)));
}

// The binary cross-entropy of logit z and label y is softplus(s·z) and its derivative
// σ(z) − y = s·σ(s·z), with s = +1 for y = 0 and −1 for y = 1: neither forms 1 − σ, which
// cancels, nor log σ, which is log(0) once σ underflows.
double labelSign(double y)
{
    return y > 0.5 ? -1.0 : 1.0;
}

struct Network {
    const std::vector<Mat> &w;
    const std::vector<Eigen::VectorXd> &b;
    const Activation &f;
    const Params &p;
};

// a[0] = the inputs, a[k] = f(z_k) and d[k] = f′(z_k) for hidden layer k = 1…L, each units × m.
// Kept between calls by logits(), so that its buffers are allocated once and not per chunk.
struct Pass {
    std::vector<Eigen::ArrayXd> a;
    std::vector<Eigen::ArrayXd> d;
    Eigen::ArrayXd z;
    Eigen::RowVectorXd logit;
    Eigen::Index m = 0;
};

// Rows [begin, begin + count) of x as the columns of pass.a[0].
void loadRows(const Eigen::MatrixXd &x, Eigen::Index begin, Eigen::Index count, Pass &pass)
{
    pass.m = count;
    pass.a.resize(std::max<std::size_t>(pass.a.size(), 1));
    pass.a[0].resize(2 * count);
    MatMap(pass.a[0].data(), 2, count) = x.middleRows(begin, count).leftCols(2).transpose();
}

void forward(const Network &net, Pass &pass, bool derivatives)
{
    const auto layers = net.w.size() - 1; // hidden layers; the last matrix is the output
    pass.a.resize(layers + 1);
    pass.d.resize(layers + 1);
    for (std::size_t k = 0; k < layers; ++k) {
        const Eigen::Index units = net.w[k].rows();
        pass.z.resize(units * pass.m);
        MatMap zm(pass.z.data(), units, pass.m);
        zm.noalias() = net.w[k] * ConstMatMap(pass.a[k].data(), net.w[k].cols(), pass.m);
        zm.colwise() += net.b[k];
        net.f.fArray(pass.z, net.p, pass.a[k + 1]);
        if (derivatives)
            net.f.dfArray(pass.z, net.p, pass.d[k + 1]);
    }
    const Mat &out = net.w[layers];
    pass.logit.resize(pass.m);
    pass.logit.noalias() = out * ConstMatMap(pass.a[layers].data(), out.cols(), pass.m);
    pass.logit.array() += net.b[layers][0];
}

// Many rows (a 100 × 100 grid) go through in chunks that stay in the L2 cache, whose buffers are
// reused rather than allocated (and page-faulted in) at full size for every layer.
constexpr Eigen::Index kChunkRows = 512;

Eigen::RowVectorXd blockLogits(const Network &net, const Eigen::MatrixXd &x, Eigen::Index begin, Eigen::Index count)
{
    Eigen::RowVectorXd out(count);
    Pass pass;
    for (Eigen::Index at = 0; at < count; at += kChunkRows) {
        const Eigen::Index rows = std::min(kChunkRows, count - at);
        loadRows(x, begin + at, rows, pass);
        forward(net, pass, false);
        out.segment(at, rows) = pass.logit;
    }
    return out;
}

double meanLoss(const Eigen::RowVectorXd &logit, const Eigen::VectorXd &y)
{
    double sum = 0.0;
    for (Eigen::Index i = 0; i < logit.size(); ++i)
        sum += softplus(labelSign(y[i]) * logit[i]);
    return sum / static_cast<double>(logit.size());
}

struct Gradients {
    std::vector<Mat> w;
    std::vector<Eigen::VectorXd> b;
};

// Back-propagation of the mean loss: δ = ∂L/∂logit = (σ(logit) − y)/m at the output, then
// ∂L/∂W_k = δ·a_kᵀ, ∂L/∂b_k = Σ δ over the samples and δ ← (W_kᵀ δ) ⊙ f′(z_k).
Gradients backward(const Network &net, const Pass &pass, const Eigen::VectorXd &y)
{
    const std::size_t layers = net.w.size() - 1;
    const Eigen::Index m = pass.m;
    Gradients g;
    g.w.resize(layers + 1);
    g.b.resize(layers + 1);
    Mat delta(1, m);
    for (Eigen::Index i = 0; i < m; ++i) {
        const double s = labelSign(y[i]);
        delta(0, i) = s * num::sigmoid(s * pass.logit[i]) / static_cast<double>(m);
    }
    for (std::size_t k = layers + 1; k-- > 0;) {
        const ConstMatMap a(pass.a[k].data(), net.w[k].cols(), m);
        g.w[k].noalias() = delta * a.transpose();
        g.b[k] = delta.rowwise().sum();
        if (k == 0)
            break;
        Mat upstream = net.w[k].transpose() * delta;
        upstream.array() *= ConstMatMap(pass.d[k].data(), upstream.rows(), m).array();
        delta = std::move(upstream);
    }
    return g;
}

// Statistics of hidden layer k (1…L) of a pass and its gradients.
MlpLayerStats layerStats(const Pass &pass, const Gradients &g, std::size_t k, double epsilon)
{
    MlpLayerStats s;
    s.meanAbsWeightGradient = g.w[k - 1].cwiseAbs().mean();
    const Eigen::Index units = g.w[k - 1].rows();
    const ConstMatMap d(pass.d[k].data(), units, pass.m);
    Eigen::Index dead = 0;
    Eigen::Index saturated = 0;
    for (Eigen::Index u = 0; u < units; ++u) {
        dead += (d.row(u).array() == 0.0).all() ? 1 : 0;
        saturated += (d.row(u).array().abs() < epsilon).all() ? 1 : 0;
    }
    s.deadFraction = static_cast<double>(dead) / static_cast<double>(units);
    s.saturatedFraction = static_cast<double>(saturated) / static_cast<double>(units);
    return s;
}

template <class T> void adamUpdate(T &w, T &mean, T &var, const T &g, double rate, double c1, double c2)
{
    mean = kAdamBeta1 * mean + (1.0 - kAdamBeta1) * g;
    var.array() = kAdamBeta2 * var.array() + (1.0 - kAdamBeta2) * g.array().square();
    w.array() -= rate * (mean.array() / c1) / ((var.array() / c2).sqrt() + kAdamEpsilon);
}

// Layer by layer, W row-major and then b: the order of parameters() and gradient().
Eigen::VectorXd flatten(const std::vector<Mat> &w, const std::vector<Eigen::VectorXd> &b)
{
    Eigen::Index size = 0;
    for (std::size_t k = 0; k < w.size(); ++k)
        size += w[k].size() + b[k].size();
    Eigen::VectorXd flat(size);
    Eigen::Index at = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        Eigen::Map<RowMajor>(flat.data() + at, w[k].rows(), w[k].cols()) = w[k];
        at += w[k].size();
        flat.segment(at, b[k].size()) = b[k];
        at += b[k].size();
    }
    return flat;
}

Result<std::monostate> checkConfig(const MlpConfig &c)
{
    const auto layers = static_cast<int>(c.hidden.size());
    if (layers < 1 || layers > kMaxMlpLayers)
        return fail("the number of hidden layers must be between 1 and " + std::to_string(kMaxMlpLayers) + " (got " +
                    std::to_string(layers) + ")");
    for (int k = 0; k < layers; ++k) {
        const int units = c.hidden[static_cast<std::size_t>(k)];
        if (units < 1 || units > kMaxMlpUnits)
            return fail("hidden layer " + std::to_string(k + 1) + " must have between 1 and " +
                        std::to_string(kMaxMlpUnits) + " units (got " + std::to_string(units) + ")");
    }
    if (!(c.learningRate > 0.0 && c.learningRate <= kMaxLearningRate)) // NaN fails too
        return fail("the learning rate must be > 0 and ≤ " + shortest(kMaxLearningRate) + " (got " +
                    shortest(c.learningRate) + ")");
    if (c.batchSize < 0)
        return fail("the batch size must be 0 (full batch) or at least 1 (got " + std::to_string(c.batchSize) + ")");
    if (!(c.epsilon >= 0.0 && std::isfinite(c.epsilon)))
        return fail("the saturation threshold ε must be a finite number ≥ 0 (got " + shortest(c.epsilon) + ")");
    return std::monostate{};
}

} // namespace

Result<Mlp> Mlp::create(const MlpConfig &config, const Activation &activation, const Params &params)
{
    if (auto ok = checkConfig(config); !ok)
        return fail(ok.error());
    if (!activation.fArray || !activation.dfArray)
        return fail(std::string(activation.id) + " has no vectorised formula or derivative");
    if (auto ok = checkParams(activation, params); !ok)
        return fail(ok.error());
    return Mlp(config, activation, params);
}

// Hidden layers: Xavier (Glorot) N(0, 2/(fan_in + fan_out)) or He (Kaiming) N(0, 2/fan_in). The
// output layer is always Xavier: He's factor 2 makes up for a relu halving the variance, and the
// logit has no relu after it. Biases start at 0.
Mlp::Mlp(const MlpConfig &config, const Activation &activation, const Params &params)
    : m_config(config)
    , m_activation(&activation)
    , m_params(params)
{
    const std::size_t layers = m_config.hidden.size();
    Eigen::Index fanIn = 2;
    for (std::size_t k = 0; k <= layers; ++k) {
        const Eigen::Index fanOut = k < layers ? m_config.hidden[k] : 1;
        const bool he = k < layers && m_config.init == MlpInit::He;
        const double var = he ? 2.0 / static_cast<double>(fanIn) : 2.0 / static_cast<double>(fanIn + fanOut);
        Mat w(fanOut, fanIn);
        NormalSampler(m_config.seed, k).fill(w.data(), static_cast<std::size_t>(w.size()));
        m_weights.push_back(std::sqrt(var) * w);
        m_biases.push_back(Eigen::VectorXd::Zero(fanOut));
        m_mW.push_back(Mat::Zero(fanOut, fanIn));
        m_vW.push_back(Mat::Zero(fanOut, fanIn));
        m_mb.push_back(Eigen::VectorXd::Zero(fanOut));
        m_vb.push_back(Eigen::VectorXd::Zero(fanOut));
        fanIn = fanOut;
    }
}

Eigen::VectorXd Mlp::logits(const Eigen::MatrixXd &x) const
{
    const Network net{m_weights, m_biases, *m_activation, m_params};
    return blockLogits(net, x, 0, x.rows()).transpose();
}

Eigen::VectorXd Mlp::predict(const Eigen::MatrixXd &x) const
{
    Eigen::VectorXd p = logits(x);
    for (double &v : p)
        v = num::sigmoid(v);
    return p;
}

double Mlp::loss(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, Eigen::Index begin, Eigen::Index count) const
{
    if (count <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const Network net{m_weights, m_biases, *m_activation, m_params};
    return meanLoss(blockLogits(net, x, begin, count), y.segment(begin, count));
}

// A batch size of 0, or at least trainRows, is the full batch: the step then uses every training
// row, in order, and no shuffle is drawn.
long long Mlp::stepsPerEpoch(Eigen::Index trainRows) const
{
    const Eigen::Index batch = m_config.batchSize;
    if (batch <= 0 || batch >= trainRows)
        return 1;
    return static_cast<long long>((trainRows + batch - 1) / batch);
}

// Mini-batches walk through a permutation of the training rows, the last batch of an epoch being
// what is left (as PyTorch's drop_last = false); each epoch's permutation is a fresh shuffle of
// 0…trainRows − 1 from its own stream, so epoch e is the same whatever came before it. A change of
// trainRows starts a new epoch.
MlpStep Mlp::step(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, Eigen::Index trainRows)
{
    trainRows = std::clamp<Eigen::Index>(trainRows, 0, std::min(x.rows(), y.size()));
    MlpStep out;
    out.layers.resize(m_config.hidden.size());
    if (trainRows == 0) {
        out.loss = std::numeric_limits<double>::quiet_NaN();
        return out;
    }
    Pass pass;
    Eigen::VectorXd targets;
    if (stepsPerEpoch(trainRows) == 1) {
        loadRows(x, 0, trainRows, pass);
        targets = y.head(trainRows);
    } else {
        if (static_cast<Eigen::Index>(m_order.size()) != trainRows) {
            m_order.resize(static_cast<std::size_t>(trainRows));
            m_cursor = trainRows;
        }
        if (m_cursor >= trainRows) {
            std::iota(m_order.begin(), m_order.end(), Eigen::Index{0});
            NormalSampler rng(m_config.seed, kShuffleStream + m_epochs++);
            seededShuffle(m_order, rng);
            m_cursor = 0;
        }
        const Eigen::Index count = std::min<Eigen::Index>(m_config.batchSize, trainRows - m_cursor);
        pass.m = count;
        pass.a.resize(1);
        pass.a[0].resize(2 * count);
        targets.resize(count);
        for (Eigen::Index i = 0; i < count; ++i) {
            const Eigen::Index row = m_order[static_cast<std::size_t>(m_cursor + i)];
            pass.a[0][2 * i] = x(row, 0);
            pass.a[0][2 * i + 1] = x(row, 1);
            targets[i] = y[row];
        }
        m_cursor += count;
    }

    const Network net{m_weights, m_biases, *m_activation, m_params};
    forward(net, pass, true);
    const Gradients g = backward(net, pass, targets);
    out.loss = meanLoss(pass.logit, targets);
    for (std::size_t k = 1; k <= out.layers.size(); ++k)
        out.layers[k - 1] = layerStats(pass, g, k, m_config.epsilon);

    const double rate = m_config.learningRate;
    const std::size_t layers = m_config.hidden.size();
    if (m_config.optimizer == MlpOptimizer::Sgd) {
        for (std::size_t k = 0; k <= layers; ++k) {
            m_weights[k] -= rate * g.w[k];
            m_biases[k] -= rate * g.b[k];
        }
    } else {
        // Bias correction 1 − β^t, t = 1, 2, …: the moments start at 0 and are too small early on.
        const auto t = static_cast<double>(m_steps + 1);
        const double c1 = -std::expm1(t * std::log(kAdamBeta1));
        const double c2 = -std::expm1(t * std::log(kAdamBeta2));
        for (std::size_t k = 0; k <= layers; ++k) {
            adamUpdate(m_weights[k], m_mW[k], m_vW[k], g.w[k], rate, c1, c2);
            adamUpdate(m_biases[k], m_mb[k], m_vb[k], g.b[k], rate, c1, c2);
        }
    }
    ++m_steps;
    return out;
}

Eigen::VectorXd Mlp::parameters() const
{
    return flatten(m_weights, m_biases);
}

void Mlp::setParameters(const Eigen::VectorXd &flat)
{
    Eigen::Index at = 0;
    for (std::size_t k = 0; k < m_weights.size(); ++k) {
        Mat &w = m_weights[k];
        assert(at + w.size() + m_biases[k].size() <= flat.size());
        w = Eigen::Map<const RowMajor>(flat.data() + at, w.rows(), w.cols());
        at += w.size();
        m_biases[k] = flat.segment(at, m_biases[k].size());
        at += m_biases[k].size();
    }
}

Eigen::VectorXd Mlp::gradient(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, Eigen::Index rows) const
{
    const Network net{m_weights, m_biases, *m_activation, m_params};
    Pass pass;
    loadRows(x, 0, rows, pass);
    forward(net, pass, true);
    const Gradients g = backward(net, pass, y.head(rows));
    return flatten(g.w, g.b);
}

} // namespace actviz
