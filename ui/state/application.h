// SPDX-License-Identifier: MIT
// Application-wide set-up shared by the window and `actviz export`: names (for QSettings),
// version, and the filter that clears the vector registers' upper halves between events
// (state/uppervectorstate.h). The window's icon is the window's business (WindowLauncher): an
// export has no window, and loading the SVG icon engine cost it 2 ms.
#pragma once

class QApplication;

void setUpApplication(QApplication &app);
