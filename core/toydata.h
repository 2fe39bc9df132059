// SPDX-License-Identifier: MIT
// Two-class toy data sets in the plane for the training view: XOR, two circles, two spirals,
// Gaussian blobs and two moons, with a noise level and a sample count, the same points for the
// same seed on every platform (NormalSampler, never std:: distributions). Labels are 0 or 1.
#pragma once

#include "result.h"

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <string_view>

namespace actviz {

enum class ToyDataset { Xor, Circles, Spirals, Blobs, Moons };

// "xor", "circles", "spirals", "blobs", "moons": identifiers (CLI, lessons), not translated.
inline constexpr std::array<std::string_view, 5> kToyDatasetNames = {"xor", "circles", "spirals", "blobs", "moons"};
[[nodiscard]] std::string_view toyDatasetName(ToyDataset d);
[[nodiscard]] Result<ToyDataset> toyDatasetFromName(std::string_view name);

inline constexpr int kMinToySamples = 20;
inline constexpr int kMaxToySamples = 2000;
inline constexpr double kMaxToyNoise = 1.0;

struct ToyDataConfig {
    ToyDataset kind = ToyDataset::Xor;
    int samples = 200;          // kMinToySamples … kMaxToySamples, train and test together
    double noise = 0.1;         // 0 … kMaxToyNoise, in units of the data's scale
    double testFraction = 0.3;  // 0 … 0.5 of the samples held out for the test loss
    std::uint64_t seed = 1;
};

// Points in roughly [−1, 1]² (inputs are not rescaled later), labels 0/1, half of each class
// (±1 for odd counts). Training rows first, then test rows; which ones are test is random
// (seeded) but the classes stay balanced in both.
struct ToyData {
    Eigen::MatrixXd x;        // n × 2
    Eigen::VectorXd y;        // n, each 0.0 or 1.0
    Eigen::Index trainRows = 0;
    [[nodiscard]] Eigen::Index testRows() const { return x.rows() - trainRows; }
};

// Errors: samples or noise or testFraction out of range (named, with the limits).
[[nodiscard]] Result<ToyData> makeToyData(const ToyDataConfig &config);

} // namespace actviz
