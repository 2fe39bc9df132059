// SPDX-License-Identifier: MIT
#include "shell/mainwindow.h"

#include "export/exportdialog.h"
#include "export/exporter.h"
#include "naive/naivecontrols.h"
#include "naive/naiveoverlay.h"
#include "naive/naivesoftmaxpanel.h"
#include "plot/functionchart.h"
#include "plot/functionlistpanel.h"
#include "plot/plotview.h"
#include "shell/aboutdialog.h"
#include "shell/presentationmode.h"
#include "softmax/softmaxview.h"
#include "state/appstate.h"
#include "teaching/compareview.h"
#include "teaching/depthview.h"
#include "teaching/gatedview.h"
#include "teaching/likelihoodview.h"
#include "teaching/lossview.h"
#include "teaching/normview.h"
#include "teaching/trainingview.h"
#include "widgets/customformulaeditor.h"
#include "widgets/epsiloncontrol.h"
#include "widgets/firstframe.h"
#include "widgets/lazypage.h"
#include "widgets/notespanel.h"
#include "widgets/parameterpanel.h"
#include "widgets/plotcontrols.h"
#include "widgets/preactivationcontrols.h"
#include "widgets/propertiespanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

MainWindow::MainWindow(AppState *state, QWidget *parent)
    : QMainWindow(parent)
    , m_state(state)
    , m_chart(new FunctionChart(state))
    , m_plotView(new PlotView(state, m_chart, this))
    , m_controls(new PlotControls(state, this))
    , m_list(new FunctionListPanel(state, this))
    , m_properties(new PropertiesPanel(state, this, true))
    , m_parameters(new ParameterPanel(state, this))
    , m_formula(new CustomFormulaEditor(state, this))
    , m_epsilon(new EpsilonControl(state, this))
    , m_tabs(new QTabWidget(this))
    , m_notes(new NotesPanel(state, this, true))
{
    setWindowTitle(tr("actviz — activation functions"));
    setObjectName(QStringLiteral("MainWindow"));
    m_naive = new NaiveOverlay(m_chart, state); // a child of the chart
    addPage(ViewId::Functions, buildPlotTab(), tr("&Functions"));
    // The other tabs are built when first shown (or asked for): see LazyPage.
    m_softmaxPage = new LazyPage([this](QWidget *page) { return buildSoftmaxTab(page); }, this);
    m_depth = new LazyPage([state](QWidget *page) { return new DepthView(state, page); }, this);
    m_compare = new LazyPage([state](QWidget *page) { return new CompareView(state, page); }, this);
    m_loss = new LazyPage([state](QWidget *page) { return new LossView(state, page); }, this);
    m_likelihood = new LazyPage([state](QWidget *page) { return new LikelihoodView(state, page); }, this);
    m_training = new LazyPage([state](QWidget *page) { return new TrainingView(state, page); }, this);
    m_gated = new LazyPage([state](QWidget *page) { return new GatedView(state, page); }, this);
    m_norm = new LazyPage([state](QWidget *page) { return new NormView(state, page); }, this);
    addPage(ViewId::Softmax, m_softmaxPage, tr("&Softmax"));
    addPage(ViewId::Depth, m_depth, tr("&Depth"));
    addPage(ViewId::Compare, m_compare, tr("Co&mpare"));
    addPage(ViewId::Loss, m_loss, tr("L&oss"));
    addPage(ViewId::Likelihood, m_likelihood, tr("Li&kelihood"));
    addPage(ViewId::Training, m_training, tr("&Training"));
    addPage(ViewId::Gated, m_gated, tr("&Gated units"));
    addPage(ViewId::Norm, m_norm, tr("Layer&Norm vs DyT"));
    m_tabs->setDocumentMode(true);
    m_tabs->setCurrentWidget(page(state->currentView()));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // Built on being picked, not only on being shown: a window not on screen has pages too.
        if (auto *lazy = qobject_cast<LazyPage *>(m_tabs->widget(index)))
            lazy->content();
        if (index >= 0 && index < m_pages.size())
            m_state->setCurrentView(m_pages[index].first);
        updateDocks();
    });
    connect(state, &AppState::currentViewChanged, this, [this](ViewId view) { m_tabs->setCurrentWidget(page(view)); });
    setCentralWidget(m_tabs);

    addDock(m_list, tr("Functions"), QStringLiteral("functionsDock"), Qt::LeftDockWidgetArea);
    addDock(m_properties, tr("Properties"), QStringLiteral("propertiesDock"), Qt::LeftDockWidgetArea);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_formula); // shown while a typed formula is the current function
    rightLayout->addWidget(m_parameters);
    rightLayout->addSpacing(12);
    rightLayout->addWidget(m_epsilon);
    rightLayout->addStretch(1);
    addDock(right, tr("Parameters"), QStringLiteral("parametersDock"), Qt::RightDockWidgetArea);
    QDockWidget *notes = addDock(m_notes, tr("Notes"), QStringLiteral("notesDock"), Qt::RightDockWidgetArea);
    m_presentation = new PresentationMode(this);
    // Their rich text once the window is on screen: the first frame shows the plot sooner.
    FirstFrame::after(this, this, [this] {
        m_properties->fill();
        m_notes->fill();
    });
    // Wide enough to read: every function name in the list, the parameter boxes, the notes.
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->setMinimumWidth(dock->objectName() == QLatin1String("functionsDock") ? kMinListWidth : kMinPanelWidth);
    fitToScreen(); // before the docks are sized: resizing the window later rescales them
    updateDocks();
    resizeDocks(findChildren<QDockWidget *>(), QList<int>(findChildren<QDockWidget *>().size(), 260), Qt::Horizontal);
    if (availableSize().width() < kCompactWidth) {
        // A projector: the plot keeps most of the width; Properties shares the right column
        // with the notes, as a tab, and the function list stays whole on the left.
        QDockWidget *properties = findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
        addDockWidget(Qt::RightDockWidgetArea, properties);
        tabifyDockWidget(notes, properties);
        properties->raise();
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("functionsDock")), notes}, {kMinListWidth, kMinPanelWidth},
                    Qt::Horizontal);
        // The parameters whole (sliders, ε), the notes and properties below them.
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("parametersDock")), notes}, {400, 300}, Qt::Vertical);
    } else {
        // Each column's height where its text is: the parameters (two sliders at most, ε) above
        // the notes, the list above the properties' table. Left to Qt, the parameters took 600
        // empty pixels of an 860-pixel window and the notes and properties 200 each, cut off.
        const int column = height();
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("parametersDock")), notes}, {column * 2 / 5, column * 3 / 5},
                    Qt::Vertical);
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("functionsDock")),
                     findChild<QDockWidget *>(QStringLiteral("propertiesDock"))},
                    {column * 3 / 5, column * 2 / 5}, Qt::Vertical);
    }

    buildMenus();
    statusBar()->showMessage(tr("Tick functions to plot them; click a name to edit its α and β."));
    connect(m_plotView, &PlotView::hoverTextChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });
    connect(m_controls, &PlotControls::rangeRefused, this,
            [this](const QString &why) { statusBar()->showMessage(tr("Range not applied: %1").arg(why), 8000); });
    connect(m_chart, &FunctionChart::curvesUpdated, this,
            [this] { m_controls->showFittedRange(m_chart->yAxis()->min(), m_chart->yAxis()->max()); });
    connect(m_list, &FunctionListPanel::formulaCreated, m_formula, &CustomFormulaEditor::focusFormula);
    // Tab order: list → plot controls → plot → parameters.
    setTabOrder(m_list, m_controls);
    setTabOrder(m_controls, m_plotView);
    setTabOrder(m_plotView, m_parameters);
}

