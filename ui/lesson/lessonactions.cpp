// SPDX-License-Identifier: MIT
#include "lesson/lessonactions.h"

#include "lesson/lessonfile.h"
#include "state/appstate.h"
#include "state/viewid.h"
#include "text/language.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

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

} // namespace

LessonActions::LessonActions(AppState *state, QWidget *dialogParent, QMenu *file)
    : QObject(dialogParent)
    , m_state(state)
    , m_dialogParent(dialogParent)
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
    // Reading and checking the lessons is a few ms the first frame does without (issue 14):
    // they are listed when the File menu first opens, before its submenu can.
    connect(file, &QMenu::aboutToShow, this, [this, examples] {
        if (examples->isEmpty())
            fillExamples(examples);
    });
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
        connect(action, &QAction::triggered, this, [this, path] { openPath(path, path); });
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

QString LessonActions::open(AppState &state, const QString &path, QString *status)
{
    const LessonReadResult read = LessonFile::read(path);
    if (!read.lesson)
        return read.error;
    const QString shown = show(state, *read.lesson);
    if (status)
        *status = shown;
    return {};
}

QString LessonActions::show(AppState &state, const Lesson &lesson)
{
    LessonFile::apply(lesson, state);
    lastLessonText() = {lesson.title, lesson.description};
    // Last: a different language rebuilds the window, which keeps the view. The announcement is
    // written afterwards, in the new language.
    if (!lesson.language.isEmpty())
        Language::instance()->setCurrent(lesson.language);
    const QString title = LessonFile::displayTitle(lesson);
    return title.isEmpty() ? QString() : tr("Lesson: %1").arg(title);
}

QString LessonActions::save(const AppState &state, const QString &path)
{
    Lesson lesson = LessonFile::capture(state, Language::instance()->current());
    lesson.title = lastLessonText().title.isEmpty() ? QFileInfo(path).completeBaseName() : lastLessonText().title;
    lesson.description = lastLessonText().description;
    const QString error = LessonFile::write(lesson, path);
    if (error.isEmpty())
        lastLessonText() = {lesson.title, lesson.description};
    return error;
}

void LessonActions::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open lesson"), startDirectory(),
                                                      tr("actviz lessons (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (openPath(path, QDir::toNativeSeparators(path)))
        rememberDirectory(path);
}

bool LessonActions::openPath(const QString &path, const QString &shownPath)
{
    QString status;
    const QString error = open(*m_state, path, &status);
    if (!error.isEmpty()) {
        QMessageBox::critical(m_dialogParent, tr("Cannot open lesson"),
                              tr("The lesson “%1” was not opened:\n%2").arg(shownPath, error));
        return false;
    }
    if (!status.isEmpty())
        emit statusMessage(status, 10000);
    return true;
}

void LessonActions::saveDialog()
{
    const QString suggested =
        QDir(startDirectory())
            .filePath(lastLessonText().title.isEmpty() ? tr("lesson.json")
                                                       : lastLessonText().title + QLatin1String(".json"));
    QString path =
        QFileDialog::getSaveFileName(m_dialogParent, tr("Save lesson"), suggested, tr("actviz lessons (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QLatin1String(".json");
    const QString error = save(*m_state, path);
    if (!error.isEmpty()) {
        QMessageBox::critical(m_dialogParent, tr("Cannot save lesson"),
                              tr("The lesson “%1” was not saved:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    rememberDirectory(path);
    emit statusMessage(tr("Lesson saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}
