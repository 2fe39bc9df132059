// SPDX-License-Identifier: MIT
#include "shell/windowhost.h"

#include "shell/mainwindow.h"
#include "shell/presentationmode.h"
#include "text/language.h"

#include <QTabWidget>

WindowHost::WindowHost(AppState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    connect(Language::instance(), &Language::changed, this, &WindowHost::rebuild);
}

WindowHost::~WindowHost()
{
    // Replaced windows whose deferred deletion never ran (no event loop after the switch).
    for (const QPointer<MainWindow> &old : std::as_const(m_retired))
        delete old;
    delete m_window;
}

void WindowHost::show(const QSettings &settings)
{
    if (!m_window)
        m_window = new MainWindow(m_state);
    m_window->restoreLayout(settings);
    m_window->show();
}

void WindowHost::rebuild()
{
    MainWindow *old = m_window;
    if (!old)
        return;
    // A presentation carries over: ended on the old window first, so that the panels, the window
    // state and the fonts it took are back before they are copied, then begun on the new one.
    const bool presenting = old->presentationMode()->isOn();
    old->presentationMode()->setOn(false);
    auto *fresh = new MainWindow(m_state);
    // The client rectangle as it is, rather than saveGeometry(): that one records the frame,
    // which a window shown without a window manager does not have, and the copy would move.
    fresh->setGeometry(old->geometry());
    fresh->setWindowState(old->windowState());
    fresh->restoreState(old->saveState());
    fresh->tabs()->setCurrentIndex(old->tabs()->currentIndex());
    m_window = fresh;
    if (presenting)
        fresh->presentationMode()->setOn(true);
    if (old->isVisible()) {
        // The new window first, so the application never has no window and does not quit.
        fresh->show();
        old->hide();
    }
    // Later: the language change may have come from a menu of the old window.
    old->deleteLater();
    m_retired.append(old);
    emit windowRebuilt(fresh);
}
