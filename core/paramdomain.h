// SPDX-License-Identifier: MIT
// Validation of an activation's (α, β) against the domains its descriptor declares, shared by
// every core/ computation that takes a function and its parameters (depth simulation,
// statistics, comparison), so that they all reject a bad value with the same message.
#pragma once

#include "activation.h"
#include "result.h"

#include <variant>

namespace actviz {

// Succeeds when every used parameter is finite and inside its ParamSpec::inDomain; otherwise
// the message names the parameter, its value and the domain, e.g.
// "alpha = 0 is outside the domain of celu (≠ 0)". Unused parameters are not looked at.
Result<std::monostate> checkParams(const Activation &f, const Params &p);

} // namespace actviz
