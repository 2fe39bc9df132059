// SPDX-License-Identifier: MIT
// Application-wide set-up shared by the window and `actviz export`: names (for QSettings),
// version, icon.
#pragma once

class QApplication;

void setUpApplication(QApplication &app);
