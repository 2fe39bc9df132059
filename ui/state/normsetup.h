// SPDX-License-Identifier: MIT
// NormSetup: what the LayerNorm-vs-DyT view draws (issue 13, core/tokennorm.h) — the seed and the
// number of outlier channels of the synthetic token batch, and the α and γ of the DyT curve laid
// over LayerNorm's input → output scatter. Part of the AppState, saved in settings and lessons
// under "norm". NormData is the batch and its LayerNorm, drawn from a setup by core.
#pragma once

#include "tokennorm.h"

#include <QJsonObject>

#include <cstdint>

struct NormSetup {
    static constexpr std::int64_t kMaxSeed = 2147483647;
    static constexpr int kMaxOutliers = 16;
    static constexpr double kMinAlpha = 0.001;
    static constexpr double kMaxAlpha = 10.0;
    static constexpr double kMinGamma = 0.01;
    static constexpr double kMaxGamma = 100.0;
    // DyT's initialisation in the paper: α₀ = 0.5, γ = 1.
    static constexpr double kDefaultAlpha = 0.5;
    static constexpr double kDefaultGamma = 1.0;

    std::int64_t seed = 1;
    int outliers = actviz::TokenBatchSpec().outlierChannels;
    double alpha = kDefaultAlpha;
    double gamma = kDefaultGamma;

    // The core batch these values draw (the other sizes are core's defaults).
    [[nodiscard]] actviz::TokenBatchSpec batchSpec() const;
    // Every value brought into its range (a seed or count out of range to the nearest end).
    [[nodiscard]] NormSetup clamped() const;
    [[nodiscard]] QJsonObject toJson() const;
    // Reads what obj has over these values (then clamped); a seed or count that is not a whole
    // number is left as it was.
    [[nodiscard]] NormSetup withJson(const QJsonObject &obj) const;

    friend bool operator==(const NormSetup &, const NormSetup &) = default;
};

// The batch of a setup and LayerNorm of every token, with the DyT fit to it: what the chart
// draws, computed again only when the seed or the outliers change (not for α or γ).
struct NormData {
    std::int64_t seed = -1; // of the setup it was drawn from
    int outliers = -1;
    actviz::TokenBatch batch;
    Eigen::ArrayXd x;   // every element (column-major: element t + tokens·c is x(t, c))
    Eigen::ArrayXd y;   // its LayerNorm output
    actviz::DyTFit fit; // the least-squares γ·tanh(αx), unclamped

    [[nodiscard]] static NormData of(const NormSetup &setup);
    [[nodiscard]] bool drawnFrom(const NormSetup &setup) const
    {
        return seed == setup.seed && outliers == setup.outliers;
    }
    // The RMS of y − γ·tanh(αx) for the setup's α and γ.
    [[nodiscard]] double residualRms(const NormSetup &setup) const;
    // The setup with the fit's α and γ (clamped to the setup's ranges).
    [[nodiscard]] NormSetup fitted(const NormSetup &setup) const;
};
