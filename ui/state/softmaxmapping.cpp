// SPDX-License-Identifier: MIT
#include "state/softmaxmapping.h"

#include <algorithm>
#include <cmath>

QString SoftmaxMapping::idOf(actviz::ProbMap map)
{
    const std::string_view id = actviz::probMapId(map);
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

SoftmaxMapping SoftmaxMapping::clamped() const
{
    SoftmaxMapping m = *this;
    m.topK = std::clamp(m.topK, 0, kMaxTopK);
    m.topP = std::isfinite(m.topP) ? std::clamp(m.topP, kMinTopP, 1.0) : 1.0;
    m.gumbelSeed = std::clamp<qint64>(m.gumbelSeed, -1, kMaxSeed);
    if (m.compare == m.map)
        m.compare.reset();
    return m;
}

QJsonObject SoftmaxMapping::toJson() const
{
    return {{QStringLiteral("map"), idOf(map)},
            {QStringLiteral("compare"), compare ? idOf(*compare) : QString()},
            {QStringLiteral("topK"), topK},
            {QStringLiteral("topP"), topP},
            {QStringLiteral("gumbel"), gumbelSeed}};
}

SoftmaxMapping SoftmaxMapping::withJson(const QJsonObject &obj) const
{
    SoftmaxMapping m = *this;
    if (const auto map = actviz::probMapFromId(obj.value(QStringLiteral("map")).toString().toStdString()))
        m.map = *map;
    if (obj.contains(QStringLiteral("compare"))) {
        const QString compare = obj.value(QStringLiteral("compare")).toString();
        if (compare.isEmpty())
            m.compare.reset();
        else if (const auto known = actviz::probMapFromId(compare.toStdString()))
            m.compare = known;
    }
    m.topK = obj.value(QStringLiteral("topK")).toInt(m.topK);
    m.topP = obj.value(QStringLiteral("topP")).toDouble(m.topP);
    m.gumbelSeed = obj.value(QStringLiteral("gumbel")).toInteger(m.gumbelSeed);
    return m.clamped();
}

actviz::ProbMapOptions SoftmaxMapping::options(actviz::ProbMap which, double temperature) const
{
    actviz::ProbMapOptions o;
    o.map = which;
    o.temperature = temperature;
    o.topK = topK;
    o.topP = topP;
    if (gumbelSeed >= 0)
        o.gumbelSeed = static_cast<std::uint64_t>(gumbelSeed);
    return o;
}

bool SoftmaxMapping::isPlainSoftmax() const
{
    return map == actviz::ProbMap::Softmax && !compare && topK == 0 && topP == 1.0 && gumbelSeed < 0;
}
