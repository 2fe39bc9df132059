// SPDX-License-Identifier: MIT
// The notes beside the plot: the current function's note (formula, derivative, ranges, pros,
// cons, typical use) is shown and follows the current function; the key facts the issue names
// for sigmoid, ReLU, GELU and Swish are there; the main window's tabs follow the state's view.
#include "shell/mainwindow.h"
#include "state/appstate.h"
#include "text/activationnotes.h"
#include "text/exprtext.h"
#include "widgets/lazypage.h"
#include "widgets/notespanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>

class TestNotesPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsNoteOfCurrent_data();
    void showsNoteOfCurrent();
    void followsCurrentFunction();
    void tabsFollowState_data();
    void tabsFollowState();
    void notesDockBesidePlot();
    void filledAfterFirstFrame();
    void propertiesFormulaBreaksBetweenTerms();
};

namespace {

// The label's text as a reader sees it (entities decoded, tags dropped).
QString plain(const QLabel *label)
{
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

} // namespace

void TestNotesPanel::showsNoteOfCurrent_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("fact"); // from the issue's own words
    QTest::newRow("sigmoid: gradient ≤ 0.25") << "sigmoid"
                                              << "0.25";
    QTest::newRow("relu: dying neurons") << "relu"
                                         << "Dying ReLU";
    QTest::newRow("gelu: Transformers") << "gelu"
                                        << "Transformers";
    QTest::newRow("swish: EfficientNet") << "swish"
                                         << "EfficientNet";
    QTest::newRow("swish: MobileNetV3") << "swish"
                                        << "MobileNetV3";
}

void TestNotesPanel::showsNoteOfCurrent()
{
    QFETCH(QString, id);
    QFETCH(QString, fact);
    AppState state;
    NotesPanel panel(&state);
    panel.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    state.setCurrentFunction(id);
    QCOMPARE(panel.shownId(), id);
    const QString html = panel.label()->text();
    const ActivationNote *note = ActivationNotes::find(id);
    QVERIFY(note);
    // Every part of the note, as rich text (superscripts and all), not raw LaTeX.
    for (const QString &part : {note->formulaHtml, note->derivativeHtml, note->outputRange, note->derivativeRange,
                                note->pros, note->cons, note->typicalUse})
        QVERIFY2(html.contains(ActivationNotes::translated(part)), qPrintable(part));
    QVERIFY(!html.contains(QLatin1String("\\frac")));
    QVERIFY2(plain(panel.label()).contains(fact), qPrintable(plain(panel.label())));
    for (const char *heading : {"Pros", "Cons", "Typical use"})
        QVERIFY(plain(panel.label()).contains(QLatin1String(heading)));
}

void TestNotesPanel::followsCurrentFunction()
{
    AppState state;
    NotesPanel panel(&state);
    panel.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.shownId(), QStringLiteral("sigmoid")); // the default current function
    QVERIFY(plain(panel.label()).contains(QStringLiteral("(0, 0.25]")));
    state.setCurrentFunction(QStringLiteral("tanh"));
    QCOMPARE(panel.shownId(), QStringLiteral("tanh"));
    QVERIFY(plain(panel.label()).contains(QStringLiteral("(−1, 1)")));
    QVERIFY(!panel.label()->text().contains(ActivationNotes::translated(ActivationNotes::find(u"sigmoid")->pros)));
    state.setCurrentFunction(QStringLiteral("relu"));
    QVERIFY(panel.label()->text().contains(ActivationNotes::translated(ActivationNotes::find(u"relu")->cons)));
}

void TestNotesPanel::tabsFollowState_data()
{
    QTest::addColumn<ViewId>("view");
    QTest::addColumn<QString>("pageClass");
    QTest::newRow("depth") << ViewId::Depth << "DepthView";
    QTest::newRow("compare") << ViewId::Compare << "CompareView";
    QTest::newRow("loss") << ViewId::Loss << "LossView";
    QTest::newRow("likelihood") << ViewId::Likelihood << "LikelihoodView";
    QTest::newRow("gated") << ViewId::Gated << "GatedView";
    QTest::newRow("norm") << ViewId::Norm << "NormView";
}

void TestNotesPanel::tabsFollowState()
{
    QFETCH(ViewId, view);
    QFETCH(QString, pageClass);
    AppState state;
    MainWindow window(&state);
    // The teaching tabs are built when first picked: before, the page holds nothing.
    auto *lazy = qobject_cast<LazyPage *>(window.page(view));
    QVERIFY(lazy);
    QVERIFY(!lazy->isBuilt());
    state.setCurrentView(view);
    QCOMPARE(window.tabs()->currentWidget(), lazy);
    QVERIFY(lazy->isBuilt());
    QCOMPARE(QString::fromLatin1(lazy->content()->metaObject()->className()), pageClass);
    // And the other way: picking a tab sets the state's view.
    window.tabs()->setCurrentIndex(0);
    QCOMPARE(state.currentView(), ViewId::Functions);
    window.tabs()->setCurrentWidget(window.page(view));
    QCOMPARE(state.currentView(), view);
}

void TestNotesPanel::notesDockBesidePlot()
{
    AppState state;
    MainWindow window(&state);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("notesDock"));
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    QCOMPARE(window.notesPanel()->shownId(), state.currentFunction());
    // On the likelihood tab the notes about an activation have nothing to say.
    state.setCurrentView(ViewId::Likelihood);
    QVERIFY(!dock->isVisible());
    state.setCurrentView(ViewId::Depth);
    QVERIFY(dock->isVisible());
    // The gated units have their own selector: the list of functions makes room for the maps.
    auto *functions = window.findChild<QDockWidget *>(QStringLiteral("functionsDock"));
    QVERIFY(functions && functions->isVisible());
    state.setCurrentView(ViewId::Gated);
    QVERIFY(!functions->isVisible() && !dock->isVisible());
    state.setCurrentView(ViewId::Norm);
    QVERIFY(!functions->isVisible() && !dock->isVisible());
    state.setCurrentView(ViewId::Functions);
    QVERIFY(functions->isVisible() && dock->isVisible());
}

// The note's rich text is laid out once the window has painted its first frame, not while the
// window is built (issue 14: it was a fifth of the CPU time to the first frame).
void TestNotesPanel::filledAfterFirstFrame()
{
    AppState state;
    MainWindow window(&state);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("notesDock"));
    QVERIFY(dock);
    const auto noteShown = [dock] {
        for (const QLabel *label : dock->findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("Pros")))
                return true;
        return false;
    };
    QVERIFY(!noteShown());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(noteShown());
}

void TestNotesPanel::propertiesFormulaBreaksBetweenTerms()
{
    // The Properties table's formula wrapped as "σ(x) = 1 / (1 +" and "e^(−x))": a space inside
    // parentheses is now a no-break space, and σ' is drawn with the prime the labels use.
    QTextDocument doc;
    doc.setHtml(ExprText::formulaHtml(QStringLiteral("σ'(x) = 1 / (1 + e^(−x))")));
    const QString text = doc.toRawText(); // toPlainText() turns no-break spaces into spaces
    QVERIFY2(text.contains(QStringLiteral("(1\u00A0+\u00A0e^(−x))")), qPrintable(text));
    QVERIFY2(text.startsWith(QStringLiteral("σ′(x) = 1 /")), qPrintable(text)); // spaces outside still break
    QVERIFY(!text.contains(QLatin1Char('\'')));
}

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
