// SPDX-License-Identifier: MIT
// MainWindow's menus: File (lessons, export, quit), Edit, View (toggles, every view, language,
// presentation, the panels), Help.
#include "lesson/lessonactions.h"
#include "shell/mainwindow.h"
#include "shell/presentationmode.h"
#include "state/appstate.h"
#include "widgets/languagemenu.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Open/Save lesson and the examples, above the export entries.
    auto *lessons = new LessonActions(m_state, this, file);
    connect(lessons, &LessonActions::statusMessage, this, &MainWindow::showStatus);
    QAction *exportPlot = file->addAction(tr("&Export plot…"), this, &MainWindow::exportPlot);
    exportPlot->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *exportSoftmax = file->addAction(tr("Export &softmax view…"), this, &MainWindow::exportSoftmax);
    exportSoftmax->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy plot image"), this, &MainWindow::copyPlotImage);
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *derivatives = view->addAction(tr("&Derivatives"));
    derivatives->setCheckable(true);
    derivatives->setShortcut(QKeySequence(tr("Ctrl+D")));
    QAction *saturation = view->addAction(tr("&Saturation bands"));
    saturation->setCheckable(true);
    saturation->setShortcut(QKeySequence(tr("Ctrl+B")));
    auto syncToggles = [this, derivatives, saturation] {
        derivatives->setChecked(m_state->showDerivatives());
        saturation->setChecked(m_state->showSaturation());
    };
    syncToggles();
    connect(derivatives, &QAction::toggled, m_state, &AppState::setShowDerivatives);
    connect(saturation, &QAction::toggled, m_state, &AppState::setShowSaturation);
    connect(m_state, &AppState::derivativesToggled, this, syncToggles);
    connect(m_state, &AppState::saturationToggled, this, syncToggles);
    view->addSeparator();
    QAction *resetView = view->addAction(tr("Reset &view"), m_state, &AppState::resetView);
    resetView->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addAction(tr("Reset to &defaults…"), this, &MainWindow::resetToDefaults);
    view->addMenu(new LanguageMenu(this));
    view->addSeparator();
    // Every view, also those whose tabs a narrow window scrolls out of sight, with Ctrl+1…9.
    for (int i = 0; i < m_tabs->count(); ++i) {
        // Without the tab's mnemonic, which would repeat the menu's own (&Depth, &Derivatives).
        QString name = m_tabs->tabText(i);
        name.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(QLatin1Char('&')); // 函数(&F), &Functions
        QAction *go = view->addAction(name, this, [this, i] { m_tabs->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    view->addAction(m_presentation->action());
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About actviz"), this, &MainWindow::showAbout);
}
