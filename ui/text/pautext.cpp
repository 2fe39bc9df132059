// SPDX-License-Identifier: MIT
#include "text/pautext.h"

#include "numberparse.h"

#include <QStringList>

#include <cmath>

namespace {

QString shortest(double v)
{
    return QString::fromStdString(actviz::shortestText(v));
}

template <std::size_t N> QString listText(const std::array<double, N> &values)
{
    QStringList parts;
    for (double v : values)
        parts.append(shortest(v));
    return parts.join(QStringLiteral(", "));
}

// One polynomial's comma-separated coefficients into out, or why not.
template <std::size_t N> QString readList(const QString &text, const QString &which, std::array<double, N> &out)
{
    const QStringList tokens = text.split(QLatin1Char(','));
    if (tokens.size() != static_cast<qsizetype>(N))
        return PauText::tr("the %1 needs %2 coefficients separated by commas, got %3")
            .arg(which)
            .arg(N)
            .arg(tokens.size());
    for (std::size_t i = 0; i < N; ++i) {
        const QString token = tokens[static_cast<qsizetype>(i)].trimmed();
        const actviz::ParsedNumber n = actviz::parseDecimal(token.toStdString());
        if (n.status == actviz::ParsedNumber::Status::OutOfRange)
            return PauText::tr("“%1” is beyond the range of a double").arg(token);
        if (n.status != actviz::ParsedNumber::Status::Ok)
            return PauText::tr("“%1” is not a number").arg(token);
        if (!(std::fabs(n.value) <= actviz::kPauCoefficientLimit))
            return PauText::tr("“%1”: a coefficient must be finite, at most %2 in magnitude")
                .arg(token)
                .arg(actviz::kPauCoefficientLimit);
        out[i] = n.value;
    }
    return {};
}

} // namespace

PauText::Parsed PauText::parse(const QString &numerator, const QString &denominator)
{
    actviz::PauCoefficients c;
    if (QString e = readList(numerator, tr("numerator"), c.a); !e.isEmpty())
        return e;
    if (QString e = readList(denominator, tr("denominator"), c.b); !e.isEmpty())
        return e;
    return c;
}

PauText::Parsed PauText::parse(const QString &both)
{
    const QStringList halves = both.split(QLatin1Char('/'));
    if (halves.size() != 2)
        return tr("“%1” is not “a0,a1,a2,a3,a4,a5/b1,b2,b3,b4” (6 numerator coefficients, “/”, 4 denominator "
                  "coefficients)")
            .arg(both);
    return parse(halves[0], halves[1]);
}

QString PauText::numeratorText(const actviz::PauCoefficients &c)
{
    return listText(c.a);
}

QString PauText::denominatorText(const actviz::PauCoefficients &c)
{
    return listText(c.b);
}

QString PauText::formula(const actviz::PauCoefficients &c)
{
    return QStringLiteral("P: %1 / S: %2").arg(numeratorText(c), denominatorText(c));
}