QSize MainWindow::availableSize() const
{
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    return s ? s->availableGeometry().size() : QSize(1400, 860);
}

void MainWindow::fitToScreen()
{
    // 1400×860 where there is room; on a projector (1024×768, less the panel) what is available.
    resize(QSize(1400, 860).boundedTo(availableSize()));
}

QWidget *MainWindow::buildPlotTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // After the ranges, wrapping with them: the naive formulas and the wide range where they fail.
    auto *naive = new QWidget(tab);
    auto *naiveRow = new QHBoxLayout(naive);
    naiveRow->setContentsMargins(0, 0, 0, 0);
    naiveRow->addWidget(new NaiveControls(m_state, naive));
    auto *wide = new QPushButton(tr("x from −1000 to 1000"), naive);
    wide->setToolTip(
        tr("Where the naive sigmoid, tanh and softplus overflow (beyond ±88.7 in float32, ±709.8 in float64)"));
    connect(wide, &QPushButton::clicked, this, [this] { m_state->setXRange(-1000.0, 1000.0); });
    naiveRow->addWidget(wide);
    m_controls->addGroup(naive);
    m_controls->addGroup(new PreactivationControls(m_state, tab));
    layout->addWidget(m_controls);
    layout->addWidget(m_plotView, 1);
    return tab;
}

QWidget *MainWindow::buildSoftmaxTab(QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    m_softmax = new SoftmaxView(m_state, tab);
    layout->addWidget(m_softmax, 1);
    auto *naive = new NaiveSoftmaxPanel(m_state, tab);
    naive->setContentsMargins(9, 0, 9, 6);
    layout->addWidget(naive);
    return tab;
}

