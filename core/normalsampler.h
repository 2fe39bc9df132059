// SPDX-License-Identifier: MIT
// Standard-normal random numbers that are the same on every platform for a given seed: the
// depth simulation must draw the same network on Linux, Windows and macOS. std::mt19937_64 and
// std::seed_seq are specified bit for bit by the C++ standard; std::normal_distribution is not
// (libstdc++, libc++ and MSVC use different algorithms), so the normal transform is our own:
// Marsaglia and Tsang's ziggurat with 128 layers in Doornik's formulation (2005). Speed matters
// (a 512 × 100 network has 26 million weights), and the engine is the bottleneck, so each 64-bit
// draw serves two numbers: each 32-bit half gives the layer (7 bits) and the abscissa (the other
// 25 bits, disjoint so that they are independent). About 99% of numbers take only that half; the
// resolution is a step of x_layer·2^-24 ≤ 2.1e-7, immaterial for random weights and inputs.
//
// Platform independence holds wherever libm's exp and log round the same way: the layer table
// is computed with them once, and the rare slow path (wedges, tail) calls them; the fast path is
// table look-ups and IEEE multiplications only.
#pragma once

#include <cstdint>
#include <random>

namespace actviz {

namespace detail {
struct ZigTable;
}

class NormalSampler {
public:
    // Independent streams for one seed: stream k is seeded with seed_seq{seed (two 32-bit
    // halves), k}, so that layer k of a network can be drawn without drawing layers 0…k−1.
    explicit NormalSampler(std::uint64_t seed, std::uint64_t stream = 0);

    // One N(0, 1) number.
    [[nodiscard]] double operator()();

    // n numbers into out[0…n−1], in order; the float form stores scale·(number) rounded once.
    void fill(double *out, std::size_t n);
    void fill(float *out, std::size_t n, double scale);

    // A uniform double in [0, 1) from the top 53 bits of one draw.
    [[nodiscard]] double uniform();

private:
    double next(const detail::ZigTable &t);
    std::uint32_t nextHalf();
    double slowPath(const detail::ZigTable &t, double u, unsigned layer);
    double tail(bool negative);

    std::mt19937_64 m_engine;
    std::uint32_t m_half = 0; // the upper half of the last draw, not used yet
    bool m_haveHalf = false;
};

} // namespace actviz
