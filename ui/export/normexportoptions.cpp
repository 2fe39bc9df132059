// SPDX-License-Identifier: MIT
#include "export/normexportoptions.h"

#include <QStringList>

#include <cmath>

namespace {

std::optional<double> toNumber(const QString &s)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<qint64> toInteger(const QString &s)
{
    bool ok = false;
    const qint64 v = s.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

std::optional<QString> NormExportOptions::apply(const QString &opt, const QString &value, NormSetup &s)
{
    if (opt == QLatin1String("--seed")) {
        if (const auto v = toInteger(value); v && *v >= 0 && *v <= NormSetup::kMaxSeed)
            s.seed = *v;
        if (m_fit)
            s = NormData::of(s).fitted(s);
        return std::nullopt;
    }
    if (opt == QLatin1String("--outliers")) {
        const auto v = toInteger(value);
        if (!v || *v < 0 || *v > NormSetup::kMaxOutliers)
            return tr("expected a whole number of channels from 0 to %1, not “%2”")
                .arg(NormSetup::kMaxOutliers)
                .arg(value);
        s.outliers = static_cast<int>(*v);
    } else if (opt == QLatin1String("--dyt")) {
        m_fit = value.trimmed().compare(QLatin1String("fit"), Qt::CaseInsensitive) == 0;
        if (!m_fit) {
            const QStringList parts = value.split(QLatin1Char(','));
            const auto alpha = parts.size() == 2 ? toNumber(parts[0]) : std::nullopt;
            const auto gamma = parts.size() == 2 ? toNumber(parts[1]) : std::nullopt;
            if (!alpha || !gamma || *alpha < NormSetup::kMinAlpha || *alpha > NormSetup::kMaxAlpha ||
                *gamma < NormSetup::kMinGamma || *gamma > NormSetup::kMaxGamma)
                return tr("expected fit or α,γ with α from %1 to %2 and γ from %3 to %4, not “%5”")
                    .arg(NormSetup::kMinAlpha)
                    .arg(NormSetup::kMaxAlpha)
                    .arg(NormSetup::kMinGamma)
                    .arg(NormSetup::kMaxGamma)
                    .arg(value);
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
