// SPDX-License-Identifier: MIT
#include "state/application.h"
#include "state/uppervectorstate.h"

#include <QApplication>

void setUpApplication(QApplication &app)
{
    app.installEventFilter(new UpperVectorStateFilter(&app));
    QApplication::setApplicationName(QStringLiteral("actviz"));
    QApplication::setOrganizationName(QStringLiteral("actviz"));
    QApplication::setApplicationDisplayName(QStringLiteral("actviz"));
    QApplication::setApplicationVersion(QStringLiteral(ACTVIZ_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.actviz.actviz"));
}
