// SPDX-License-Identifier: MIT
#include "export/normexportoptions.h"

#include "export/exportarguments.h"

#include <QStringList>

std::optional<QString> NormExportOptions::apply(const QString &opt, const QString &value, NormSetup &s)
{
    if (opt == QLatin1String("--seed")) {
        if (const auto v = exportargs::integer(value); v && *v >= 0 && *v <= NormSetup::kMaxSeed)
            s.seed = *v;
        if (m_fit)
            s = NormData::of(s).fitted(s);
        return std::nullopt;
    }
    if (opt == QLatin1String("--outliers")) {
        const auto v = exportargs::integer(value);
        if (!v || *v < 0 || *v > NormSetup::kMaxOutliers)
            return tr("expected a whole number of channels from 0 to %1").arg(NormSetup::kMaxOutliers);
        s.outliers = static_cast<int>(*v);
    } else if (opt == QLatin1String("--dyt")) {
        m_fit = value.trimmed().compare(QLatin1String("fit"), Qt::CaseInsensitive) == 0;
        if (!m_fit) {
            const QStringList parts = value.split(QLatin1Char(','));
            const auto alpha = parts.size() == 2 ? exportargs::number(parts[0]).value : std::nullopt;
            const auto gamma = parts.size() == 2 ? exportargs::number(parts[1]).value : std::nullopt;
            if (!alpha || !gamma || *alpha < NormSetup::kMinAlpha || *alpha > NormSetup::kMaxAlpha ||
                *gamma < NormSetup::kMinGamma || *gamma > NormSetup::kMaxGamma)
                return tr("expected fit or α,γ with α from %1 to %2 and γ from %3 to %4")
                    .arg(NormSetup::kMinAlpha)
                    .arg(NormSetup::kMaxAlpha)
                    .arg(NormSetup::kMinGamma)
                    .arg(NormSetup::kMaxGamma);
            s.alpha = *alpha;
            s.gamma = *gamma;
        }
    } else {
        return std::nullopt;
    }
    if (m_fit)
        s = NormData::of(s).fitted(s);
    return QString();
}
