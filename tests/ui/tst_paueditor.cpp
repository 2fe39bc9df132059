// SPDX-License-Identifier: MIT
// PAU's coefficients in the Parameters panel: shown only for pau; typing redraws (the state and
// core's copy change on every valid keystroke); a bad entry is named and the last valid
// coefficients stay; the state's changes reach the lines; Reset restores the defaults; the
// export caption lists them.
#include "export/figurecaption.h"
#include "pau.h"
#include "registry.h"
#include "state/appstate.h"
#include "widgets/parameterpanel.h"
#include "widgets/paueditor.h"
#include "widgets/propertiespanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestPauEditor : public QObject
{
    Q_OBJECT
private slots:
    void shownForPauOnly();
    void typingRedraws();
    void badEntryKeepsTheCurve();
    void stateReachesTheLines();
    void resetRestoresTheDefaults();
    void propertiesFollowTheCoefficients();
};

void TestPauEditor::shownForPauOnly()
{
    AppState state;
    ParameterPanel panel(&state);
    panel.show();
    state.setCurrentFunction(QStringLiteral("relu"));
    QVERIFY(!panel.pauEditor()->isVisible());
    state.setCurrentFunction(QStringLiteral("pau"));
    QVERIFY(panel.pauEditor()->isVisible());
    QVERIFY(panel.resetButton()->isEnabled());
    QCOMPARE(panel.pauEditor()->numeratorEdit()->text(),
             QStringLiteral("0.0335583603, 0.505000375, 1.65343934, 2.01001052, 0.931901999, 0.152424124"));
    QCOMPARE(panel.pauEditor()->denominatorEdit()->text(),
             QStringLiteral("3.30847488e-06, 3.98021568, 5.12471206e-07, 0.301830109"));
}

void TestPauEditor::typingRedraws()
{
    AppState state;
    state.setCurrentFunction(QStringLiteral("pau"));
    PauEditor editor(&state);
    QSignalSpy spy(&state, &AppState::paramsChanged);
    QLineEdit *n = editor.numeratorEdit();
    n->selectAll();
    QTest::keyClicks(n, QStringLiteral("0, 1, 0, 0, 0, 0"));
    QLineEdit *d = editor.denominatorEdit();
    d->selectAll();
    QTest::keyClicks(d, QStringLiteral("0, 0, 0, 0"));
    const actviz::PauCoefficients identity{{0, 1, 0, 0, 0, 0}, {0, 0, 0, 0}};
    QVERIFY(state.pauCoefficients() == identity);
    QVERIFY(actviz::pauCoefficients() == identity); // what every view draws
    QCOMPARE(actviz::findActivation("pau")->value(3.0, {}), 3.0);
    QVERIFY(spy.count() >= 2);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("pau"));
    QVERIFY(editor.errorLabel()->isHidden());
}

void TestPauEditor::badEntryKeepsTheCurve()
{
    AppState state;
    PauEditor editor(&state);
    editor.show();
    QLineEdit *n = editor.numeratorEdit();
    n->selectAll();
    QTest::keyClicks(n, QStringLiteral("1, 2, x, 4, 5, 6"));
    QVERIFY(editor.errorLabel()->isVisible());
    QVERIFY2(editor.errorLabel()->text().contains(QStringLiteral("“x”")), qPrintable(editor.errorLabel()->text()));
    QVERIFY(state.pauCoefficients() == actviz::kDefaultPauCoefficients);
    n->selectAll();
    QTest::keyClicks(n, QStringLiteral("1, 2, 3"));
    QVERIFY2(editor.errorLabel()->text().contains(QStringLiteral("got 3")), qPrintable(editor.errorLabel()->text()));
    QVERIFY(actviz::pauCoefficients() == actviz::kDefaultPauCoefficients);
    // Leaving the line puts back the coefficients in use.
    emit n->editingFinished();
    QVERIFY(editor.errorLabel()->isHidden());
    QVERIFY(n->text().startsWith(QStringLiteral("0.0335583603, ")));
}

void TestPauEditor::stateReachesTheLines()
{
    AppState state;
    PauEditor editor(&state);
    QVERIFY(state.setPauCoefficients({{1, 0.5, 0, 0, 0, 0}, {0, 0, 0, 1}}));
    QCOMPARE(editor.numeratorEdit()->text(), QStringLiteral("1, 0.5, 0, 0, 0, 0"));
    QCOMPARE(editor.denominatorEdit()->text(), QStringLiteral("0, 0, 0, 1"));
    QVERIFY(!state.setPauCoefficients({{1, 0.5, 0, 0, 0, qInf()}, {0, 0, 0, 1}}));
    QCOMPARE(editor.numeratorEdit()->text(), QStringLiteral("1, 0.5, 0, 0, 0, 0"));
    state.setCurrentFunction(QStringLiteral("pau"));
    const QString caption = FigureCaption::html(state, ViewId::Functions, true);
    QVERIFY2(caption.contains(QStringLiteral("1, 0.5, 0, 0, 0, 0")), qPrintable(caption));
}

void TestPauEditor::resetRestoresTheDefaults()
{
    AppState state;
    ParameterPanel panel(&state);
    state.setCurrentFunction(QStringLiteral("pau"));
    QVERIFY(state.setPauCoefficients({{1, 0.5, 0, 0, 0, 0}, {0, 0, 0, 1}}));
    panel.resetButton()->click();
    QVERIFY(state.pauCoefficients() == actviz::kDefaultPauCoefficients);
    QVERIFY(actviz::pauCoefficients() == actviz::kDefaultPauCoefficients);
    QVERIFY(panel.pauEditor()->numeratorEdit()->text().startsWith(QStringLiteral("0.0335583603, ")));
}

void TestPauEditor::propertiesFollowTheCoefficients()
{
    AppState state;
    state.setCurrentFunction(QStringLiteral("pau"));
    PropertiesPanel panel(&state);
    // The descriptor's rows at the default coefficients: max |f′| = 1.06923 at x ≈ 0.3597 (mpmath).
    QVERIFY2(panel.text().contains(QStringLiteral("1.06923")), qPrintable(panel.text()));
    QVERIFY(state.setPauCoefficients({{0, 2, 0, 0, 0, 0}, {0, 0, 0, 0}})); // f = 2x
    QTRY_VERIFY2(!panel.text().contains(QStringLiteral("1.06923")), qPrintable(panel.text()));
    QVERIFY2(panel.text().contains(QStringLiteral("2 at")), qPrintable(panel.text()));
}

QTEST_MAIN(TestPauEditor)
#include "tst_paueditor.moc"
