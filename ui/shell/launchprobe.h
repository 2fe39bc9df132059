// SPDX-License-Identifier: MIT
// LaunchProbe: how long the window takes to appear, for actviz_bench_launch (issue 14). When the
// environment holds ACTVIZ_LAUNCH_T0, a CLOCK_MONOTONIC time in nanoseconds taken by the parent
// just before it started this process, the first frame painted in `window` is timed against it:
// the milliseconds are printed on stdout as "first-frame-ms X cpu-ms C" (C: the CPU time the
// process used until then, all threads, which a busy machine does not inflate as it does X) and
// the application quits. Without
// the variable nothing is installed. The same clock is shared by every process of the machine, so
// the figure includes exec, dynamic linking, static initialisation and everything up to the frame.
#pragma once

class QWidget;

namespace LaunchProbe {

// Installs the probe on `window` (and its children) if ACTVIZ_LAUNCH_T0 is set.
void watch(QWidget *window);
// Nanoseconds on CLOCK_MONOTONIC, the clock ACTVIZ_LAUNCH_T0 is read on.
[[nodiscard]] long long monotonicNs();

} // namespace LaunchProbe
