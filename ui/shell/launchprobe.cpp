// SPDX-License-Identifier: MIT
#include "shell/launchprobe.h"

#include "widgets/firstframe.h"

#include <QApplication>
#include <QWidget>

#include <cstdio>
#include <ctime>

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
    FirstFrame::after(window, window, [start] {
        const double ms = static_cast<double>(LaunchProbe::monotonicNs() - start) / 1e6;
        timespec cpu{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
        const double cpuMs = static_cast<double>(cpu.tv_sec) * 1e3 + static_cast<double>(cpu.tv_nsec) / 1e6;
        std::printf("first-frame-ms %.3f cpu-ms %.3f\n", ms, cpuMs);
        std::fflush(stdout);
        QApplication::exit(0);
    });
}
