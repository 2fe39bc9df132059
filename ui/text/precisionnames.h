// SPDX-License-Identifier: MIT
// The names of the precisions the naive formulas run in (core/naivenumerics.h): "float16",
// "bfloat16", "float32", "float64" — in the window, lessons, `actviz export --naive` and captions
// alike (format names, not translated).
#pragma once

#include "naivenumerics.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace PrecisionNames {

inline constexpr std::array kAll = {actviz::Precision::Float16, actviz::Precision::BFloat16,
                                    actviz::Precision::Float32, actviz::Precision::Float64};

inline QString name(actviz::Precision p)
{
    switch (p) {
    case actviz::Precision::Float16: return QStringLiteral("float16");
    case actviz::Precision::BFloat16: return QStringLiteral("bfloat16");
    case actviz::Precision::Float32: return QStringLiteral("float32");
    case actviz::Precision::Float64: break;
    }
    return QStringLiteral("float64");
}

inline std::optional<actviz::Precision> fromName(const QString &text)
{
    for (const actviz::Precision p : kAll)
        if (name(p) == text)
            return p;
    return std::nullopt;
}

// "float16, bfloat16, float32 or float64", for messages.
inline QString choices()
{
    return QStringLiteral("float16, bfloat16, float32 or float64");
}

} // namespace PrecisionNames
