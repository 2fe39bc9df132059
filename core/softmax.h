// SPDX-License-Identifier: MIT
// Softmax of z/T with a temperature T, its logarithm, its Jacobian, and the cross-entropy
// loss against a target class with its gradient: the numbers the softmax view and
// `actviz softmax` show. All are stable for any finite input ([1000, 1001, 1002] and
// [-1000, -1001] included) because the maximum is subtracted first.
//
// Entries equal to -inf are masks: their probability is exactly 0 and their log-probability
// -inf. Errors (Result without a value): an empty vector, a NaN or +inf entry, every entry
// masked, a temperature that is not a finite number > 0, a target class out of range.
#pragma once

#include "result.h"

#include <Eigen/Core>

namespace actviz {

using VectorRef = Eigen::Ref<const Eigen::VectorXd>;

// s_i = exp(z_i/T) / Σ_j exp(z_j/T). The entries sum to 1 within a few ulp.
Result<Eigen::VectorXd> softmax(const VectorRef &z, double temperature = 1.0);

// log s_i = (z_i − max)/T − log Σ_j exp((z_j − max)/T), accurate also where s_i underflows
// (log-softmax of [0, -1000] is [0, -1000], not [0, -inf]).
Result<Eigen::VectorXd> logSoftmax(const VectorRef &z, double temperature = 1.0);

// ∂s/∂z = (diag(s) − s·sᵀ)/T, an n×n symmetric matrix whose rows sum to 0.
Result<Eigen::MatrixXd> softmaxJacobian(const VectorRef &z, double temperature = 1.0);

// −log s_target for a 0-based target class: 0 when the target takes all the probability,
// +inf when the target is masked.
Result<double> crossEntropy(const VectorRef &z, Eigen::Index target, double temperature = 1.0);

// The gradient of crossEntropy with respect to z: (s − onehot(target))/T. (With respect to the
// scaled logits z/T it is s − onehot, i.e. this times T.)
Result<Eigen::VectorXd> crossEntropyGradient(const VectorRef &z, Eigen::Index target, double temperature = 1.0);

} // namespace actviz
