// SPDX-License-Identifier: MIT
#include "lessonactions.h"

#include "appstate.h"
#include "language.h"
#include "lessonfile.h"
#include "mainwindow.h"
#include "plotview.h"
#include "softmaxview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace {

const QString kLastDirKey = QStringLiteral("lessons/lastDirectory");

// The title and description of the lesson last opened or saved: kept for the next save, so a
// teacher who opens a lesson, changes a parameter and saves keeps its title. One per process,
// because the window (and these actions) are rebuilt when the language changes.
struct LessonText {
    QString title;
    QString description;
};
LessonText &lastLessonText()
{
    static LessonText text;
    return text;
}

QString startDirectory()
{
    const QString saved = QSettings().value(kLastDirKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberDirectory(const QString &file)
{
    QSettings().setValue(kLastDirKey, QFileInfo(file).absolutePath());
}

// The window on screen for state: after a language switch it is a new one.
MainWindow *visibleWindowFor(AppState *state, MainWindow *fallback)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *main = qobject_cast<MainWindow *>(w); main && main->isVisible() && main->state() == state)
            return main;
    return fallback;
}

// The lesson view name of one tab page: the two views of the window by identity, the teaching
// views by object or class name (a "DepthView" page shows the lesson view "depth").
QString viewOfPage(const MainWindow *window, const QWidget *page)
{
    if (!page)
        return {};
    if (page == window->plotView() || page->isAncestorOf(window->plotView()))
        return QStringLiteral("functions");
    if (page == window->softmaxView() || page->isAncestorOf(window->softmaxView()))
        return QStringLiteral("softmax");
    const QString object = page->objectName().toLower();
    const QString cls = QString::fromLatin1(page->metaObject()->className()).toLower();
    for (const QString &view : LessonFile::viewNames())
        if (object == view || object == view + QLatin1String("view") || cls == view + QLatin1String("view"))
            return view;
    return {};
}

} // namespace

LessonActions::LessonActions(MainWindow *window, QMenu *file)
    : QObject(window)
    , m_window(window)
{
    QAction *first = file->actions().isEmpty() ? nullptr : file->actions().first();
    auto *open = new QAction(tr("&Open lesson…"), file);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a lesson file: functions, parameters, ranges, view and language"));
    connect(open, &QAction::triggered, this, &LessonActions::openDialog);
    auto *save = new QAction(tr("&Save lesson…"), file);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save everything on screen as a lesson file to open again later"));
    connect(save, &QAction::triggered, this, &LessonActions::saveDialog);
    auto *examples = new QMenu(tr("E&xample lessons"), file);
    examples->setObjectName(QStringLiteral("exampleLessonsMenu"));
    fillExamples(examples);
    file->insertAction(first, open);
    file->insertAction(first, save);
    file->insertMenu(first, examples);
    file->insertSeparator(first);
}

void LessonActions::fillExamples(QMenu *menu)
{
    for (const QString &path : examplePaths()) {
        const LessonReadResult read = LessonFile::read(path);
        if (!read.lesson)
            continue;
        QAction *action = menu->addAction(LessonFile::displayTitle(*read.lesson));
        action->setToolTip(LessonFile::displayDescription(*read.lesson));
        connect(action, &QAction::triggered, this, [this, path] { openExample(path); });
    }
    menu->setToolTipsVisible(true);
    menu->setEnabled(!menu->isEmpty());
}

QStringList LessonActions::examplePaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QString LessonActions::open(MainWindow *window, const QString &path)
{
    const LessonReadResult read = LessonFile::read(path);
    if (!read.lesson)
        return read.error;
    show(window, *read.lesson);
    return {};
}

void LessonActions::show(MainWindow *window, const Lesson &lesson)
{
    LessonFile::apply(lesson, *window->state());
    showView(window, lesson.view);
    lastLessonText() = {lesson.title, lesson.description};
    // Last: a different language rebuilds the window, which keeps the tab chosen above.
    if (!lesson.language.isEmpty())
        Language::instance()->setCurrent(lesson.language);
    MainWindow *shown = visibleWindowFor(window->state(), window);
    const QString title = LessonFile::displayTitle(lesson);
    if (!title.isEmpty())
        shown->statusBar()->showMessage(tr("Lesson: %1").arg(title), 10000);
}

QString LessonActions::save(MainWindow *window, const QString &path)
{
    Lesson lesson = LessonFile::capture(*window->state(), currentView(window), Language::instance()->current());
    lesson.title = lastLessonText().title.isEmpty() ? QFileInfo(path).completeBaseName() : lastLessonText().title;
    lesson.description = lastLessonText().description;
    const QString error = LessonFile::write(lesson, path);
    if (error.isEmpty())
        lastLessonText() = {lesson.title, lesson.description};
    return error;
}

QString LessonActions::currentView(const MainWindow *window)
{
    const QString view = viewOfPage(window, window->tabs()->currentWidget());
    return view.isEmpty() ? LessonFile::viewNames().first() : view;
}

bool LessonActions::showView(MainWindow *window, const QString &view)
{
    QTabWidget *tabs = window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (viewOfPage(window, tabs->widget(i)) == view) {
            tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void LessonActions::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open lesson"), startDirectory(),
                                                      tr("actviz lessons (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = open(m_window, path);
    if (!error.isEmpty()) {
        QMessageBox::critical(m_window, tr("Cannot open lesson"),
                              tr("The lesson “%1” was not opened:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    rememberDirectory(path);
}

void LessonActions::openExample(const QString &path)
{
    const QString error = open(m_window, path);
    if (!error.isEmpty())
        QMessageBox::critical(m_window, tr("Cannot open lesson"),
                              tr("The lesson “%1” was not opened:\n%2").arg(path, error));
}

void LessonActions::saveDialog()
{
    const QString suggested = QDir(startDirectory()).filePath(
        lastLessonText().title.isEmpty() ? tr("lesson.json") : lastLessonText().title + QLatin1String(".json"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save lesson"), suggested,
                                                tr("actviz lessons (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QLatin1String(".json");
    const QString error = save(m_window, path);
    if (!error.isEmpty()) {
        QMessageBox::critical(m_window, tr("Cannot save lesson"),
                              tr("The lesson “%1” was not saved:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    rememberDirectory(path);
    m_window->statusBar()->showMessage(tr("Lesson saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}
