// SPDX-License-Identifier: MIT
// LessonExport: the two options `actviz export` takes from the lessons and languages work —
// `--lesson LESSON.json` (the lesson's set-up replaces the defaults; the other options, given
// too, override single values of it) and `--lang en|zh_CN` (the language of every text in the
// figure; default: the lesson's language, else English, whatever the system locale).
#pragma once

#include "state/viewid.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class AppState;

class AppState;

class LessonExport
{
    Q_DECLARE_TR_FUNCTIONS(LessonExport)
public:
    // Whether opt is one of these options (each takes a value).
    [[nodiscard]] static bool isOption(const QString &opt);
    // Applies --lesson, if given, to state; view becomes the lesson's view. Returns the message
    // naming the bad argument.
    [[nodiscard]] static std::optional<QString> applyLesson(const QStringList &args, AppState &state, QString &view);
    // The typed inputs a lesson's view draws (the softmax vector for the softmax and loss views,
    // the outcomes for the likelihood view) must parse for an export: a lesson may hold them
    // half-typed, as the window saved them, and the window shows them with their error, but a
    // figure cannot. Returns the message naming the key, e.g. “state.softmax”.
    [[nodiscard]] static std::optional<QString> checkTypedInputs(const AppState &state, ViewId view);
    // Installs the figure's language: --lang, else the lesson's, else English.
    [[nodiscard]] static std::optional<QString> chooseLanguage(const QStringList &args);
    [[nodiscard]] static QString usage();
};
