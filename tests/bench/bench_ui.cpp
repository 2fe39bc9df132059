// SPDX-License-Identifier: MIT
// actviz_bench_ui: slider-to-repaint latency of the real main window. Shows 8 functions with
// their derivatives and the saturation bands, makes ELU current, then moves its α slider
// through 300 positions (the first 20 are warm-up) and times each from QSlider::setValue to
// the end of the plot's next paint. Run with no arguments, offscreen or under Xvfb:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/actviz_bench_ui [--all]   (--all: every function)
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/tests/bench/actviz_bench_ui
// The last line is "slider-to-repaint p50 X ms p95 Y ms".
#include "state/application.h"
#include "benchstats.h"
#include "plot/plotview.h"
#include "registry.h"
#include "shell/mainwindow.h"
#include "state/appstate.h"
#include "widgets/parameterpanel.h"
#include "widgets/valueslider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using bench::percentile;
using bench::threadCpuMs;

namespace {

constexpr int kWarmUp = 20;
constexpr int kMoves = 300;

// Marks when the plot's viewport starts painting, to split the latency into update and paint.
class PaintStart : public QObject
{
public:
    QElapsedTimer *timer = nullptr;
    qint64 at = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            at = timer->nsecsElapsed();
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    setUpApplication(app);
    AppState state;
    // --all: every built-in function shown (issue 14's second goal), else the 8 of the README.
    const bool all = argc > 1 && QByteArray(argv[1]) == "--all";
    QStringList shown{QStringLiteral("sigmoid"), QStringLiteral("tanh"),  QStringLiteral("relu"),
                      QStringLiteral("leaky_relu"), QStringLiteral("elu"), QStringLiteral("gelu"),
                      QStringLiteral("silu"), QStringLiteral("softplus")};
    if (all) {
        shown.clear();
        for (const actviz::Activation &a : actviz::registry())
            shown.append(QString::fromUtf8(a.id.data(), static_cast<qsizetype>(a.id.size())));
    }
    state.setShownFunctions(shown);
    state.setShowDerivatives(true);
    state.setShowSaturation(true);
    state.setCurrentFunction(QStringLiteral("elu"));
    MainWindow window(&state);
    window.resize(1400, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was never exposed\n");
        return 1;
    }
    QTest::qWait(200);

    QSlider *slider = window.parameterPanel()->slider(actviz::ParamId::Alpha)->slider();
    bool painted = false;
    QObject::connect(window.plotView(), &PlotView::framePainted, [&painted] { painted = true; });

    std::vector<double> total;
    std::vector<double> update;
    std::vector<double> cpu;
    QElapsedTimer timer;
    PaintStart paintStart;
    paintStart.timer = &timer;
    window.plotView()->viewport()->installEventFilter(&paintStart);
    std::vector<double> plotPaint;
    for (int i = 0; i < kWarmUp + kMoves; ++i) {
        // A drag back and forth over the slider, never repeating the previous position.
        const int span = slider->maximum() - slider->minimum();
        const int pos = slider->minimum() + (span / 10) + ((i * 7) % (span * 8 / 10));
        painted = false;
        const double cpu0 = threadCpuMs();
        timer.start();
        slider->setValue(pos == slider->value() ? pos + 1 : pos);
        const qint64 afterUpdate = timer.nsecsElapsed();
        // A change that repaints nothing would wait forever: a watchdog wakes the loop.
        QTimer watchdog;
        watchdog.setSingleShot(true);
        watchdog.start(2000);
        while (!painted && watchdog.isActive())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        if (!painted) {
            std::fprintf(stderr, "slider position %d did not repaint the plot\n", pos);
            return 1;
        }
        const qint64 afterPaint = timer.nsecsElapsed();
        if (i >= kWarmUp) {
            cpu.push_back(threadCpuMs() - cpu0);
            plotPaint.push_back(static_cast<double>(afterPaint - paintStart.at) / 1e6);
            update.push_back(static_cast<double>(afterUpdate) / 1e6);
            total.push_back(static_cast<double>(afterPaint) / 1e6);
        }
    }
    std::printf("platform %s, %d α changes of ELU, %lld functions + derivatives + saturation bands\n",
                qPrintable(QGuiApplication::platformName()), kMoves, static_cast<long long>(state.shownFunctions().size()));
    std::printf("state + resample + replace   p50 %.2f ms p95 %.2f ms\n", percentile(update, 0.5),
                percentile(update, 0.95));
    std::printf("plot viewport paint          p50 %.2f ms p95 %.2f ms\n", percentile(plotPaint, 0.5),
                percentile(plotPaint, 0.95));
    std::printf("main-thread CPU per change   p50 %.2f ms p95 %.2f ms\n", percentile(cpu, 0.5), percentile(cpu, 0.95));
    std::printf("slider-to-repaint p50 %.2f ms p95 %.2f ms\n", percentile(total, 0.5), percentile(total, 0.95));
    return 0;
}
