// SPDX-License-Identifier: MIT
// SoftmaxMapping: what the softmax view maps the typed logits with (issue 13, core/probmaps.h) —
// softmax or one of its alternatives, optionally a second map drawn beside it for comparison,
// top-k masking, top-p truncation and a Gumbel-softmax seed. Part of the AppState, saved in
// settings and lessons under "softmaxMap".
#pragma once

#include "probmaps.h"

#include <QJsonObject>
#include <QString>

struct SoftmaxMapping {
    static constexpr int kMaxTopK = 1000;   // the longest vector the view takes
    static constexpr double kMinTopP = 0.01;
    static constexpr qint64 kMaxSeed = 1000000000;

    actviz::ProbMap map = actviz::ProbMap::Softmax;
    std::optional<actviz::ProbMap> compare; // drawn beside map, if set
    int topK = 0;                           // 0: every entry
    double topP = 1.0;                      // 1: no truncation
    qint64 gumbelSeed = -1;                 // −1: no noise

    // Every value brought into its range.
    [[nodiscard]] SoftmaxMapping clamped() const;
    [[nodiscard]] QJsonObject toJson() const;
    // Reads what obj has over these values (then clamped); an unknown map name is left as it was.
    [[nodiscard]] SoftmaxMapping withJson(const QJsonObject &obj) const;
    // The options of core for `which` (map or compare) at temperature T.
    [[nodiscard]] actviz::ProbMapOptions options(actviz::ProbMap which, double temperature) const;
    // Plain softmax: no alternative, no masking, no noise (the log-softmax switch applies only then).
    [[nodiscard]] bool isPlainSoftmax() const;

    // core's id of a map as a QString ("sparsemax").
    [[nodiscard]] static QString idOf(actviz::ProbMap map);

    friend bool operator==(const SoftmaxMapping &, const SoftmaxMapping &) = default;
};
