// SPDX-License-Identifier: MIT
// actviz_bench_trainingview: the training view of the real main window, playing for 5 s: how many
// optimiser steps the worker thread makes per second while the window draws, and how many
// snapshots (boundary heatmap, curves, table) the window paints per second, with the time each
// snapshot costs the GUI thread (p50, p95). XOR, 200 points, hidden [8, 8], tanh, Adam, full batch.
//   QT_QPA_PLATFORM=offscreen build/tests/bench/actviz_bench_trainingview
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/tests/bench/actviz_bench_trainingview
// Goals (issue 15): ≥ 1000 steps/s, ≥ 30 frames/s.
#include "shell/mainwindow.h"
#include "state/appstate.h"
#include "teaching/trainingcontrols.h"
#include "teaching/trainingview.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    AppState state;
    state.setCurrentFunction(QStringLiteral("tanh"));
    MainWindow window(&state);
    state.setCurrentView(ViewId::Training);
    window.resize(1400, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    TrainingView *view = window.trainingView();
    std::vector<double> frameMs;
    QElapsedTimer frame;
    // The GUI thread's share of a frame: from the snapshot's arrival to the end of its repaint.
    QObject::connect(view, &TrainingView::snapshotShown, view, [&] {
        frame.start();
        view->repaint();
        frameMs.push_back(static_cast<double>(frame.nsecsElapsed()) / 1e6);
    });
    QTest::qWait(300);
    const long long startStep = view->snapshot().step;
    frameMs.clear();
    QElapsedTimer wall;
    wall.start();
    view->controls()->speedBox()->setCurrentIndex(view->controls()->speedBox()->findData(0)); // flat out
    view->controls()->playButton()->setChecked(true);
    QTest::qWait(5000);
    view->controls()->playButton()->setChecked(false);
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    QTest::qWait(200);
    const long long steps = view->snapshot().step - startStep;
    std::vector<double> sorted = frameMs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) {
        return sorted.empty() ? 0.0 : sorted[static_cast<size_t>(q * static_cast<double>(sorted.size() - 1))];
    };
    std::printf("steps/s %.0f   frames/s %.1f   GUI time per frame p50 %.2f ms p95 %.2f ms   (%lld steps, %zu "
                "frames in %.2f s)\n",
                static_cast<double>(steps) / seconds, static_cast<double>(frameMs.size()) / seconds, at(0.5), at(0.95),
                steps, frameMs.size(), seconds);
    return 0;
}
