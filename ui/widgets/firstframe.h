// SPDX-License-Identifier: MIT
// FirstFrame: run something once a window has painted its first frame — for work the first
// frame does not need (issue 14: the notes' and properties' rich text was a fifth of the CPU time
// to the first frame), and for timing the launch (shell/launchprobe.h).
#pragma once

#include <functional>

class QObject;
class QWidget;

namespace FirstFrame {

// Calls f once, from the event loop, after the first paint of any widget of `window` (so after
// the whole frame); never if `context` is destroyed first.
void after(QWidget *window, QObject *context, std::function<void()> f);

} // namespace FirstFrame
