// SPDX-License-Identifier: MIT
#include "state/application.h"

#include <QApplication>
#include <QIcon>

void setUpApplication(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral("actviz"));
    QApplication::setOrganizationName(QStringLiteral("actviz"));
    QApplication::setApplicationDisplayName(QStringLiteral("actviz"));
    QApplication::setApplicationVersion(QStringLiteral(ACTVIZ_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.actviz.actviz"));
    const QIcon icon(QStringLiteral(":/icons/actviz.svg"));
    if (!icon.isNull())
        app.setWindowIcon(icon);
}
