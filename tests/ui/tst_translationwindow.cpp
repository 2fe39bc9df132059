// SPDX-License-Identifier: MIT
// The window, rebuilt in zh_CN without a restart, and the dialogs show no English word outside a
// short explicit list (function names, units, formats, identifiers; englishwords.h): every
// widget, action, chart title, axis, series, legend and scene text, every tab once on screen.
#include "englishwords.h"

#include "export/exportdialog.h"
#include "registry.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"
#include "shell/windowhost.h"
#include "state/appstate.h"
#include "text/language.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace uitest;

namespace {

// The titles, axes, series, legend and scene texts of a chart.
void addChart(TextCollector &collector, const QString &where, QChart *chart)
{
    if (!chart)
        return;
    collector.add(where + QStringLiteral(" chart title"), chart->title());
    for (QAbstractAxis *axis : chart->axes()) {
        collector.add(where + QStringLiteral(" axis title"), axis->titleText());
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            for (const QString &c : categories->categories())
                collector.add(where + QStringLiteral(" category"), c);
    }
    for (QAbstractSeries *series : chart->series()) {
        collector.add(where + QStringLiteral(" series"), series->name());
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                collector.add(where + QStringLiteral(" bar set"), set->label());
    }
    for (QLegendMarker *marker : chart->legend()->markers())
        collector.add(where + QStringLiteral(" legend"), marker->label());
    // Captions and annotations placed in the chart's scene as text items; the legend's own items
    // are skipped (they may be elided, and their labels were checked in full above).
    if (chart->scene())
        for (QGraphicsItem *item : chart->scene()->items()) {
            if (chart->legend()->isAncestorOf(item))
                continue;
            if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                collector.add(where + QStringLiteral(" scene text"), simple->text());
            if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                collector.add(where + QStringLiteral(" scene text"), rich->toPlainText());
        }
}

// The texts one widget shows, by its kind.
void addWidget(TextCollector &collector, QWidget *w)
{
    const QString where = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    collector.add(where + QStringLiteral(" windowTitle"), w->windowTitle());
    collector.add(where + QStringLiteral(" toolTip"), w->toolTip());
    collector.add(where + QStringLiteral(" statusTip"), w->statusTip());
    collector.add(where + QStringLiteral(" whatsThis"), w->whatsThis());
    collector.add(where + QStringLiteral(" accessibleName"), w->accessibleName());
    collector.add(where + QStringLiteral(" accessibleDescription"), w->accessibleDescription());
    if (auto *l = qobject_cast<QLabel *>(w))
        collector.add(where, l->text());
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        collector.add(where, b->text());
    if (auto *g = qobject_cast<QGroupBox *>(w))
        collector.add(where, g->title());
    if (auto *e = qobject_cast<QLineEdit *>(w))
        collector.add(where + QStringLiteral(" placeholder"), e->placeholderText());
    if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
        collector.add(where + QStringLiteral(" specialValueText"), s->specialValueText());
    if (auto *s = qobject_cast<QDoubleSpinBox *>(w))
        collector.add(where + QStringLiteral(" prefix/suffix"), s->prefix() + QLatin1Char(' ') + s->suffix());
    if (auto *s = qobject_cast<QSpinBox *>(w))
        collector.add(where + QStringLiteral(" prefix/suffix"), s->prefix() + QLatin1Char(' ') + s->suffix());
    if (auto *c = qobject_cast<QComboBox *>(w))
        for (int i = 0; i < c->count(); ++i)
            collector.add(where + QStringLiteral(" item"), c->itemText(i));
    if (auto *t = qobject_cast<QTabWidget *>(w))
        for (int i = 0; i < t->count(); ++i) {
            collector.add(where + QStringLiteral(" tab"), t->tabText(i));
            collector.add(where + QStringLiteral(" tab toolTip"), t->tabToolTip(i));
        }
    if (auto *m = qobject_cast<QMenu *>(w))
        collector.add(where + QStringLiteral(" title"), m->title());
    if (auto *tree = qobject_cast<QTreeWidget *>(w))
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            collector.add(where + QStringLiteral(" item"), (*it)->text(0));
            collector.add(where + QStringLiteral(" item toolTip"), (*it)->toolTip(0));
        }
    if (auto *s = qobject_cast<QStatusBar *>(w))
        collector.add(where + QStringLiteral(" message"), s->currentMessage());
    if (auto *view = qobject_cast<QChartView *>(w))
        addChart(collector, where, view->chart());
}