void MainWindow::addPage(ViewId view, QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
    m_pages.append({view, page});
}

SoftmaxView *MainWindow::softmaxView() const
{
    m_softmaxPage->content();
    return m_softmax;
}

DepthView *MainWindow::depthView() const
{
    return static_cast<DepthView *>(m_depth->content());
}
CompareView *MainWindow::compareView() const
{
    return static_cast<CompareView *>(m_compare->content());
}
LossView *MainWindow::lossView() const
{
    return static_cast<LossView *>(m_loss->content());
}
LikelihoodView *MainWindow::likelihoodView() const
{
    return static_cast<LikelihoodView *>(m_likelihood->content());
}
GatedView *MainWindow::gatedView() const
{
    return static_cast<GatedView *>(m_gated->content());
}
NormView *MainWindow::normView() const
{
    return static_cast<NormView *>(m_norm->content());
}
TrainingView *MainWindow::trainingView() const
{
    return static_cast<TrainingView *>(m_training->content());
}

QWidget *MainWindow::page(ViewId view) const
{
    for (const auto &[id, widget] : m_pages)
        if (id == view)
            return widget;
    return m_pages.isEmpty() ? nullptr : m_pages.first().second;
}

void MainWindow::updateDocks()
{
    if (m_presentation && m_presentation->isOn())
        return; // the panels stay hidden until the presentation ends
    // Parameters for the views that use α, β; properties and notes for those about the current function.
    const ViewId view = m_state->currentView();
    const bool aboutCurrent = view == ViewId::Functions || view == ViewId::Depth;
    if (auto *parameters = findChild<QDockWidget *>(QStringLiteral("parametersDock")))
        parameters->setVisible(aboutCurrent || view == ViewId::Compare || view == ViewId::Training);
    if (auto *properties = findChild<QDockWidget *>(QStringLiteral("propertiesDock")))
        properties->setVisible(aboutCurrent);
    if (auto *notes = findChild<QDockWidget *>(QStringLiteral("notesDock")))
        notes->setVisible(aboutCurrent);
    // The gated units and LayerNorm vs DyT have controls of their own and need the width.
    if (auto *functions = findChild<QDockWidget *>(QStringLiteral("functionsDock")))
        functions->setVisible(view != ViewId::Gated && view != ViewId::Norm);
}

QDockWidget *MainWindow::addDock(QWidget *content, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true); // first: otherwise setWidget() lays the content out once more
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    dock->setWidget(scroll);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::exportPlot()
{
    // The view on screen; the function plot keeps its familiar file name.
    const ViewId view = m_state->currentView();
    exportView(view, view == ViewId::Functions ? tr("activations.png") : viewName(view) + QStringLiteral(".png"));
}

void MainWindow::exportSoftmax()
{
    exportView(ExportRequest::View::Softmax, tr("softmax.png"));
}

void MainWindow::exportView(ExportRequest::View view, const QString &fileName)
{
    // Pictures if the desktop has one, else home: the suggested path must be writable.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    ExportDialog dialog(view, QDir(dir).filePath(fileName), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = Exporter::exportFile(*m_state, dialog.request());
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(dialog.request().path), 5000);
}

void MainWindow::copyPlotImage()
{
    ExportRequest request;
    request.view = m_state->currentView();
    request.size = m_tabs->currentWidget()->size();
    request.devicePixelRatio = devicePixelRatioF();
    QApplication::clipboard()->setImage(Exporter::renderImage(*m_state, request));
    statusBar()->showMessage(tr("Plot image copied to the clipboard"), 3000);
}

void MainWindow::resetToDefaults()
{
    const auto answer = QMessageBox::question(
        this, tr("Reset to defaults"),
        tr("Show sigmoid, tanh and relu again and reset every parameter, ε, the ranges and the softmax vector?"));
    if (answer == QMessageBox::Yes)
        m_state->resetToDefaults();
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The tab is the state's current view, saved with the state.
    m_tabs->setCurrentWidget(page(m_state->currentView()));
    updateDocks();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_presentation->setOn(false); // saves the panels as they are outside the presentation
    QSettings settings;
    saveLayout(settings);
    m_state->save(settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    // A lesson in another language rebuilt the window: this one is hidden, the new one shows it.
    MainWindow *shown = this;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *main = qobject_cast<MainWindow *>(w); main && main->isVisible() && main->m_state == m_state)
            shown = main;
    shown->statusBar()->showMessage(text, timeoutMs);
}
