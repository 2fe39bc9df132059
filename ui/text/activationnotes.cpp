// SPDX-License-Identifier: MIT
#include "text/activationnotes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>

namespace {

struct Field {
    QLatin1StringView key;
    QString ActivationNote::*member;
};

// The keys of a note in the JSON, in the order they are written.
constexpr std::array kFields = {
    Field{QLatin1StringView("id"), &ActivationNote::id},
    Field{QLatin1StringView("formula"), &ActivationNote::formulaHtml},
    Field{QLatin1StringView("derivative"), &ActivationNote::derivativeHtml},
    Field{QLatin1StringView("outputRange"), &ActivationNote::outputRange},
    Field{QLatin1StringView("derivativeRange"), &ActivationNote::derivativeRange},
    Field{QLatin1StringView("pros"), &ActivationNote::pros},
    Field{QLatin1StringView("cons"), &ActivationNote::cons},
    Field{QLatin1StringView("typicalUse"), &ActivationNote::typicalUse},
};

// The note in obj, or why it is not one (the caller adds which note).
std::optional<ActivationNote> readNote(const QJsonObject &obj, QString &error)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (std::none_of(kFields.begin(), kFields.end(), [&](const Field &f) { return f.key == it.key(); })) {
            error = QStringLiteral("unknown key \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    ActivationNote note;
    for (const Field &f : kFields) {
        const QJsonValue v = obj.value(f.key);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            error = QStringLiteral("\"%1\" is %2").arg(f.key, v.isUndefined() ? u"missing" : u"not a non-empty string");
            return std::nullopt;
        }
        note.*f.member = v.toString();
    }
    return note;
}

ActivationNotesReadResult failure(const QString &error)
{
    return {std::nullopt, error};
}

QList<ActivationNote> load()
{
    QFile file(QString::fromLatin1(ActivationNotes::kResource));
    const ActivationNotesReadResult read = file.open(QIODevice::ReadOnly)
                                               ? ActivationNotes::parse(file.readAll())
                                               : failure(QStringLiteral("cannot open the resource"));
    if (!read.notes) {
        qCritical("%s: %s", ActivationNotes::kResource, qPrintable(read.error));
        return {};
    }
    return *read.notes;
}

} // namespace

ActivationNotesReadResult ActivationNotes::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(
            QStringLiteral("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject top = doc.object();
    if (top.value(u"format").toString() != QLatin1StringView(kFormatTag))
        return failure(QStringLiteral("\"format\" is not \"%1\"").arg(QLatin1StringView(kFormatTag)));
    if (top.value(u"version").toInt(-1) != kVersion)
        return failure(QStringLiteral("\"version\" is not %1").arg(kVersion));
    if (!top.value(u"notes").isArray())
        return failure(QStringLiteral("\"notes\" is not a list"));
    QList<ActivationNote> notes;
    QSet<QString> ids;
    const QJsonArray array = top.value(u"notes").toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString error = QStringLiteral("not an object");
        const std::optional<ActivationNote> note =
            array[i].isObject() ? readNote(array[i].toObject(), error) : std::nullopt;
        if (!note)
            return failure(QStringLiteral("note %1: %2").arg(i).arg(error));
        if (ids.contains(note->id))
            return failure(QStringLiteral("note %1: \"%2\" has a note already").arg(i).arg(note->id));
        ids.insert(note->id);
        notes.append(*note);
    }
    return {notes, {}};
}

const QList<ActivationNote> &ActivationNotes::all()
{
    static const QList<ActivationNote> notes = load(); // thread-safe, on first use
    return notes;
}

const ActivationNote *ActivationNotes::find(QStringView id)
{
    for (const ActivationNote &note : all())
        if (note.id == id)
            return &note;
    return nullptr;
}

QString ActivationNotes::translated(const QString &source)
{
    return QCoreApplication::translate(kContext, source.toUtf8().constData());
}
