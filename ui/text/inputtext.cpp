// SPDX-License-Identifier: MIT
#include "text/inputtext.h"

#include "vectorparser.h"

namespace {

QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

QString InputText::vectorError(const QString &text, Eigen::VectorXd *parsed)
{
    const QByteArray utf8 = text.toUtf8();
    const actviz::VectorParseResult r =
        actviz::parseVector(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    if (r) {
        if (parsed)
            *parsed = r.value();
        return {};
    }
    const actviz::VectorParseError &e = r.error();
    const QString token = fromUtf8(e.token);
    using K = actviz::VectorParseError::Kind;
    switch (e.kind) {
    case K::EmptyInput:
        return tr("Type at least one number.");
    case K::EmptyEntry:
        return tr("Entry %1 is empty (two separators in a row, or one at an end).").arg(e.entry);
    case K::NotANumber:
        return tr("Entry %1 (“%2”) is not a number.").arg(e.entry).arg(token);
    case K::NaN:
        return tr("Entry %1 (“%2”): NaN is not allowed.").arg(e.entry).arg(token);
    case K::PlusInfinity:
        return tr("Entry %1 (“%2”): only −inf (a masked entry) is allowed, not +inf.").arg(e.entry).arg(token);
    case K::OutOfRange:
        return tr("Entry %1 (“%2”) is beyond the range of a double (±1.8e308); write −inf to mask an entry.")
            .arg(e.entry)
            .arg(token);
    case K::TooManyEntries:
        return tr("The vector has %1 entries; at most %2 are allowed.").arg(e.count).arg(actviz::kMaxVectorEntries);
    case K::AllMasked:
        return tr("Every entry is −inf: nothing is left to normalise.");
    case K::UnbalancedBracket:
        return tr("The brackets [ ] do not match.");
    }
    return fromUtf8(e.message);
}

QString InputText::outcomesError(const QString &text, actviz::BernoulliCounts *counts)
{
    const QByteArray utf8 = text.toUtf8();
    const auto r = actviz::parseOutcomes(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    if (r) {
        if (counts)
            *counts = r.value();
        return {};
    }
    const actviz::OutcomeError &e = r.error();
    Eigen::VectorXd values;
    const QString syntax = vectorError(text, &values);
    if (syntax.isEmpty() && e.entry >= 1 && static_cast<Eigen::Index>(e.entry) <= values.size())
        return tr("Entry %1 (%2) is not 0 or 1: an outcome is 1 (success) or 0 (failure).")
            .arg(e.entry)
            .arg(QString::number(values[static_cast<Eigen::Index>(e.entry) - 1], 'g', 6));
    // A token that is no number at all (or nan, inf): name it as typed.
    if (e.entry >= 1 && e.length > 0)
        return tr("Entry %1 (“%2”) is not 0 or 1: an outcome is 1 (success) or 0 (failure).")
            .arg(e.entry)
            .arg(QString::fromUtf8(utf8.mid(static_cast<qsizetype>(e.offset), static_cast<qsizetype>(e.length))));
    return syntax.isEmpty() ? QString::fromStdString(e.message) : syntax;
}
