// SPDX-License-Identifier: MIT
// What the suites of core/naivenumerics share (tst_naivenumerics, tst_naivederivatives): the
// overflow edges of e^x from mpmath and a status's name for failure messages.
#pragma once

#include "naivenumerics.h"

#include <limits>

namespace naivetest {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// ln(FLT_MAX) and ln(DBL_MAX) (mpmath): e^x overflows beyond them.
inline constexpr double kLnFltMax = 88.72283905206835;
inline constexpr double kLnDblMax = 709.782712893384;

inline const char *name(actviz::NaiveStatus s)
{
    using actviz::NaiveStatus;
    switch (s) {
    case NaiveStatus::Ok: return "Ok";
    case NaiveStatus::Overflow: return "Overflow";
    case NaiveStatus::NaN: return "NaN";
    case NaiveStatus::Underflow: return "Underflow";
    case NaiveStatus::PrecisionLoss: return "PrecisionLoss";
    }
    return "?";
}

} // namespace naivetest
