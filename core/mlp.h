// SPDX-License-Identifier: MIT
// A small multilayer perceptron for two-class data in the plane, the network of the training
// view: 2 inputs, 1–6 hidden layers of 1–16 units with any registry activation (its α, β), one
// sigmoid output trained on binary cross-entropy computed from the logit (log1p/softplus form:
// no log(0)), full-batch or mini-batch SGD or Adam, Xavier or He initialisation. Gradients are
// exact backpropagation through the activation's own derivative (the descriptor's df). The same
// seed gives bit-identical runs: weights and mini-batch order come from NormalSampler streams.
#pragma once

#include "activation.h"
#include "result.h"

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace actviz {

inline constexpr int kMaxMlpLayers = 6;
inline constexpr int kMaxMlpUnits = 16;

enum class MlpInit { Xavier, He };
enum class MlpOptimizer { Sgd, Adam };

struct MlpConfig {
    std::vector<int> hidden{8, 8}; // units per hidden layer: 1…kMaxMlpLayers layers of 1…kMaxMlpUnits
    MlpInit init = MlpInit::Xavier;
    MlpOptimizer optimizer = MlpOptimizer::Adam;
    double learningRate = 0.03; // > 0 and ≤ 10
    int batchSize = 0;          // 0: full batch; else 1…number of training rows
    double epsilon = 0.05;      // |f′| below this counts as saturated in the statistics
    std::uint64_t seed = 1;
};

// One hidden layer after a step, over the rows the step used.
struct MlpLayerStats {
    double meanAbsWeightGradient = 0.0; // mean |∂L/∂W| over the layer's weights
    double deadFraction = 0.0;          // units with f′(z) = 0 on every row
    double saturatedFraction = 0.0;     // units with |f′(z)| < epsilon on every row
};

struct MlpStep {
    double loss = 0.0;                 // mean cross-entropy of the rows used, before the update
    std::vector<MlpLayerStats> layers; // one per hidden layer, input side first
};

class Mlp
{
public:
    // Errors: layer or unit counts, learning rate, batch size (checked against trainRows later),
    // the activation's parameters outside their domain.
    [[nodiscard]] static Result<Mlp> create(const MlpConfig &config, const Activation &activation,
                                            const Params &params);

    // p = σ(logit) for each row of x (n × 2), and the logits themselves.
    [[nodiscard]] Eigen::VectorXd predict(const Eigen::MatrixXd &x) const;
    [[nodiscard]] Eigen::VectorXd logits(const Eigen::MatrixXd &x) const;
    // Mean binary cross-entropy of rows [begin, begin + count) of (x, y), from the logits.
    [[nodiscard]] double loss(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, Eigen::Index begin,
                              Eigen::Index count) const;

    // One update on the training rows [0, trainRows) of (x, y): the whole set, or the next
    // mini-batch of a seeded shuffle (a new shuffle each epoch). A batchSize ≥ trainRows means
    // the full batch; trainRows = 0 changes nothing and reports a NaN loss.
    MlpStep step(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, Eigen::Index trainRows);
    [[nodiscard]] long long steps() const { return m_steps; }
    // Steps per pass over the training rows (1 for full batch).
    [[nodiscard]] long long stepsPerEpoch(Eigen::Index trainRows) const;

    // All weights and biases as one vector (layer by layer: W row-major, then b), the gradient
    // of the mean loss over rows [0, rows) in the same order: for finite-difference tests.
    [[nodiscard]] Eigen::VectorXd parameters() const;
    void setParameters(const Eigen::VectorXd &flat);
    [[nodiscard]] Eigen::VectorXd gradient(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, Eigen::Index rows) const;

    [[nodiscard]] const MlpConfig &config() const { return m_config; }
    [[nodiscard]] int hiddenLayers() const { return static_cast<int>(m_config.hidden.size()); }

private:
    Mlp(const MlpConfig &config, const Activation &activation, const Params &params);

    MlpConfig m_config;
    const Activation *m_activation;
    Params m_params;
    std::vector<Eigen::MatrixXd> m_weights; // layer l: out × in
    std::vector<Eigen::VectorXd> m_biases;
    // Adam moments, same shapes.
    std::vector<Eigen::MatrixXd> m_mW, m_vW;
    std::vector<Eigen::VectorXd> m_mb, m_vb;
    std::vector<Eigen::Index> m_order; // mini-batch shuffle
    Eigen::Index m_cursor = 0;
    std::uint64_t m_epochs = 0; // shuffles drawn so far: epoch e's order is its own stream
    long long m_steps = 0;
};

} // namespace actviz
