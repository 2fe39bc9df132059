// SPDX-License-Identifier: MIT
// MainWindow: composes the panels, the plot and the softmax view around one AppState and
// wires the menus. It computes and draws nothing itself.
#pragma once

#include "export/exporter.h"
#include "state/viewid.h"
#include "widgets/lazypage.h"

#include <QMainWindow>

class AppState;
class CompareView;
class CustomFormulaEditor;
class DepthView;
class GatedView;
class LikelihoodView;
class LossView;
class NormView;
class TrainingView;
class NaiveOverlay;
class NotesPanel;
class EpsilonControl;
class FunctionChart;
class FunctionListPanel;
class ParameterPanel;
class PlotControls;
class PlotView;
class PresentationMode;
class PropertiesPanel;
class QDockWidget;
class QSettings;
class QTabWidget;
class SoftmaxView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // state: shared with the caller (tests and the benchmark drive it); not owned.
    // Narrower screens than this get the compact layout (Properties tabbed with the notes).
    static constexpr int kCompactWidth = 1280;
    static constexpr int kMinListWidth = 215;
    static constexpr int kMinPanelWidth = 250;

    explicit MainWindow(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] AppState *state() const { return m_state; }
    [[nodiscard]] PlotView *plotView() const { return m_plotView; }
    [[nodiscard]] FunctionChart *chart() const { return m_chart; }
    [[nodiscard]] FunctionListPanel *functionList() const { return m_list; }
    [[nodiscard]] ParameterPanel *parameterPanel() const { return m_parameters; }
    [[nodiscard]] CustomFormulaEditor *formulaEditor() const { return m_formula; }
    [[nodiscard]] EpsilonControl *epsilonControl() const { return m_epsilon; }
    // The views of the tabs, built now if their tab was not opened yet.
    [[nodiscard]] SoftmaxView *softmaxView() const;
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] DepthView *depthView() const;
    [[nodiscard]] CompareView *compareView() const;
    [[nodiscard]] LossView *lossView() const;
    [[nodiscard]] LikelihoodView *likelihoodView() const;
    [[nodiscard]] GatedView *gatedView() const;
    [[nodiscard]] NormView *normView() const;
    [[nodiscard]] TrainingView *trainingView() const;
    [[nodiscard]] NotesPanel *notesPanel() const { return m_notes; }
    [[nodiscard]] NaiveOverlay *naiveOverlay() const { return m_naive; }
    [[nodiscard]] PresentationMode *presentationMode() const { return m_presentation; }
    // The tab page of a view (the tabs follow AppState::currentView); for every view but the
    // functions a LazyPage around the view.
    [[nodiscard]] QWidget *page(ViewId view) const;

    // Window geometry and dock layout (the AppState saves itself).
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    // Shows text in the status bar of the window on screen for this state (this one, unless a
    // language switch replaced it).
    void showStatus(const QString &text, int timeoutMs);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void fitToScreen();
    [[nodiscard]] QSize availableSize() const;
    QWidget *buildPlotTab();
    QWidget *buildSoftmaxTab(QWidget *parent);
    void addPage(ViewId view, QWidget *page, const QString &title);
    // Parameters for the views that use α/β, notes for those about the current function.
    void updateDocks();
    QDockWidget *addDock(QWidget *content, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void exportPlot();
    void exportSoftmax();
    void exportView(ExportRequest::View view, const QString &fileName);
    void copyPlotImage();
    void resetToDefaults();
    void showAbout();

    AppState *m_state;
    FunctionChart *m_chart;
    PlotView *m_plotView;
    PlotControls *m_controls;
    FunctionListPanel *m_list;
    PropertiesPanel *m_properties;
    ParameterPanel *m_parameters;
    CustomFormulaEditor *m_formula;
    EpsilonControl *m_epsilon;
    SoftmaxView *m_softmax = nullptr; // built with its tab
    QTabWidget *m_tabs;
    LazyPage *m_softmaxPage = nullptr;
    LazyPage *m_depth = nullptr;
    LazyPage *m_compare = nullptr;
    LazyPage *m_loss = nullptr;
    LazyPage *m_likelihood = nullptr;
    LazyPage *m_training = nullptr;
    LazyPage *m_gated = nullptr;
    LazyPage *m_norm = nullptr;
    NotesPanel *m_notes;
    NaiveOverlay *m_naive = nullptr;
    PresentationMode *m_presentation = nullptr;
    QList<std::pair<ViewId, QWidget *>> m_pages;
};
