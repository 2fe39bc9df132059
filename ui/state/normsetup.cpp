// SPDX-License-Identifier: MIT
#include "state/normsetup.h"

#include <algorithm>
#include <cmath>

actviz::TokenBatchSpec NormSetup::batchSpec() const
{
    actviz::TokenBatchSpec spec;
    spec.seed = static_cast<std::uint64_t>(seed);
    spec.outlierChannels = outliers;
    return spec;
}

NormSetup NormSetup::clamped() const
{
    NormSetup s = *this;
    s.seed = std::clamp<std::int64_t>(s.seed, 0, kMaxSeed);
    s.outliers = std::clamp(s.outliers, 0, kMaxOutliers);
    s.alpha = std::isfinite(s.alpha) ? std::clamp(s.alpha, kMinAlpha, kMaxAlpha) : kDefaultAlpha;
    s.gamma = std::isfinite(s.gamma) ? std::clamp(s.gamma, kMinGamma, kMaxGamma) : kDefaultGamma;
    return s;
}

QJsonObject NormSetup::toJson() const
{
    return {{QStringLiteral("seed"), static_cast<double>(seed)},
            {QStringLiteral("outliers"), outliers},
            {QStringLiteral("alpha"), alpha},
            {QStringLiteral("gamma"), gamma}};
}

NormSetup NormSetup::withJson(const QJsonObject &obj) const
{
    NormSetup s = *this;
    s.seed = obj.value(QStringLiteral("seed")).toInteger(s.seed);
    s.outliers = static_cast<int>(
        std::clamp<qint64>(obj.value(QStringLiteral("outliers")).toInteger(s.outliers), -1, kMaxOutliers + 1));
    s.alpha = obj.value(QStringLiteral("alpha")).toDouble(s.alpha);
    s.gamma = obj.value(QStringLiteral("gamma")).toDouble(s.gamma);
    return s.clamped();
}

NormData NormData::of(const NormSetup &setup)
{
    NormData d;
    d.seed = setup.seed;
    d.outliers = setup.outliers;
    // A clamped spec is in range, so neither call fails; an empty batch draws nothing.
    if (auto batch = actviz::syntheticTokens(setup.clamped().batchSpec()))
        d.batch = std::move(batch).value();
    if (d.batch.x.size() == 0)
        return d;
    if (auto y = actviz::layerNormRows(d.batch.x))
        d.y = y.value().reshaped();
    d.x = d.batch.x.reshaped();
    if (auto fit = actviz::fitDyT(d.x, d.y))
        d.fit = fit.value();
    return d;
}

double NormData::residualRms(const NormSetup &setup) const
{
    return actviz::dytResidualRms(x, y, setup.alpha, setup.gamma);
}

NormSetup NormData::fitted(const NormSetup &setup) const
{
    NormSetup s = setup;
    if (fit.pairs > 0) {
        s.alpha = fit.alpha;
        s.gamma = fit.gamma;
    }
    return s.clamped();
}
