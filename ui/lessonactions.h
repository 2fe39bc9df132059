// SPDX-License-Identifier: MIT
// LessonActions: File → Open lesson…, Save lesson… and the Example lessons submenu of a main
// window, and the mapping between a lesson's "view" and the window's tabs. Opening reads and
// checks the whole file before anything changes (LessonFile), then applies the state, shows the
// view and switches the interface language if the lesson names one.
#pragma once

#include <QObject>
#include <QString>

class MainWindow;
class QMenu;
struct Lesson;

class LessonActions : public QObject
{
    Q_OBJECT
public:
    // Adds the actions at the top of file, followed by a separator; owned by window.
    LessonActions(MainWindow *window, QMenu *file);

    // Opens path in window without asking anything; returns why it failed (translated), or an
    // empty string. On failure nothing changed: not the state, not the settings.
    static QString open(MainWindow *window, const QString &path);
    // Shows lesson in window (already read and checked).
    static void show(MainWindow *window, const Lesson &lesson);
    // Writes what window shows to path; returns why it failed, or an empty string.
    static QString save(MainWindow *window, const QString &path);

    // The lesson name of the window's current tab ("functions", "softmax", …).
    [[nodiscard]] static QString currentView(const MainWindow *window);
    // Makes the tab of view current; false if this window has no such tab.
    static bool showView(MainWindow *window, const QString &view);

    // The example lessons compiled into the binary (":/lessons/….json"), sorted by file name.
    [[nodiscard]] static QStringList examplePaths();

private:
    void openDialog();
    void saveDialog();
    void openExample(const QString &path);
    void fillExamples(QMenu *menu);

    MainWindow *m_window;
};
