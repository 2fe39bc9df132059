// SPDX-License-Identifier: MIT
#include "shell/presentationmode.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>

PresentationMode::PresentationMode(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Presentation mode"), window))
    , m_leave(new QAction(tr("Leave presentation mode"), window))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setToolTip(tr("Full screen with larger text and no side panels, for a projector (F11 or Esc to leave)"));
    connect(m_action, &QAction::toggled, this, &PresentationMode::setOn);
    // Esc leaves too, but only while presenting: elsewhere it belongs to the widgets.
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setEnabled(false);
    connect(m_leave, &QAction::triggered, this, [this] { setOn(false); });
    window->addAction(m_action);
    window->addAction(m_leave);
}

PresentationMode::~PresentationMode()
{
    // The fonts are the application's: a window rebuilt or closed while presenting gives them back.
    if (m_on)
        QApplication::setFont(m_font);
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    m_action->setChecked(on);
    m_leave->setEnabled(on);
    if (on) {
        m_dockState = m_window->saveState();
        m_windowState = m_window->windowState();
        m_font = QApplication::font();
        QFont large = m_font;
        if (large.pointSizeF() > 0)
            large.setPointSizeF(large.pointSizeF() * kFontScale);
        else
            large.setPixelSize(qRound(large.pixelSize() * kFontScale));
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->hide();
        // Every widget and chart restyles itself on the application font change.
        QApplication::setFont(large);
        m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
    } else {
        QApplication::setFont(m_font);
        m_window->setWindowState(m_windowState);
        m_window->restoreState(m_dockState);
    }
}
