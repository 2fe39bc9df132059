// SPDX-License-Identifier: MIT
// libFuzzer target for the lesson reader (ui/lessonfile, ui/lessonstatecheck): the bytes are the
// content of a lesson file, read with LessonFile::parse() as LessonFile::read() does after its size
// checks. Checked beyond "no crash, no UB": a refusal has a message; an accepted lesson names a
// known view and language, carries a complete state that a fresh AppState takes as it is, and
// reads back identically from what LessonFile::serialize() writes for it.
#include "jsonmutator.h"
#include "lesson/lessonfile.h"
#include "registry.h"
#include "state/appstate.h"
#include "state/viewid.h"
#include "text/language.h"

#include <QByteArray>
#include <QJsonArray>

#include <cstdint>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size, std::size_t maxSize);

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

bool sameLesson(const Lesson &a, const Lesson &b)
{
    return a.title == b.title && a.description == b.description && a.language == b.language && a.view == b.view &&
           a.state == b.state;
}

void checkLesson(const Lesson &lesson)
{
    check(viewNames().contains(lesson.view));
    check(lesson.language.isEmpty() || Language::isSupported(lesson.language));
    const QJsonObject defaults = AppState().toJson();
    check(lesson.state.keys() == defaults.keys());

    AppState applied;
    LessonFile::apply(lesson, applied);
    check(applied.toJson() == lesson.state);

    const LessonReadResult again = LessonFile::parse(LessonFile::serialize(lesson));
    check(again.lesson.has_value() && again.error.isEmpty());
    check(sameLesson(*again.lesson, lesson));
}

void addKeys(const QJsonValue &v, QStringList &words)
{
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        words << it.key();
        addKeys(it.value(), words);
        if (it.value().isString())
            words << it.value().toString();
    }
}

// What the mutator puts in: every key of the format (from the state itself, so new keys join in),
// every function id, view and language, the format tag.
const QStringList &lessonWords()
{
    static const QStringList words = [] {
        QStringList w{QStringLiteral("format"),   QStringLiteral("version"),
                      QStringLiteral("title"),    QStringLiteral("description"),
                      QStringLiteral("language"), QStringLiteral("view"),
                      QStringLiteral("state"),    QLatin1String(LessonFile::kFormatTag),
                      QStringLiteral("auto"),     QStringLiteral("he"),
                      QStringLiteral("float32"),  QString()};
        addKeys(AppState().toJson(), w);
        for (const actviz::Activation &a : actviz::registry())
            w << QString::fromUtf8(a.id.data(), static_cast<qsizetype>(a.id.size()));
        w << viewNames() << Language::supported();
        w.removeDuplicates();
        return w;
    }();
    return words;
}

} // namespace

// Three in four mutations edit the parsed JSON; the rest work on bytes (syntax, escapes, numbers
// as text), which is also how a document that does not parse gets mutated.
extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size, std::size_t maxSize,
                                               unsigned int seed)
{
    if (seed % 4 != 0)
        if (const std::size_t n = mutateJson(data, size, maxSize, seed, lessonWords()); n > 0)
            return n;
    return LLVMFuzzerMutate(data, size, maxSize);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, as LessonFile::read() has one (from QFile::read()).
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const LessonReadResult result = LessonFile::parse(bytes);
    if (result.lesson)
        checkLesson(*result.lesson);
    else
        check(!result.error.isEmpty());
    return 0;
}
