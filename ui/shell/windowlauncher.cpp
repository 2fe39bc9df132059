// SPDX-License-Identifier: MIT
#include "shell/windowlauncher.h"

#include "lesson/lessonactions.h"
#include "lesson/lessonfile.h"
#include "shell/deferrediconstyle.h"
#include "shell/launchprobe.h"
#include "shell/mainwindow.h"
#include "shell/windowhost.h"
#include "state/application.h"
#include "state/appstate.h"
#include "state/heapwarmup.h"
#include "text/fontconfigpreload.h"
#include "text/language.h"
#include "widgets/firstframe.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QStyle>

#include <cstdio>
#include <cstdlib>

namespace {

QtMessageHandler g_qtHandler = nullptr;

// While the application starts: Qt's fatal "no platform plugin could be initialised" (no display,
// or one that refuses the connection) ends actviz with a message and exit code 1, not an abort.
void noWindowHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        if (g_qtHandler)
            g_qtHandler(type, context, message);
        return;
    }
    const QByteArray display = qgetenv("DISPLAY");
    std::fprintf(stderr,
                 "actviz: the window cannot open: no display could be reached (DISPLAY is %s). The commands "
                 "(actviz --help) work without one, e.g. actviz export FIGURE.png.\n",
                 display.isEmpty() ? "not set"
                                   : qPrintable(QStringLiteral("“%1”").arg(QString::fromLocal8Bit(display))));
    std::fflush(stderr);
    std::_Exit(WindowLauncher::kExitNoWindow);
}

bool isLanguageOption(std::string_view arg)
{
    return arg == "--lang" || arg.starts_with("--lang=");
}

bool isLessonPath(const QString &arg)
{
    return !arg.startsWith(QLatin1Char('-')) && arg.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

bool WindowLauncher::wants(std::span<const std::string_view> args)
{
    if (args.empty())
        return false;
    const std::string_view first = args.front();
    return isLanguageOption(first) ||
           isLessonPath(QString::fromUtf8(first.data(), static_cast<qsizetype>(first.size())));
}

std::variant<WindowOptions, QString> WindowLauncher::parse(const QStringList &args)
{
    WindowOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--lang") || arg.startsWith(QLatin1String("--lang="))) {
            QString value = arg.section(QLatin1Char('='), 1);
            if (arg == QLatin1String("--lang")) {
                if (i + 1 >= args.size())
                    return tr("--lang needs a value: %1").arg(Language::supported().join(QStringLiteral(", ")));
                value = args[++i];
            }
            if (!Language::isSupported(value))
                return tr("--lang: “%1” is not one of %2").arg(value, Language::supported().join(QStringLiteral(", ")));
            options.language = value;
        } else if (isLessonPath(arg) && options.lessonPath.isEmpty()) {
            options.lessonPath = arg;
        } else {
            return tr("unexpected argument “%1” (the window takes --lang en|zh_CN and one lesson file ending in .json)")
                .arg(arg);
        }
    }
    return options;
}

int WindowLauncher::run(int &argc, char **argv)
{
    // The arguments first, before Qt looks for a display: a typo is reported as one anywhere.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const auto parsed = parse(arguments);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        std::fprintf(stderr, "actviz: %s\n", qPrintable(*error));
        return kExitBadInput;
    }
    const WindowOptions &options = std::get<WindowOptions>(parsed);
    if (!options.lessonPath.isEmpty() && !QFileInfo(options.lessonPath).isFile()) {
        std::fprintf(stderr, "actviz: %s: %s\n", qPrintable(options.lessonPath),
                     qPrintable(LessonFile::read(options.lessonPath).error));
        return kExitBadInput;
    }
    // On the second core while Qt starts: the heap's first pages mapped, fontconfig's set-up read.
    HeapWarmup heap(HeapWarmup::kWindowBytes, HeapWarmup::ThreadHeaps::PerThread);
    FontconfigPreload fonts;
    g_qtHandler = qInstallMessageHandler(noWindowHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_qtHandler);
    setUpApplication(app);
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()->name()));
    // What needs no font comes first, while fontconfig may still be loading; the window waits.
    QSettings settings;
    Language::instance()->setCurrent(options.language.isEmpty() ? Language::fromSettings(settings) : options.language);

    std::optional<Lesson> lesson;
    if (!options.lessonPath.isEmpty()) {
        LessonReadResult read = LessonFile::read(options.lessonPath);
        if (!read.lesson) {
            std::fprintf(stderr, "actviz: %s: %s\n", qPrintable(options.lessonPath), qPrintable(read.error));
            return kExitBadInput;
        }
        lesson = std::move(read.lesson);
        // --lang on the command line wins over the lesson's language; otherwise the lesson's is
        // set before the window exists, so that it is built once, in that language.
        if (!options.language.isEmpty())
            lesson->language.clear();
        else if (!lesson->language.isEmpty())
            Language::instance()->setCurrent(lesson->language);
    }
    AppState state;
    state.load(settings);
    fonts.useSansSerifFamily(); // waits
    WindowHost host(&state);
    host.show(settings);
    // The icon is an SVG: its engine is a plugin to load, and a window system that takes icons
    // as pixels (X11's _NET_WM_ICON) has it rendered at several sizes. Neither is in the first
    // frame; the window manager shows the icon a moment later.
    FirstFrame::after(host.window(), &app,
                      [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/actviz.svg"))); });
    LaunchProbe::watch(host.window()); // last, so that its report comes before the work above
    if (lesson)
        host.window()->showStatus(LessonActions::show(state, *lesson), 10000);
    return QApplication::exec();
}
