// SPDX-License-Identifier: MIT
#include "state/paujson.h"

#include <QJsonArray>

#include <cmath>

namespace {

const QString kNumerator = QStringLiteral("numerator");
const QString kDenominator = QStringLiteral("denominator");

template <std::size_t N> QJsonArray toArray(const std::array<double, N> &values)
{
    QJsonArray out;
    for (double v : values)
        out.append(v);
    return out;
}

// One polynomial's coefficients into out, or why not.
template <std::size_t N>
QString readArray(const QJsonObject &obj, const QString &name, const QString &key, std::array<double, N> &out)
{
    const QString where = key + QLatin1Char('.') + name;
    const QJsonValue v = obj.value(name);
    if (!v.isArray() || v.toArray().size() != static_cast<qsizetype>(N))
        return PauJson::tr("“%1” must be an array of %2 numbers").arg(where).arg(N);
    const QJsonArray array = v.toArray();
    for (std::size_t i = 0; i < N; ++i) {
        const QJsonValue e = array.at(static_cast<qsizetype>(i));
        const QString entry = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!e.isDouble())
            return PauJson::tr("“%1” must be a number").arg(entry);
        if (!(std::fabs(e.toDouble()) <= actviz::kPauCoefficientLimit))
            return PauJson::tr("“%1” is %2; a coefficient is at most %3 in magnitude")
                .arg(entry)
                .arg(e.toDouble())
                .arg(actviz::kPauCoefficientLimit);
        out[i] = e.toDouble();
    }
    return {};
}

} // namespace

QJsonObject PauJson::toJson(const actviz::PauCoefficients &c)
{
    return QJsonObject{{kNumerator, toArray(c.a)}, {kDenominator, toArray(c.b)}};
}

std::variant<actviz::PauCoefficients, QString> PauJson::fromJson(const QJsonValue &v, const QString &key)
{
    if (!v.isObject())
        return tr("“%1” must be an object with “%2” (6 numbers) and “%3” (4 numbers)")
            .arg(key, kNumerator, kDenominator);
    const QJsonObject obj = v.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (it.key() != kNumerator && it.key() != kDenominator)
            return tr("“%1” has an unknown key “%2”").arg(key, it.key());
    actviz::PauCoefficients c;
    if (QString e = readArray(obj, kNumerator, key, c.a); !e.isEmpty())
        return e;
    if (QString e = readArray(obj, kDenominator, key, c.b); !e.isEmpty())
        return e;
    return c;
}

QString PauJson::check(const QJsonValue &v, const QString &key)
{
    const auto c = fromJson(v, key);
    const QString *error = std::get_if<QString>(&c);
    return error ? *error : QString();
}
