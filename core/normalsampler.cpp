// SPDX-License-Identifier: MIT
#include "normalsampler.h"

#include <array>
#include <cmath>

namespace actviz {

namespace {

// Doornik, "An improved ziggurat method to generate normal random samples" (2005): 128 layers
// of equal area kZigV under e^(−x²/2), the base layer extended by the tail beyond kZigR.
constexpr int kZigLayers = 128;
constexpr double kZigR = 3.442619855899;
constexpr double kZigV = 9.91256303526217e-3;

} // namespace

struct detail::ZigTable {
    std::array<double, kZigLayers + 1> x{}; // layer edges, x[0] > x[1] = R > … > x[128] = 0
    std::array<double, kZigLayers> ratio{}; // x[i+1]/x[i]: below it, the point is inside for sure
};

namespace {

using detail::ZigTable;

ZigTable makeTable()
{
    ZigTable t;
    double f = std::exp(-0.5 * kZigR * kZigR);
    t.x[0] = kZigV / f;
    t.x[1] = kZigR;
    t.x[kZigLayers] = 0.0;
    for (int i = 2; i < kZigLayers; ++i) {
        t.x[i] = std::sqrt(-2.0 * std::log(kZigV / t.x[i - 1] + f));
        f = std::exp(-0.5 * t.x[i] * t.x[i]);
    }
    for (int i = 0; i < kZigLayers; ++i)
        t.ratio[i] = t.x[i + 1] / t.x[i];
    return t;
}

const ZigTable &table()
{
    static const ZigTable t = makeTable();
    return t;
}

std::mt19937_64 seeded(std::uint64_t seed, std::uint64_t stream)
{
    std::seed_seq seq{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                      static_cast<std::uint32_t>(stream), static_cast<std::uint32_t>(stream >> 32)};
    return std::mt19937_64(seq);
}

constexpr double kTwoPowMinus53 = 0x1p-53;

} // namespace

NormalSampler::NormalSampler(std::uint64_t seed, std::uint64_t stream) : m_engine(seeded(seed, stream)) {}

double NormalSampler::uniform() { return static_cast<double>(m_engine() >> 11) * kTwoPowMinus53; }

std::uint32_t NormalSampler::nextHalf()
{
    if (m_haveHalf) {
        m_haveHalf = false;
        return m_half;
    }
    const std::uint64_t bits = m_engine();
    m_half = static_cast<std::uint32_t>(bits >> 32);
    m_haveHalf = true;
    return static_cast<std::uint32_t>(bits);
}

namespace {

constexpr int kLayerBits = 7;
constexpr double kTwoPowMinus25 = 0x1p-25;

// The abscissa of a half: (2j + 1)/2^25 − 1 for the upper 25 bits j, i.e. odd multiples of 2^-25
// in (−1, 1), symmetric about 0 and never 0 itself.
double abscissa(std::uint32_t half)
{
    const double j = static_cast<double>(half >> kLayerBits);
    return (2.0 * j + 1.0) * kTwoPowMinus25 - 1.0;
}

unsigned layerOf(std::uint32_t half) { return half & (kZigLayers - 1); }

} // namespace

inline double NormalSampler::next(const ZigTable &t)
{
    const std::uint32_t half = nextHalf();
    const double u = abscissa(half);
    const unsigned layer = layerOf(half);
    if (std::fabs(u) < t.ratio[layer])
        return u * t.x[layer];
    return slowPath(t, u, layer);
}

double NormalSampler::operator()() { return next(table()); }

double NormalSampler::slowPath(const ZigTable &t, double u, unsigned layer)
{
    for (;;) {
        if (layer == 0)
            return tail(u < 0.0);
        // The wedge between the layer's rectangle and the curve: accept under e^(−x²/2).
        const double x = u * t.x[layer];
        const double f0 = std::exp(-0.5 * (t.x[layer] * t.x[layer] - x * x));
        const double f1 = std::exp(-0.5 * (t.x[layer + 1] * t.x[layer + 1] - x * x));
        if (f1 + uniform() * (f0 - f1) < 1.0)
            return x;
        const std::uint32_t half = nextHalf();
        u = abscissa(half);
        layer = layerOf(half);
        if (std::fabs(u) < t.ratio[layer])
            return u * t.x[layer];
    }
}

// Marsaglia's tail method beyond R; 1 − uniform() lies in (0, 1], so the logarithms are finite.
double NormalSampler::tail(bool negative)
{
    double x = 0.0;
    double y = 0.0;
    do {
        x = std::log(1.0 - uniform()) / kZigR;
        y = std::log(1.0 - uniform());
    } while (-2.0 * y < x * x);
    return negative ? x - kZigR : kZigR - x;
}

void NormalSampler::fill(double *out, std::size_t n)
{
    const ZigTable &t = table();
    for (std::size_t i = 0; i < n; ++i)
        out[i] = next(t);
}

void NormalSampler::fill(float *out, std::size_t n, double scale)
{
    const ZigTable &t = table();
    for (std::size_t i = 0; i < n; ++i)
        out[i] = static_cast<float>(scale * next(t));
}

} // namespace actviz
