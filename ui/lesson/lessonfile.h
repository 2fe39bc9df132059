// SPDX-License-Identifier: MIT
// LessonFile: a whole teaching set-up as a small, versioned JSON file — the AppState (shown
// functions, parameters, ranges, ε, softmax vector …), the view on screen and the interface
// language, with a title and a description. resources/lessons/FORMAT.md documents every key.
// Reading is strict: anything that is not exactly a lesson this build understands is refused
// with a message, and the state is checked by applying it to a scratch AppState, so a failed
// open never touches the live one.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class AppState;

struct Lesson {
    QString title;
    QString description;
    QString language;                           // "en", "zh_CN", or empty: keep the current one
    QString view = QStringLiteral("functions"); // one of viewNames() (state/viewid.h)
    QJsonObject state;                          // AppState::toJson(), complete once read
};

// A lesson, or why it could not be read (translated, without the file's path).
struct LessonReadResult {
    std::optional<Lesson> lesson;
    QString error;
};

class LessonFile
{
    Q_DECLARE_TR_FUNCTIONS(LessonFile)
public:
    static constexpr int kVersion = 1;               // the newest version this build reads and writes
    static constexpr qint64 kMaxBytes = 1024 * 1024; // larger files are refused before parsing
    static constexpr const char *kFormatTag = "actviz-lesson";

    [[nodiscard]] static LessonReadResult read(const QString &path);
    [[nodiscard]] static LessonReadResult parse(const QByteArray &bytes);
    // Pretty JSON, keys in the documented order.
    [[nodiscard]] static QByteArray serialize(const Lesson &lesson);
    // Atomic (QSaveFile): a failure leaves any existing file as it was. Returns why it failed, or
    // an empty string.
    [[nodiscard]] static QString write(const Lesson &lesson, const QString &path);

    // The lesson of what state shows now.
    [[nodiscard]] static Lesson capture(const AppState &state, const QString &language);
    // Makes live show the lesson's state (as read(), so already validated) and nothing else.
    static void apply(const Lesson &lesson, AppState &live);

    // Title and description in the interface language: the shipped example lessons carry
    // translations (context "Lessons"); a teacher's own text comes back unchanged.
    [[nodiscard]] static QString displayTitle(const Lesson &lesson);
    [[nodiscard]] static QString displayDescription(const Lesson &lesson);
};
