// SPDX-License-Identifier: MIT
#include "export/exportcommand.h"

#include "customactivation.h"
#include "export/exportarguments.h"
#include "export/viewexportoptions.h"
#include "lesson/lessonexport.h"
#include "registry.h"
#include "state/application.h"
#include "state/appstate.h"
#include "state/heapwarmup.h"
#include "text/exprtext.h"
#include "text/fontconfigpreload.h"
#include "text/inputtext.h"
#include "text/pautext.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace {

// Qt warns on stderr ("QStandardPaths: XDG_RUNTIME_DIR not set") on every run where the
// variable is unset, as in cron jobs, containers and CI. Give it the directory Qt would fall
// back to anyway, created as Qt requires (owned by us, mode 0700), so batch output stays clean.
void provideRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
    const QFileInfo info(dir);
    if (!info.exists() && !QDir().mkdir(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return;
    if (QFileInfo(dir).isDir() && QFileInfo(dir).ownerId() == ::getuid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

// Whether stdout is open. When it is not, /dev/null takes descriptor 1 before Qt starts: the
// first file Qt opens (its eventfd) would otherwise become "stdout", and --help would write
// into it and report "Invalid argument".
bool holdStdoutSlot()
{
    if (::fcntl(STDOUT_FILENO, F_GETFD) != -1)
        return true;
    const int fd = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (fd >= 0 && fd != STDOUT_FILENO) {
        ::dup2(fd, STDOUT_FILENO);
        ::close(fd);
    }
    return false;
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Once the file is written, synced and renamed into place, nothing is left to do: the process
// ends without taking apart the figure (Exporter::Afterwards), the QApplication and the
// libraries' statics, which took 2 of the 60 ms an export takes (issue 14). Sanitizer builds
// free everything and return normally, so that their leak check at exit finds nothing left.
#if defined(__SANITIZE_ADDRESS__)
constexpr Exporter::Afterwards kAfterExport = Exporter::Afterwards::FreeThem;
#else
constexpr Exporter::Afterwards kAfterExport = Exporter::Afterwards::LeaveToExit;
#endif

void endAfterExport()
{
    if constexpr (kAfterExport == Exporter::Afterwards::LeaveToExit) {
        std::fflush(nullptr);
        std::_Exit(ExportCommand::kExitOk);
    }
}

} // namespace

QString ExportCommand::usage()
{
    return tr("usage: actviz export FILE [--functions id,id,…] [--expr FORMULA]… [--derivatives] [--saturation]\n"
              "                     [--epsilon E] [--alpha A] [--beta B] [--xrange LO:HI] [--yrange LO:HI]\n"
              "                     [--size WxH] [--dpr N] [--title TEXT] [--transparent] [--softmax VALUES] "
              "[--temperature T]\n"
              "FILE ends in .png, .svg or .pdf. --softmax exports the softmax view instead of the plot.\n"
              "--expr plots a typed formula f(x) (as custom1, custom2, … after the lesson's), with --functions\n"
              "or alone; e.g. --expr 'x*tanh(softplus(x))'. See “actviz eval --help” for what a formula may use.\n"
              "--size: from %1x%2 to %3x%3 logical pixels; the smallest figure of each view is\n"
              "  %4,\n"
              "  with --caption %5.\n"
              "--dpr from 0.5 to 4; the image may have at most %6 pixels in all (width × height × dpr²,\n"
              "e.g. 10000x10000 at --dpr 1).\n"
              "A range is at least %7 of its larger end wide, and at least %8 (see “actviz --help” for how\n"
              "numbers are read).\n")
               .arg(ExportRequest::kMinWidth)
               .arg(ExportRequest::kMinHeight)
               .arg(ExportRequest::kMaxSide)
               .arg(ExportRequest::minimumSizes(false), ExportRequest::minimumSizes(true))
               .arg(ExportRequest::kMaxTotalPixels)
               .arg(AppState::kMinRelativeWidth)
               .arg(AppState::kMinAbsoluteWidth) +
           tr("--pau \"a0,a1,a2,a3,a4,a5/b1,b2,b3,b4\" sets the coefficients of PAU (pau).\n") +
           ViewExportOptions::usage() + QLatin1Char('\n') + LessonExport::usage() + QLatin1Char('\n') +
           tr("Exit status: 0 when the file is written, 1 when it cannot be written (disk full, no permission,\n"
              "missing folder; an existing file is then left as it was), 2 on a bad argument or lesson.");
}

std::optional<QString> ExportCommand::parse(const QStringList &args, AppState &state, ExportRequest &request)
{
    // A figure from the command line depends on its arguments only, not on the window's settings.
    state.resetToDefaults();
    state.setShowDerivatives(false);
    state.setShowSaturation(false);
    QStringList functions = state.shownFunctions();
    std::optional<double> alpha;
    std::optional<double> beta;
    QString softmax;
    bool haveSoftmax = false;
    QString file;
    ViewExportOptions viewOptions;
    // --lesson: the lesson's whole set-up (and view) instead of the defaults; options override it.
    QString lessonView;
    if (auto e = LessonExport::applyLesson(args, state, lessonView))
        return e;
    if (!lessonView.isEmpty()) {
        functions = state.shownFunctions();
        const bool viewGiven = std::any_of(args.begin(), args.end(), [](const QString &a) {
            return a == QLatin1String("--view") || a.startsWith(QLatin1String("--view="));
        });
        if (!viewGiven)
            (void)viewOptions.apply(QStringLiteral("--view"), lessonView, state, request);
    }
    bool functionsGiven = false;
    QStringList typed; // the ids --expr defined, in order
    QStringList valued; // the options that took a value: each once, but --expr

    for (qsizetype i = 0; i < args.size(); ++i) {
        QString opt = args[i];
        QString value;
        bool inlineValue = false;
        if (opt.startsWith(QLatin1String("--")) && opt.contains(QLatin1Char('='))) {
            value = opt.section(QLatin1Char('='), 1);
            opt = opt.section(QLatin1Char('='), 0, 0);
            inlineValue = true;
        }
        auto needValue = [&]() -> std::optional<QString> {
            if (opt != QLatin1String("--expr") && valued.contains(opt)) // a slip, not an update
                return tr("%1 is given twice; give it once").arg(opt);
            valued.append(opt);
            if (inlineValue)
                return std::nullopt;
            if (i + 1 >= args.size())
                return tr("%1 needs a value").arg(opt);
            // Values may start with '-' (--xrange -3:3, --alpha -1): the next argument is taken as is.
            value = args[++i];
            return std::nullopt;
        };
        // The value once: a reason that already quotes it ("unknown function “foo”") stands alone.
        auto bad = [&](const QString &why) {
            const QString shown = exportargs::elided(value);
            const bool quotes = why.contains(QChar(0x201C) + shown + QChar(0x201D)) ||
                                why.contains(QLatin1Char('\'') + shown + QLatin1Char('\''));
            return quotes ? tr("%1: %2").arg(opt, why) : tr("%1: %2 (got “%3”)").arg(opt, why, shown);
        };
        viewOptions.note(opt);

        if (opt == QLatin1String("--derivatives")) {
            state.setShowDerivatives(true);
        } else if (opt == QLatin1String("--saturation")) {
            state.setShowSaturation(true);
        } else if (opt == QLatin1String("--transparent")) {
            request.transparent = true;
        } else if (opt == QLatin1String("--functions")) {
            if (auto e = needValue())
                return e;
            functions = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            functionsGiven = true;
            for (qsizetype k = 0; k < functions.size(); ++k) {
                QString &id = functions[k];
                id = id.trimmed();
                if (!actviz::findActivation(id.toStdString()))
                    return bad(tr("unknown function “%1”; valid ids: %2")
                                   .arg(exportargs::elided(id), QString::fromStdString(actviz::activationIds())));
                if (functions.indexOf(id) < k)
                    return bad(tr("“%1” is named twice").arg(id));
            }
            if (functions.isEmpty())
                return bad(tr("name at least one function"));
        } else if (opt == QLatin1String("--expr")) {
            if (auto e = needValue())
                return e;
            const QString id = state.freeCustomId();
            if (id.isEmpty())
                return bad(tr("at most %1 typed formulas").arg(actviz::kCustomSlots));
            if (const auto error = state.setCustomFormula(id, value))
                return bad(ExprText::error(*error));
            typed.append(id);
        } else if (opt == QLatin1String("--pau")) {
            if (auto e = needValue())
                return e;
            const PauText::Parsed c = PauText::parse(value);
            if (const QString *why = std::get_if<QString>(&c))
                return bad(*why);
            state.setPauCoefficients(std::get<actviz::PauCoefficients>(c));
        } else if (opt == QLatin1String("--epsilon")) {
            if (auto e = needValue())
                return e;
            const auto v = exportargs::number(value).value;
            if (!v || *v < AppState::kMinEpsilon || *v > AppState::kMaxEpsilon)
                return bad(tr("expected a number from %1 to %2").arg(AppState::kMinEpsilon).arg(AppState::kMaxEpsilon));
            state.setEpsilon(*v);
        } else if (opt == QLatin1String("--alpha") || opt == QLatin1String("--beta")) {
            if (auto e = needValue())
                return e;
            const exportargs::Number v = exportargs::number(value);
            if (!v.value)
                return bad(v.why);
            (opt == QLatin1String("--alpha") ? alpha : beta) = *v.value;
        } else if (opt == QLatin1String("--xrange") || opt == QLatin1String("--yrange")) {
            if (auto e = needValue())
                return e;
            std::pair<double, double> r;
            if (const auto why = exportargs::range(value, r)) // names the value itself
                return tr("%1: %2").arg(opt, *why);
            if (opt == QLatin1String("--xrange"))
                state.setXRange(r.first, r.second);
            else
                state.setYRange(r.first, r.second);
        } else if (opt == QLatin1String("--size")) {
            if (auto e = needValue())
                return e;
            // "640×400" as the messages write it, or as typed: 640x400, 640X400.
            const QStringList wh = value.toLower().replace(QChar(0xD7), QLatin1Char('x')).split(QLatin1Char('x'));
            bool okW = false;
            bool okH = false;
            const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
            const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
            if (!okW || !okH || w < ExportRequest::kMinWidth || h < ExportRequest::kMinHeight ||
                w > ExportRequest::kMaxSide || h > ExportRequest::kMaxSide)
                return bad(tr("expected WxH from %1x%2 to %3x%3")
                               .arg(ExportRequest::kMinWidth)
                               .arg(ExportRequest::kMinHeight)
                               .arg(ExportRequest::kMaxSide));
            request.size = QSize(w, h);
        } else if (opt == QLatin1String("--dpr")) {
            if (auto e = needValue())
                return e;
            const auto v = exportargs::number(value).value;
            if (!v || *v < 0.5 || *v > 4)
                return bad(tr("expected a number from 0.5 to 4"));
            request.devicePixelRatio = *v;
        } else if (opt == QLatin1String("--title")) {
            if (auto e = needValue())
                return e;
            request.title = value;
        } else if (opt == QLatin1String("--softmax")) {
            if (auto e = needValue())
                return e;
            const QString error = InputText::vectorError(value);
            if (!error.isEmpty())
                return bad(error);
            softmax = value;
            haveSoftmax = true;
        } else if (opt == QLatin1String("--temperature")) {
            if (auto e = needValue())
                return e;
            const auto v = exportargs::number(value).value;
            if (!v || *v < AppState::kMinTemperature || *v > AppState::kMaxTemperature)
                return bad(tr("expected a number from %1 to %2")
                               .arg(AppState::kMinTemperature)
                               .arg(AppState::kMaxTemperature));
            state.setTemperature(*v);
        } else if (ViewExportOptions::knows(opt)) {
            const ViewExportOptions::Value kind = ViewExportOptions::valueKind(opt);
            if (kind == ViewExportOptions::Value::Required) {
                if (auto e = needValue())
                    return e;
            } else if (kind == ViewExportOptions::Value::Optional && !inlineValue && i + 1 < args.size() &&
                       ViewExportOptions::acceptsAsValue(opt, args[i + 1])) {
                value = args[++i];
            } else if (kind == ViewExportOptions::Value::None && inlineValue) {
                return bad(tr("takes no value"));
            }
            if (auto e = viewOptions.apply(opt, value, state, request))
                return bad(*e);
        } else if (LessonExport::isOption(opt)) {
            if (auto e = needValue()) // read before this loop
                return e;
        } else if (opt.startsWith(QLatin1String("--"))) {
            return tr("unknown option %1").arg(opt);
        } else if (file.isEmpty()) {
            file = opt;
        } else {
            return tr("unexpected argument “%1” (the output file is “%2”)").arg(opt, file);
        }
    }
    if (file.isEmpty())
        return tr("FILE: name the output file (.png, .svg or .pdf)");
    if (!Exporter::isSupportedPath(file))
        return tr("FILE: “%1” must end in .png, .svg or .pdf").arg(file);

    // Typed formulas after the named functions; alone when nothing else was asked for.
    if (!typed.isEmpty() && !functionsGiven && lessonView.isEmpty())
        functions.clear();
    functions += typed;
    state.setShownFunctions(functions);
    if (!functions.isEmpty() && (functionsGiven || lessonView.isEmpty()))
        state.setCurrentFunction(functions.first());
    // --alpha and --beta set the parameters of the compared pair in the compare view.
    const QStringList paramTargets =
        viewOptions.view() == ViewId::Compare ? QStringList{state.compareF(), state.compareG()} : functions;
    for (const auto &[which, v, name] : {std::tuple{actviz::ParamId::Alpha, alpha, QStringLiteral("--alpha")},
                                         std::tuple{actviz::ParamId::Beta, beta, QStringLiteral("--beta")}}) {
        if (!v)
            continue;
        bool used = false;
        for (const QString &id : paramTargets) {
            const actviz::ParamSpec &spec = actviz::findActivation(id.toStdString())->param(which);
            if (!spec.used)
                continue;
            used = true;
            if (spec.inDomain && !spec.inDomain(*v))
                return tr("%1: %2 is outside the domain of %3 (%4)").arg(name).arg(*v).arg(id, text(spec.domain));
            state.setParam(id, which, *v);
        }
        // Like `actviz eval sigmoid --alpha 2`: a parameter nothing uses is a mistake, not a no-op.
        if (!used)
            return tr("%1: none of %2 has a parameter %3")
                .arg(name, paramTargets.join(QStringLiteral(", ")), name.mid(2));
    }
    if (haveSoftmax)
        state.setSoftmaxInput(softmax);
    request.path = file;
    if (auto e = viewOptions.finish(state, request))
        return e;
    if (const QString e = request.sizeError(); !e.isEmpty())
        return tr("--size: %1").arg(e);
    if (!lessonView.isEmpty() && !haveSoftmax)
        if (auto e = LessonExport::checkTypedInputs(state, request.view))
            return e;
    state.setCurrentView(request.view);
    return std::nullopt;
}

int ExportCommand::run(int argc, char **argv)
{
    // Headless by default: no display or X server is needed to render a figure.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    provideRuntimeDir();
    // On the second core while Qt starts and the options are read: the heap's first pages
    // mapped, fontconfig's set-up read.
    HeapWarmup heap(HeapWarmup::kExportBytes, HeapWarmup::ThreadHeaps::Shared);
    FontconfigPreload fonts;
    const bool stdoutOpen = holdStdoutSlot();
    QApplication app(argc, argv);
    setUpApplication(app);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("export"))
        args.removeFirst();
    if (const auto error = LessonExport::chooseLanguage(args)) {
        std::fprintf(stderr, "actviz: export: %s\n", exportargs::shown(*error).constData());
        return kExitBadArgument;
    }
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) { // in --lang's language
        // Checked like the other subcommands' output: a full disk or closed pipe is an error.
        const QByteArray text = usage().toUtf8() + '\n';
        errno = EBADF;
        if (!stdoutOpen || std::fwrite(text.constData(), 1, size_t(text.size()), stdout) != size_t(text.size()) ||
            std::fflush(stdout) != 0) {
            std::fprintf(stderr, "actviz: export: cannot write stdout: %s\n", std::strerror(errno));
            return kExitWriteFailed;
        }
        return kExitOk;
    }
    AppState state;
    ExportRequest request;
    if (const auto error = parse(args, state, request)) {
        std::fprintf(stderr, "actviz: export: %s\n%s\n", exportargs::shown(*error).constData(),
                     qPrintable(tr("Run “actviz export --help” for the options.")));
        return kExitBadArgument;
    }
    fonts.useSansSerifFamily(); // waits
    const QString error = Exporter::exportFile(state, request, kAfterExport);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "actviz: export: %s\n", exportargs::shown(error).constData());
        return kExitWriteFailed;
    }
    endAfterExport();
    return kExitOk;
}
