// SPDX-License-Identifier: MIT
#include "toydata.h"

#include "inlinemath.h"
#include "normalsampler.h"
#include "shuffle.h"

#include <charconv>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

namespace actviz {

namespace {

// The noise is a Gaussian jitter of standard deviation noise × scale, the scale chosen per set
// so that noise = 1 makes the classes overlap visibly but not completely: about half the
// distance between the classes at noise 0 (xor and blobs: centres 1 and 1.13 apart; circles: radii
// 0.3 and 0.8; spirals: arms 0.32 apart; moons: 0.3 apart at their closest).
constexpr double kXorNoiseScale = 0.5;
constexpr double kCirclesNoiseScale = 0.25;
constexpr double kSpiralsNoiseScale = 0.15;
constexpr double kBlobsNoiseScale = 0.5;
constexpr double kMoonsNoiseScale = 0.25;

constexpr double kXorCentre = 0.5;
constexpr double kInnerRadius = 0.3; // label 1
constexpr double kOuterRadius = 0.8; // label 0
constexpr double kSpiralTurns = 1.5;
constexpr double kSpiralInnerRadius = 0.05; // the arms start apart, not both at the origin
constexpr double kBlobCentre = 0.4;
// scikit-learn's make_moons shape (x ∈ [−1, 2], y ∈ [−0.5, 1]) centred and scaled by kMoonsScale
// into x ∈ [−0.9, 0.9], y ∈ [−0.45, 0.45].
constexpr double kMoonsScale = 0.6;

// Streams of NormalSampler(seed): the points, and which of them are held out.
constexpr std::uint64_t kPointStream = 0;
constexpr std::uint64_t kSplitStream = 1;

std::string shortest(double v)
{
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

double noiseScale(ToyDataset kind)
{
    switch (kind) {
    case ToyDataset::Xor:
        return kXorNoiseScale;
    case ToyDataset::Circles:
        return kCirclesNoiseScale;
    case ToyDataset::Spirals:
        return kSpiralsNoiseScale;
    case ToyDataset::Blobs:
        return kBlobsNoiseScale;
    case ToyDataset::Moons:
        return kMoonsNoiseScale;
    }
    return 0.0;
}

struct Point {
    double x = 0.0;
    double y = 0.0;
};

Point onCircle(double radius, double angle)
{
    const num::SinCos sc = num::sinCosInline(angle); // not libm: the same bits on every platform
    return {radius * sc.cos, radius * sc.sin};
}

// Point i of a class before the noise; u is uniform in [0, 1).
Point basePoint(ToyDataset kind, int label, Eigen::Index i, double u)
{
    constexpr double pi = std::numbers::pi;
    switch (kind) {
    case ToyDataset::Xor: {
        // Label 1 where x·y > 0; a class's two clusters take turns, so each has half its points.
        const double sx = i % 2 == 0 ? 1.0 : -1.0;
        const double sy = label == 1 ? sx : -sx;
        return {sx * kXorCentre, sy * kXorCentre};
    }
    case ToyDataset::Circles:
        return onCircle(label == 1 ? kInnerRadius : kOuterRadius, 2.0 * pi * u);
    case ToyDataset::Spirals: {
        const double r = kSpiralInnerRadius + (1.0 - kSpiralInnerRadius) * u;
        return onCircle(r, 2.0 * pi * kSpiralTurns * u + (label == 1 ? pi : 0.0));
    }
    case ToyDataset::Blobs: {
        const double c = label == 1 ? kBlobCentre : -kBlobCentre;
        return {c, c};
    }
    case ToyDataset::Moons: {
        const Point p = onCircle(1.0, pi * u);
        const Point moon = label == 0 ? p : Point{1.0 - p.x, 0.5 - p.y};
        return {(moon.x - 0.5) * kMoonsScale, (moon.y - 0.25) * kMoonsScale};
    }
    }
    return {};
}

Result<std::monostate> checkConfig(const ToyDataConfig &c)
{
    if (c.samples < kMinToySamples || c.samples > kMaxToySamples)
        return fail("the number of samples must be between " + std::to_string(kMinToySamples) + " and " +
                    std::to_string(kMaxToySamples) + " (got " + std::to_string(c.samples) + ")");
    if (!(c.noise >= 0.0 && c.noise <= kMaxToyNoise)) // NaN fails too
        return fail("the noise must be between 0 and " + shortest(kMaxToyNoise) + " (got " + shortest(c.noise) + ")");
    if (!(c.testFraction >= 0.0 && c.testFraction <= 0.5))
        return fail("the test fraction must be between 0 and 0.5 (got " + shortest(c.testFraction) + ")");
    return std::monostate{};
}

} // namespace

std::string_view toyDatasetName(ToyDataset d)
{
    return kToyDatasetNames[static_cast<std::size_t>(d)];
}

Result<ToyDataset> toyDatasetFromName(std::string_view name)
{
    for (std::size_t k = 0; k < kToyDatasetNames.size(); ++k)
        if (kToyDatasetNames[k] == name)
            return static_cast<ToyDataset>(k);
    std::string valid;
    for (std::string_view n : kToyDatasetNames)
        valid += (valid.empty() ? "" : ", ") + std::string(n);
    return fail("unknown data set '" + std::string(name) + "' (valid: " + valid + ")");
}

Result<ToyData> makeToyData(const ToyDataConfig &config)
{
    if (auto ok = checkConfig(config); !ok)
        return fail(ok.error());
    const Eigen::Index n = config.samples;
    const Eigen::Index perClass[2] = {n - n / 2, n / 2};
    const double sigma = config.noise * noiseScale(config.kind);

    // All points, class 0 first; every point takes one uniform and two normal numbers, whatever
    // the set and the noise, so that the stream is laid out the same way for all of them.
    Eigen::MatrixXd points(n, 2);
    Eigen::VectorXd labels(n);
    NormalSampler rng(config.seed, kPointStream);
    Eigen::Index row = 0;
    for (int label = 0; label < 2; ++label) {
        for (Eigen::Index i = 0; i < perClass[label]; ++i, ++row) {
            const Point p = basePoint(config.kind, label, i, rng.uniform());
            const double dx = rng();
            const double dy = rng();
            points(row, 0) = p.x + sigma * dx;
            points(row, 1) = p.y + sigma * dy;
            labels[row] = label;
        }
    }

    // The test rows: a random subset of each class, half of them from each (the larger half from
    // class 0, which is the larger class for odd counts).
    const auto testRows = static_cast<Eigen::Index>(std::llround(config.testFraction * static_cast<double>(n)));
    const Eigen::Index testPerClass[2] = {testRows - testRows / 2, testRows / 2};
    NormalSampler split(config.seed, kSplitStream);
    std::vector<Eigen::Index> train;
    std::vector<Eigen::Index> test;
    Eigen::Index first = 0;
    for (int label = 0; label < 2; ++label) {
        std::vector<Eigen::Index> members(static_cast<std::size_t>(perClass[label]));
        for (std::size_t k = 0; k < members.size(); ++k)
            members[k] = first + static_cast<Eigen::Index>(k);
        seededShuffle(members, split);
        const auto cut = members.begin() + testPerClass[label];
        test.insert(test.end(), members.begin(), cut);
        train.insert(train.end(), cut, members.end());
        first += perClass[label];
    }
    // Mixed, so that any prefix of either block has both classes.
    seededShuffle(train, split);
    seededShuffle(test, split);

    ToyData data;
    data.x.resize(n, 2);
    data.y.resize(n);
    data.trainRows = static_cast<Eigen::Index>(train.size());
    row = 0;
    for (const std::vector<Eigen::Index> *block : {&train, &test}) {
        for (Eigen::Index src : *block) {
            data.x.row(row) = points.row(src);
            data.y[row] = labels[src];
            ++row;
        }
    }
    return data;
}

} // namespace actviz
