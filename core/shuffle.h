// SPDX-License-Identifier: MIT
// A seeded Fisher–Yates shuffle on NormalSampler::uniform(), the same permutation on every
// platform for a given stream (std::shuffle's use of the engine is unspecified). Internal to
// core/: the toy data's test split and the network's mini-batch order.
#pragma once

#include "normalsampler.h"

#include <Eigen/Core>

#include <algorithm>
#include <span>
#include <utility>

namespace actviz {

inline void seededShuffle(std::span<Eigen::Index> v, NormalSampler &rng)
{
    for (std::size_t i = v.size(); i > 1; --i) {
        // u·i can round up to i when u is within an ulp of 1: hence the min.
        const auto j = std::min(static_cast<std::size_t>(rng.uniform() * static_cast<double>(i)), i - 1);
        std::swap(v[i - 1], v[j]);
    }
}

} // namespace actviz
