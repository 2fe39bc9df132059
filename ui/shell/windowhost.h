// SPDX-License-Identifier: MIT
// WindowHost: owns the main window and builds it again, from the AppState, when the interface
// language changes. Every widget sets its texts when it is built, so a fresh window is the one
// way to be sure that every visible string is in the new language; geometry, dock layout and the
// current tab carry over, and the AppState (the single source of truth) is untouched.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class AppState;
class MainWindow;
class QSettings;

class WindowHost : public QObject
{
    Q_OBJECT
public:
    // state: not owned; it outlives the host.
    explicit WindowHost(AppState *state, QObject *parent = nullptr);
    ~WindowHost() override;

    [[nodiscard]] MainWindow *window() const { return m_window; }

    // Builds the window with the layout saved in settings and shows it.
    void show(const QSettings &settings);
    // Replaces the window by a new one in the current language, in the same place and state.
    void rebuild();

signals:
    void windowRebuilt(MainWindow *window);

private:
    AppState *m_state;
    QPointer<MainWindow> m_window;
    QList<QPointer<MainWindow>> m_retired;
};
