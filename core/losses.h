// SPDX-License-Identifier: MIT
// Why classifiers train on cross-entropy and not on squared error: for a sigmoid output
// p = σ(z) and a target y ∈ {0, 1}, the binary cross-entropy and the squared error as
// functions of the logit z, with their gradients dL/dz. When the prediction is confidently wrong
// (z = −10 for y = 1) the cross-entropy gradient is ≈ −1, a full-strength push, while the
// squared error's 2(p − y)·p(1 − p) has vanished (≈ −9e-5) with the sigmoid's slope.
//
// Multi-class needs nothing new: softmax.h has the cross-entropy −log s_target of a logit vector
// (crossEntropy) and its gradient s − onehot (crossEntropyGradient).
#pragma once

#include "result.h"

#include <Eigen/Core>

namespace actviz {

enum class BinaryTarget { Zero = 0, One = 1 };

// The target from an integer, for the CLI and UI. Errors: anything but 0 or 1.
Result<BinaryTarget> binaryTarget(int y);

// Binary cross-entropy −[y log σ(z) + (1 − y) log(1 − σ(z))] = softplus(z) − y·z, formed as
// softplus(−z) for y = 1 and softplus(z) for y = 0 with softplus(t) = max(t, 0) + log1p(e^(−|t|)):
// no log(0) and no cancellation (BCE(z = 40, y = 1) = 4.25e-18, not 0). Vectorised over z.
[[nodiscard]] Eigen::ArrayXd bceLoss(const Eigen::ArrayXd &z, BinaryTarget y);

// dBCE/dz = σ(z) − y: σ(z) for y = 0, −σ(−z) for y = 1 (which keeps its digits when σ(z) ≈ 1).
[[nodiscard]] Eigen::ArrayXd bceGradient(const Eigen::ArrayXd &z, BinaryTarget y);

// Squared error (σ(z) − y)²: σ(z)² for y = 0, σ(−z)² for y = 1.
[[nodiscard]] Eigen::ArrayXd mseLoss(const Eigen::ArrayXd &z, BinaryTarget y);

// dMSE/dz = 2(σ(z) − y)·σ(z)σ(−z), with σ(z)σ(−z) = σ'(z) formed without cancellation.
[[nodiscard]] Eigen::ArrayXd mseGradient(const Eigen::ArrayXd &z, BinaryTarget y);

// All four on `samples` uniform points of [zlo, zhi], for the loss view.
struct BinaryLossCurves {
    Eigen::ArrayXd z;
    Eigen::ArrayXd bce;
    Eigen::ArrayXd mse;
    Eigen::ArrayXd bceGradient;
    Eigen::ArrayXd mseGradient;
};
// Errors: zlo/zhi not finite or zlo ≥ zhi, samples < 2.
Result<BinaryLossCurves> binaryLossCurves(BinaryTarget y, double zlo, double zhi, int samples = 1001);

} // namespace actviz
