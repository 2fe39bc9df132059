// SPDX-License-Identifier: MIT
// What the saturation test suites (tst_saturation, tst_saturationreference) share: the interval
// kinds as ints for QList<int> columns, and a result written out for failure messages.
#pragma once

#include "saturation.h"

#include <QByteArray>

#include <vector>

namespace coretest {

inline constexpr int S = static_cast<int>(actviz::SaturationKind::Saturated);
inline constexpr int D = static_cast<int>(actviz::SaturationKind::Dead);

inline QByteArray describe(const std::vector<actviz::SaturationInterval> &v)
{
    QByteArray s = "got:";
    for (const actviz::SaturationInterval &i : v)
        s += " [" + QByteArray::number(i.lo, 'g', 17) + ", " + QByteArray::number(i.hi, 'g', 17) + "]" +
             (i.kind == actviz::SaturationKind::Dead ? "dead" : "saturated");
    return s;
}

} // namespace coretest
