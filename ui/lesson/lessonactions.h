// SPDX-License-Identifier: MIT
// LessonActions: File → Open lesson…, Save lesson… and the Example lessons submenu. Works on the
// AppState alone (it knows the current view, which the window's tabs follow) and reports what
// happened by return value and by statusMessage(); it knows no window. Opening reads and checks
// the whole file before anything changes (LessonFile), then applies the state and view and
// switches the interface language if the lesson names one.
#pragma once

#include <QObject>
#include <QString>

class AppState;
class QMenu;
class QWidget;
struct Lesson;

class LessonActions : public QObject
{
    Q_OBJECT
public:
    // Adds the actions at the top of file, followed by a separator. dialogParent (which owns
    // this object) parents the file and message dialogs.
    LessonActions(AppState *state, QWidget *dialogParent, QMenu *file);

    // Opens path into state without asking anything; returns why it failed (translated), or an
    // empty string. On failure nothing changed: not the state, not the settings.
    static QString open(AppState &state, const QString &path, QString *status = nullptr);
    // Shows lesson (already read and checked) and returns the status-bar text that announces it.
    // A lesson that names another language switches it last, which rebuilds the window.
    static QString show(AppState &state, const Lesson &lesson);
    // Writes what state shows to path; returns why it failed, or an empty string.
    static QString save(const AppState &state, const QString &path);

    // The example lessons compiled into the binary (":/lessons/….json"), sorted by file name.
    [[nodiscard]] static QStringList examplePaths();

signals:
    // A lesson opened or saved. After a language switch the sender's window is no longer the
    // one on screen: the receiver passes the text on to the window that is.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void openDialog();
    void saveDialog();
    // Opens path, or says why not in a message box (naming shownPath); true if it opened.
    bool openPath(const QString &path, const QString &shownPath);
    void fillExamples(QMenu *menu);

    AppState *m_state;
    QWidget *m_dialogParent;
};
