// SPDX-License-Identifier: MIT
// The registry: every activation actviz knows, in a fixed order, looked up by id.
#pragma once

#include "activation.h"

#include <span>
#include <string>
#include <string_view>

namespace actviz {

// All activations, in the documented order (identity, step, sigmoid, …, exponential).
[[nodiscard]] std::span<const Activation> registry();

// The activation with this id, or nullptr.
[[nodiscard]] const Activation *findActivation(std::string_view id);

// Comma-separated list of every id (for error messages).
[[nodiscard]] std::string activationIds();

[[nodiscard]] std::string_view groupName(Group g);

// Parts of the registry, one per group file.
std::span<const Activation> classicActivations();
std::span<const Activation> reluActivations();
std::span<const Activation> gatedActivations();
std::span<const Activation> smoothActivations();
std::span<const Activation> piecewiseActivations();
std::span<const Activation> otherActivations();
std::span<const Activation> recentActivations();
std::span<const Activation> pauActivations();

} // namespace actviz
