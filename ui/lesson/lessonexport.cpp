// SPDX-License-Identifier: MIT
#include "lesson/lessonexport.h"

#include "lesson/lessonfile.h"
#include "state/appstate.h"
#include "text/inputtext.h"
#include "text/language.h"

namespace {

// The value of the last --name VALUE or --name=VALUE in args; nullopt when it is not there, an
// empty string when it has no value.
std::optional<QString> optionValue(const QStringList &args, const QString &name)
{
    std::optional<QString> value;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == name)
            value = i + 1 < args.size() ? args[++i] : QString();
        else if (args[i].startsWith(name + QLatin1Char('=')))
            value = args[i].section(QLatin1Char('='), 1);
    }
    return value;
}

} // namespace

bool LessonExport::isOption(const QString &opt)
{
    return opt == QLatin1String("--lesson") || opt == QLatin1String("--lang");
}

std::optional<QString> LessonExport::applyLesson(const QStringList &args, AppState &state, QString &view)
{
    const auto path = optionValue(args, QStringLiteral("--lesson"));
    if (!path)
        return std::nullopt;
    if (path->isEmpty())
        return tr("--lesson needs a lesson file");
    const LessonReadResult read = LessonFile::read(*path);
    if (!read.lesson)
        return tr("--lesson: “%1”: %2").arg(*path, read.error);
    LessonFile::apply(*read.lesson, state);
    view = read.lesson->view;
    return std::nullopt;
}

std::optional<QString> LessonExport::checkTypedInputs(const AppState &state, ViewId view)
{
    if (view == ViewId::Softmax || view == ViewId::Loss)
        if (const QString e = InputText::vectorError(state.softmaxInput()); !e.isEmpty())
            return tr("--lesson: “state.softmax”: %1").arg(e);
    if (view == ViewId::Likelihood)
        if (const QString e = InputText::outcomesError(state.outcomes()); !e.isEmpty())
            return tr("--lesson: “state.outcomes”: %1").arg(e);
    return std::nullopt;
}

std::optional<QString> LessonExport::chooseLanguage(const QStringList &args)
{
    QString language = QString::fromLatin1(Language::kEnglish);
    if (const auto lang = optionValue(args, QStringLiteral("--lang"))) {
        if (!Language::isSupported(*lang))
            return tr("--lang: “%1” is not one of %2").arg(*lang, Language::supported().join(QStringLiteral(", ")));
        language = *lang;
    } else if (const auto path = optionValue(args, QStringLiteral("--lesson")); path && !path->isEmpty()) {
        // A broken lesson is reported by applyLesson(); here it just has no language.
        const LessonReadResult read = LessonFile::read(*path);
        if (read.lesson && !read.lesson->language.isEmpty())
            language = read.lesson->language;
    }
    Language::instance()->setCurrent(language);
    return std::nullopt;
}

QString LessonExport::usage()
{
    return tr("--lesson LESSON.json starts from a saved lesson (the other options override it);\n"
              "--lang en|zh_CN sets the language of the figure's texts (default: the lesson's, else en).");
}
