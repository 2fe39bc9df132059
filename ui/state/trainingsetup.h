// SPDX-License-Identifier: MIT
// TrainingSetup: what the training view trains — the toy data set and the network (its
// activation is the current function, with its α and β, as in the depth view) — and how many
// epochs `actviz export --view training` trains before drawing. Part of the AppState, saved in
// settings and lessons under "training".
#pragma once

#include "mlp.h"
#include "toydata.h"

#include <QJsonObject>

struct TrainingSetup {
    static constexpr int kMinEpochs = 1;
    static constexpr int kMaxEpochs = 100000;
    static constexpr double kMinLearningRate = 1e-4;
    static constexpr double kMaxLearningRate = 10.0;

    actviz::ToyDataConfig data;
    actviz::MlpConfig net;
    int epochs = 300;

    // Every value brought into its range (layers 1…6 of 1…16 units, samples 20…2000, …).
    [[nodiscard]] TrainingSetup clamped() const;
    [[nodiscard]] QJsonObject toJson() const;
    // Reads what obj has over this setup's values (then clamped).
    [[nodiscard]] TrainingSetup withJson(const QJsonObject &obj) const;

    friend bool operator==(const TrainingSetup &a, const TrainingSetup &b);
};
