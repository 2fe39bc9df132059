// SPDX-License-Identifier: MIT
// GatedSetup: what the gated view draws (issue 13, core/gatedunits.h) — which unit and the square
// [−range, range]² of (a, b) its maps cover. Part of the AppState, saved in settings and lessons
// under "gated".
#pragma once

#include "gatedunits.h"

#include <QJsonObject>
#include <QString>

struct GatedSetup {
    static constexpr double kMinRange = 0.01;
    static constexpr double kMaxRange = 1000.0;
    static constexpr double kDefaultRange = 4.0;

    QString unit = QStringLiteral("swiglu"); // a core/gatedunits.h id
    double range = kDefaultRange;            // a and b from −range to range

    [[nodiscard]] const actviz::GatedUnit &gatedUnit() const;
    // Every value brought into its range; an unknown unit becomes the default.
    [[nodiscard]] GatedSetup clamped() const;
    [[nodiscard]] QJsonObject toJson() const;
    // Reads what obj has over these values (then clamped); an unknown unit is left as it was.
    [[nodiscard]] GatedSetup withJson(const QJsonObject &obj) const;

    friend bool operator==(const GatedSetup &, const GatedSetup &) = default;
};
