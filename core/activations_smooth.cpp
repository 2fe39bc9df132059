// SPDX-License-Identifier: MIT
#include "registry.h"
#include "numerics.h"

namespace actviz {

std::span<const Activation> smoothActivations()
{
    return {};
}

} // namespace actviz
