// SPDX-License-Identifier: MIT
#include "registry.h"

#include "customactivation.h"

#include <algorithm>
#include <array>
#include <vector>

namespace actviz {

namespace {

// The documented order (the table), independent of how the group files are laid out.
constexpr std::array kOrder = {
    "identity",   "step",        "sigmoid",    "tanh",        "relu",        "relu6",
    "leaky_relu", "prelu",       "rrelu",      "elu",         "celu",        "selu",
    "gelu",       "gelu_tanh",   "silu",       "swish",       "mish",        "softplus",
    "softsign",   "hardsigmoid", "hardswish",  "hardtanh",    "logsigmoid",  "tanhshrink",
    "softshrink", "hardshrink",  "gaussian",   "arctan",      "lecun_tanh",  "symmetric_sigmoid",
    "bent_identity", "loglog",   "isru",       "squareplus",  "threshold",   "sinusoid",
    "cosine",     "sinc",        "abs",        "sign",        "exponential",
    // The 2020s (issue 13).
    "relu2",      "starrelu",    "sparse_plus", "smish",       "xielu",      "snake",
    "dyt",        "pau",
};

std::vector<Activation> buildRegistry()
{
    std::vector<Activation> all;
    for (auto part : {classicActivations(), reluActivations(), gatedActivations(), smoothActivations(),
                      piecewiseActivations(), otherActivations(), recentActivations(), pauActivations()})
        all.insert(all.end(), part.begin(), part.end());
    auto rank = [](const Activation &a) {
        return std::find(kOrder.begin(), kOrder.end(), a.id) - kOrder.begin();
    };
    std::sort(all.begin(), all.end(), [&](const Activation &a, const Activation &b) { return rank(a) < rank(b); });
    return all;
}

} // namespace

std::span<const Activation> registry()
{
    static const std::vector<Activation> all = buildRegistry();
    return all;
}

const Activation *findActivation(std::string_view id)
{
    for (const Activation &a : registry())
        if (a.id == id)
            return &a;
    return findCustom(id); // a typed formula defined by defineCustom()
}

std::string activationIds()
{
    std::string ids;
    for (const Activation &a : registry()) {
        if (!ids.empty())
            ids += ", ";
        ids += a.id;
    }
    return ids;
}

std::string_view groupName(Group g)
{
    switch (g) {
    case Group::Classic: return "Classic";
    case Group::ReluFamily: return "ReLU family";
    case Group::SmoothModern: return "Smooth modern";
    case Group::HardPiecewise: return "Hard / piecewise";
    case Group::Shrink: return "Shrink";
    case Group::Other: return "Other";
    case Group::Recent: return "The 2020s";
    }
    return "Other";
}

} // namespace actviz
