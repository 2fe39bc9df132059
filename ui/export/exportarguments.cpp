// SPDX-License-Identifier: MIT
#include "export/exportarguments.h"

#include "displaytext.h"
#include "numberparse.h"
#include "state/appstate.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>
#include <string_view>

// The messages keep the context they had in ExportCommand, and so their translations.
namespace exportargs {

QString elided(const QString &s)
{
    constexpr qsizetype kQuotedMax = 60;
    if (s.size() <= kQuotedMax)
        return s;
    // Not between the two halves of a character beyond the BMP (an emoji, a rare CJK ideograph).
    const qsizetype cut = s.at(kQuotedMax - 1).isHighSurrogate() ? kQuotedMax - 1 : kQuotedMax;
    return s.left(cut) + QStringLiteral("…");
}

QByteArray shown(const QString &message)
{
    return QByteArray::fromStdString(actviz::visible(message.toStdString(), true));
}

Number number(const QString &s)
{
    const QByteArray utf8 = s.trimmed().toUtf8();
    const actviz::ParsedNumber n =
        actviz::parseDecimal(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    if (n.status == actviz::ParsedNumber::Status::OutOfRange)
        return {std::nullopt,
                QCoreApplication::translate("ExportCommand", "“%1” is beyond the range of a double (±1.8e308)")
                    .arg(elided(s.trimmed()))};
    if (n.status != actviz::ParsedNumber::Status::Ok || !std::isfinite(n.value))
        return {std::nullopt, QCoreApplication::translate("ExportCommand", "expected a finite number")};
    return {n.value, QString()};
}

std::optional<qint64> integer(const QString &s)
{
    bool ok = false;
    const qint64 v = s.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<QString> range(const QString &s, std::pair<double, double> &out)
{
    const QStringList parts = s.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return QCoreApplication::translate("ExportCommand", "expected LO:HI with LO < HI (got “%1”)").arg(elided(s));
    const Number lo = number(parts[0]);
    const Number hi = number(parts[1]);
    for (const Number *n : {&lo, &hi})
        if (!n->value)
            return QCoreApplication::translate("ExportCommand", "expected LO:HI with LO < HI: %1 (got “%2”)")
                .arg(n->why, elided(s));
    if (const QString why = AppState::checkRange(*lo.value, *hi.value); !why.isEmpty())
        return why;
    out = {*lo.value, *hi.value};
    return std::nullopt;
}

} // namespace exportargs
