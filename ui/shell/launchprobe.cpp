// SPDX-License-Identifier: MIT
#include "shell/launchprobe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace {

// Waits for the first paint in the window `target`; then, once the event loop is back (so the
// whole frame, not one widget, is painted and flushed), prints and quits.
class FirstFrame : public QObject
{
public:
    FirstFrame(QWidget *target, long long t0)
        : QObject(target)
        , m_target(target)
        , m_t0(t0)
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Any widget of the window: a QChartView paints its viewport, not itself.
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && !m_done && widget && widget->window() == m_target) {
            m_done = true;
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [t0 = m_t0] {
                const double ms = static_cast<double>(LaunchProbe::monotonicNs() - t0) / 1e6;
                timespec cpu{};
                clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
                const double cpuMs = static_cast<double>(cpu.tv_sec) * 1e3 + static_cast<double>(cpu.tv_nsec) / 1e6;
                std::printf("first-frame-ms %.3f cpu-ms %.3f\n", ms, cpuMs);
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_target;
    long long m_t0;
    bool m_done = false;
};

} // namespace

long long LaunchProbe::monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1'000'000'000LL + ts.tv_nsec;
}

void LaunchProbe::watch(QWidget *window)
{
    bool ok = false;
    const QByteArray raw = qgetenv("ACTVIZ_LAUNCH_T0");
    const long long start = raw.toLongLong(&ok);
    if (!ok || !window)
        return;
    new FirstFrame(window, start);
}
