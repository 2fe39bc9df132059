// SPDX-License-Identifier: MIT
// WindowLauncher: `actviz [--lang en|zh_CN] [LESSON.json]` — the window, in a chosen language,
// optionally opened on a lesson. A bad language or lesson is reported on stderr with exit code 2
// before any window appears, a bad argument or a missing lesson file even before Qt looks for a
// display; no display to open the window on is reported with exit code 1 (Qt would abort).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>
#include <string_view>
#include <variant>

struct WindowOptions {
    QString language;   // empty: the choice saved in the settings, or the system's language
    QString lessonPath; // empty: the state of the last session
};

class WindowLauncher
{
    Q_DECLARE_TR_FUNCTIONS(WindowLauncher)
public:
    static constexpr int kExitNoWindow = 1; // no display to open the window on
    static constexpr int kExitBadInput = 2;

    // Whether these arguments (program name excluded) are the window's: they start with --lang
    // or name a .json file. Anything else is a subcommand's.
    [[nodiscard]] static bool wants(std::span<const std::string_view> args);
    // The options, or the message naming the bad argument.
    [[nodiscard]] static std::variant<WindowOptions, QString> parse(const QStringList &args);
    // Creates the application and runs the window until it closes.
    static int run(int &argc, char **argv);
};
