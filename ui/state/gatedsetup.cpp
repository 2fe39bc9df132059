// SPDX-License-Identifier: MIT
#include "state/gatedsetup.h"

#include <algorithm>
#include <cmath>

const actviz::GatedUnit &GatedSetup::gatedUnit() const
{
    const actviz::GatedUnit *u = actviz::findGatedUnit(unit.toStdString());
    return u ? *u : *actviz::findGatedUnit("swiglu");
}

GatedSetup GatedSetup::clamped() const
{
    GatedSetup s = *this;
    if (!actviz::findGatedUnit(s.unit.toStdString()))
        s.unit = GatedSetup().unit;
    s.range = std::isfinite(s.range) ? std::clamp(s.range, kMinRange, kMaxRange) : kDefaultRange;
    return s;
}

QJsonObject GatedSetup::toJson() const
{
    return {{QStringLiteral("unit"), unit}, {QStringLiteral("range"), range}};
}

GatedSetup GatedSetup::withJson(const QJsonObject &obj) const
{
    GatedSetup s = *this;
    const QString u = obj.value(QStringLiteral("unit")).toString();
    if (actviz::findGatedUnit(u.toStdString()))
        s.unit = u;
    s.range = obj.value(QStringLiteral("range")).toDouble(s.range);
    return s.clamped();
}