void collectActions(TextCollector &collector, QWidget *root)
{
    for (QAction *a : root->findChildren<QAction *>()) {
        collector.add(QStringLiteral("action"), a->text());
        if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")))
            collector.add(QStringLiteral("action toolTip"), a->toolTip());
        collector.add(QStringLiteral("action statusTip"), a->statusTip());
        if (a->menu())
            collector.add(QStringLiteral("menu"), a->menu()->title());
    }
}

void collectAll(TextCollector &collector, QWidget *root)
{
    addWidget(collector, root);
    for (QWidget *w : root->findChildren<QWidget *>())
        addWidget(collector, w);
    collectActions(collector, root);
}

} // namespace

class TestTranslationWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void windowHasNoEnglishAfterSwitch();
    void dialogsHaveNoEnglish();

private:
    QTemporaryDir m_dir;
};

void TestTranslationWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!actviz::registry().empty(), "the registry is empty");
}

void TestTranslationWindow::cleanup()
{
    Language::instance()->setCurrent(QStringLiteral("en"));
}

void TestTranslationWindow::windowHasNoEnglishAfterSwitch()
{
    AppState state;
    // Every kind of row the panels show: parameters used and unused, bands, derivatives.
    state.setShownFunctions(
        {QStringLiteral("sigmoid"), QStringLiteral("leaky_relu"), QStringLiteral("elu"), QStringLiteral("softshrink")});
    state.setCurrentFunction(QStringLiteral("leaky_relu"));
    QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    WindowHost host(&state);
    host.show(settings);
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));
    const MainWindow *english = host.window();
    const int tabCount = host.window()->tabs()->count();
    host.window()->tabs()->setCurrentIndex(tabCount - 1);

    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    MainWindow *chinese = host.window();
    QVERIFY2(chinese != english, "the window was not rebuilt in the new language");
    QVERIFY(QTest::qWaitForWindowExposed(chinese));
    QCOMPARE(chinese->tabs()->currentIndex(), tabCount - 1);
    QVERIFY(chinese->windowTitle().contains(QStringLiteral("激活函数")));

    TextCollector collector;
    // Every tab once on screen, so that views filling themselves when shown have done so.
    for (int i = 0; i < chinese->tabs()->count(); ++i) {
        chinese->tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
    }
    collectAll(collector, chinese);
    // The panels that describe the current function, for every function.
    for (const actviz::Activation &a : actviz::registry()) {
        state.setCurrentFunction(QString::fromUtf8(a.id.data(), static_cast<qsizetype>(a.id.size())));
        for (QLabel *label : chinese->findChildren<QLabel *>()) {
            collector.add(QStringLiteral("QLabel (current %1)").arg(a.id.data()), label->text());
            collector.add(QStringLiteral("QLabel toolTip (current %1)").arg(a.id.data()), label->toolTip());
        }
    }
    QVERIFY2(collector.empty(), qPrintable(QStringLiteral("English left in the zh_CN window:\n") + collector.report()));
}

void TestTranslationWindow::dialogsHaveNoEnglish()
{
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    TextCollector collector;
    AboutDialog about;
    collectAll(collector, &about);
    for (ViewId view :
         {ViewId::Functions, ViewId::Softmax, ViewId::Depth, ViewId::Compare, ViewId::Loss, ViewId::Likelihood, ViewId::Gated, ViewId::Norm}) {
        ExportDialog dialog(view, m_dir.filePath(QStringLiteral("figure.png")));
        collectAll(collector, &dialog);
    }
    QVERIFY2(collector.empty(), qPrintable(QStringLiteral("English left in zh_CN dialogs:\n") + collector.report()));
}

QTEST_MAIN(TestTranslationWindow)
#include "tst_translationwindow.moc"
