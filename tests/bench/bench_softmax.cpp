// SPDX-License-Identifier: MIT
// actviz_bench_softmax: typed vector → repaint latency of the softmax tab in the real main
// window, at the vector parser's limit of 1000 entries (issue 14: ≤ 16 ms). Each of 220 rounds
// (the first 20 warm-up) selects the input and pastes a different vector of 1000 comma-separated
// logits into it, by the keys a user presses, and times it until both the bar chart and the Jacobian heatmap have been
// painted. Run with no arguments, offscreen or under Xvfb:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/actviz_bench_softmax
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/tests/bench/actviz_bench_softmax
// The last line is "paste-to-repaint p50 X ms p95 Y ms".
#include "state/application.h"
#include "benchstats.h"
#include "shell/mainwindow.h"
#include "softmax/jacobianheatmap.h"
#include "softmax/softmaxview.h"
#include "state/appstate.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using bench::percentile;
using bench::threadCpuMs;

namespace {

constexpr int kWarmUp = 20;
constexpr int kRounds = 200;
constexpr int kEntries = 1000;

// Round k's vector: a few peaks that move from round to round, so the argmax, the scale of the
// Jacobian and every bar change each time.
QString logits(int k)
{
    QStringList values;
    values.reserve(kEntries);
    for (int i = 0; i < kEntries; ++i)
        values.append(QString::number(3.0 * std::sin(0.013 * i * (1 + k % 7) + 0.37 * k) + 0.001 * ((i * 31 + k) % 97),
                                      'g', 6));
    return values.join(QStringLiteral(", "));
}

// Notes when a widget receives its paint event.
class PaintSeen : public QObject
{
public:
    QElapsedTimer *timer = nullptr;
    bool seen = false;
    qint64 at = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !seen) {
            seen = true;
            at = timer->nsecsElapsed();
        }
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
    state.setCurrentView(ViewId::Softmax);
    MainWindow window(&state);
    window.resize(1400, 860);
    SoftmaxView *view = window.softmaxView();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was never exposed\n");
        return 1;
    }
    QTest::qWait(200);
    if (!view->isVisible()) {
        std::fprintf(stderr, "the softmax view is not on screen\n");
        return 1;
    }

    std::vector<QString> inputs;
    for (int k = 0; k < kWarmUp + kRounds; ++k)
        inputs.push_back(logits(k));
    QLineEdit *input = view->input();
    input->setFocus();

    QElapsedTimer timer;
    PaintSeen chartPaint;
    PaintSeen heatmapPaint;
    chartPaint.timer = &timer;
    heatmapPaint.timer = &timer;
    view->chartView()->viewport()->installEventFilter(&chartPaint);
    view->heatmap()->installEventFilter(&heatmapPaint);
    std::vector<double> total;
    std::vector<double> update;
    std::vector<double> cpu;
    std::vector<double> chartStart;
    for (int k = 0; k < kWarmUp + kRounds; ++k) {
        QGuiApplication::clipboard()->setText(inputs[static_cast<size_t>(k)]);
        chartPaint.seen = false;
        heatmapPaint.seen = false;
        const double cpu0 = threadCpuMs();
        timer.start();
        // Select all and paste, with the keys a user presses (Ctrl+A, Ctrl+V): the text is
        // replaced at once, through textEdited like a user's edit.
        QTest::keySequence(input, QKeySequence::SelectAll);
        QTest::keySequence(input, QKeySequence::Paste);
        const qint64 afterUpdate = timer.nsecsElapsed();
        if (state.softmaxInput() != inputs[static_cast<size_t>(k)]) {
            std::fprintf(stderr, "round %d: the paste did not reach the state\n", k);
            return 1;
        }
        QTimer watchdog;
        watchdog.setSingleShot(true);
        watchdog.start(3000);
        while (!(chartPaint.seen && heatmapPaint.seen) && watchdog.isActive())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        if (!(chartPaint.seen && heatmapPaint.seen)) {
            std::fprintf(stderr, "round %d did not repaint the %s\n", k, chartPaint.seen ? "heatmap" : "chart");
            return 1;
        }
        const qint64 afterPaint = timer.nsecsElapsed();
        if (k >= kWarmUp) {
            cpu.push_back(threadCpuMs() - cpu0);
            update.push_back(static_cast<double>(afterUpdate) / 1e6);
            chartStart.push_back(static_cast<double>(chartPaint.at) / 1e6);
            total.push_back(static_cast<double>(afterPaint) / 1e6);
        }
    }
    std::printf("platform %s, %d pasted vectors of %d logits, window 1400×860\n",
                qPrintable(QGuiApplication::platformName()), kRounds, kEntries);
    std::printf("parse + softmax + Jacobian + series  p50 %.2f ms p95 %.2f ms\n", percentile(update, 0.5),
                percentile(update, 0.95));
    std::printf("paste → chart paint starts          p50 %.2f ms p95 %.2f ms\n", percentile(chartStart, 0.5),
                percentile(chartStart, 0.95));
    std::printf("main-thread CPU per paste           p50 %.2f ms p95 %.2f ms\n", percentile(cpu, 0.5),
                percentile(cpu, 0.95));
    std::printf("paste-to-repaint p50 %.2f ms p95 %.2f ms\n", percentile(total, 0.5), percentile(total, 0.95));
    return 0;
}
