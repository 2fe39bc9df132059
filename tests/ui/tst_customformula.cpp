// SPDX-License-Identifier: MIT
// Typed formulas in the window (issue 12): ＋ New formula makes a shown, current custom function
// whose curves are core's values; typing a formula that parses redraws it, one that does not
// shows the error at its column and keeps the last valid formula on the plot; the exact
// derivative and the stable-spelling hint are shown; α appears when the formula uses it; the
// saturation bands, properties, notes, compare view and lessons treat it like a built-in.
#include "customactivation.h"
#include "lesson/lessonfile.h"
#include "plot/functionchart.h"
#include "plot/functionlistpanel.h"
#include "plot/saturationbands.h"
#include "registry.h"
#include "shell/mainwindow.h"
#include "state/appstate.h"
#include "teaching/compareview.h"
#include "widgets/customformulaeditor.h"
#include "widgets/notespanel.h"
#include "widgets/parameterpanel.h"
#include "widgets/propertiespanel.h"
#include "widgets/valueslider.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

// Every plotted point of f (or f′) of id is core's value there, and there are points.
bool plotsCore(FunctionChart *chart, const QString &id, const actviz::Params &p, CurveSampler::Curve c)
{
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    int points = 0;
    for (QLineSeries *s : chart->curveSeries(id, c))
        for (const QPointF &pt : s->points()) {
            const double want = c == CurveSampler::Curve::Value ? a->value(pt.x(), p) : a->derivative(pt.x(), p);
            if (pt.y() != want) {
                qWarning("x = %.17g: plotted %.17g, core %.17g", pt.x(), pt.y(), want);
                return false;
            }
            ++points;
        }
    if (points < 10)
        qWarning("%d points", points);
    return points >= 10; // the sampler drops points a straight line through its neighbours would give
}

// The first plotted point of f at or after x.
QPointF plottedPointAt(FunctionChart *chart, const QString &id, double x)
{
    for (QLineSeries *s : chart->curveSeries(id, CurveSampler::Curve::Value))
        for (const QPointF &pt : s->points())
            if (pt.x() >= x)
                return pt;
    return {std::nan(""), std::nan("")};
}

// The y of the first plotted point of f at or after x.
double plottedAt(FunctionChart *chart, const QString &id, double x)
{
    return plottedPointAt(chart, id, x).y();
}

} // namespace

class TestCustomFormula : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newFormulaIsShownAndPlotted();
    void errorKeepsTheLastValidFormula();
    void validTypingRedraws();
    void longDerivativeWraps();
    void strangersTyping_data();
    void strangersTyping();
    void naiveSpellingShowsTheStableOne();
    void alphaSliderFollowsTheFormula();
    void bandsPropertiesAndNotesAsForTheBuiltIn();
    void compareViewListsIt();
    void removeTakesItAway();
    void lessonRoundTrip();
    void slotsRunOut();

private:
    void type(const QString &text);
    void paste(const QString &text);

    std::unique_ptr<AppState> m_state;
    std::unique_ptr<MainWindow> m_window;
    CustomFormulaEditor *m_editor = nullptr;
};

void TestCustomFormula::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCustomFormula::init()
{
    m_state = std::make_unique<AppState>();
    m_window = std::make_unique<MainWindow>(m_state.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_editor = m_window->formulaEditor();
    QVERIFY(m_editor->isHidden()); // no typed formula is current yet
    m_window->functionList()->newFormulaButton()->click();
}

void TestCustomFormula::cleanup()
{
    m_window.reset();
    m_state.reset();
}

void TestCustomFormula::type(const QString &text)
{
    m_editor->edit()->selectAll();
    QTest::keyClick(m_editor->edit(), Qt::Key_Delete);
    QTest::keyClicks(m_editor->edit(), text);
}

// Replaces the formula in one edit, as pasting does (typed key by key, "x*tnah(x)" would plot
// its prefix "x" on the way).
void TestCustomFormula::paste(const QString &text)
{
    m_editor->edit()->selectAll();
    m_editor->edit()->insert(text);
}

void TestCustomFormula::newFormulaIsShownAndPlotted()
{
    QCOMPARE(m_state->customIds(), QStringList{"custom1"});
    QVERIFY(m_state->isShown("custom1"));
    QCOMPARE(m_state->currentFunction(), QStringLiteral("custom1"));
    QVERIFY(m_editor->isVisible());
    QCOMPARE(m_editor->edit()->text(), m_state->customFormula("custom1"));
    QVERIFY(m_editor->edit()->hasFocus());
    QVERIFY(m_window->functionList()->itemFor("custom1"));
    QVERIFY(plotsCore(m_window->chart(), "custom1", {1, 1}, CurveSampler::Curve::Value));
    QVERIFY(plotsCore(m_window->chart(), "custom1", {1, 1}, CurveSampler::Curve::Derivative));
    // The typed mish is the built-in one on the plot (within 4 ulp, tst_exprreference).
    const actviz::Activation *mish = actviz::findActivation("mish");
    const double y = plottedAt(m_window->chart(), "custom1", 1.0);
    QVERIFY(std::fabs(y - mish->value(1.0, {})) <= 4 * std::nextafter(y, 10.0) - 4 * y);
}

void TestCustomFormula::errorKeepsTheLastValidFormula()
{
    paste(QStringLiteral("x*tnah(x)"));
    QVERIFY(m_editor->errorLabel()->isVisible());
    const QString error = m_editor->errorLabel()->text();
    QVERIFY2(error.contains(QStringLiteral("“tnah” at column 3; did you mean tanh?")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("  ^")), qPrintable(error)); // the caret under column 3
    QCOMPARE(m_state->customFormula("custom1"), QStringLiteral("x*tanh(softplus(x))"));
    QCOMPARE(m_editor->edit()->text(), QStringLiteral("x*tnah(x)")); // what was typed stays to be fixed
    // The plot still draws mish: the first point at or after x = 2 is mish there.
    const QPointF kept = plottedPointAt(m_window->chart(), "custom1", 2.0);
    QVERIFY(std::fabs(kept.y() - kept.x() * std::tanh(std::log1p(std::exp(kept.x())))) < 1e-12);
    // Unbalanced and empty: also refused, also kept.
    paste(QStringLiteral("tanh(x"));
    QVERIFY(m_editor->errorLabel()->text().contains(QStringLiteral("column 7")));
    paste(QString());
    QVERIFY(m_editor->errorLabel()->isVisible());
    QCOMPARE(m_state->customFormula("custom1"), QStringLiteral("x*tanh(softplus(x))"));
}

void TestCustomFormula::validTypingRedraws()
{
    type(QStringLiteral("x^3 - x"));
    QVERIFY(m_editor->errorLabel()->isHidden());
    QCOMPARE(m_state->customFormula("custom1"), QStringLiteral("x^3 - x"));
    QCOMPARE(plottedAt(m_window->chart(), "custom1", 2.0), 6.0);
    QVERIFY(plotsCore(m_window->chart(), "custom1", {1, 1}, CurveSampler::Curve::Derivative));
    const QString derivative = m_editor->derivativeLabel()->text().remove(QChar(0x200B)); // break opportunities
    QVERIFY2(derivative.contains(QStringLiteral("3·x^2 − 1")), qPrintable(derivative));
    QVERIFY(m_editor->hintLabel()->isHidden());
    QVERIFY(m_window->functionList()->itemFor("custom1")->text(0).contains(QStringLiteral("x^3 - x")));
}

// A long derivative with few spaces wraps in the dock instead of widening it past a 1024-pixel
// screen (seen at 1024 × 700: Smish's f′ pushed the editor, the hint and α's spin box off the right).
void TestCustomFormula::longDerivativeWraps()
{
    paste(QStringLiteral("alpha*x*tanh(log(1+sigmoid(beta*x)))"));
    QVERIFY(m_editor->errorLabel()->isHidden());
    const QString derivative = m_editor->derivativeLabel()->text().remove(QChar(0x200B));
    QVERIFY2(derivative.contains(QStringLiteral("sigmoid(β·x)·sigmoid(")), qPrintable(derivative));
    QVERIFY2(m_editor->minimumSizeHint().width() < 260, qPrintable(QString::number(m_editor->minimumSizeHint().width())));
}

void TestCustomFormula::naiveSpellingShowsTheStableOne()
{
    type(QStringLiteral("log(1+exp(x))"));
    QVERIFY(m_editor->hintLabel()->isVisible());
    QVERIFY2(m_editor->hintLabel()->text().contains(QStringLiteral("softplus(x)")),
             qPrintable(m_editor->hintLabel()->text()));
    QVERIFY(m_window->notesPanel()->label()->text().contains(QStringLiteral("softplus(x)")));
    type(QStringLiteral("softplus(x)"));
    QVERIFY(m_editor->hintLabel()->isHidden());
}

void TestCustomFormula::alphaSliderFollowsTheFormula()
{
    ValueSlider *alpha = m_window->parameterPanel()->slider(actviz::ParamId::Alpha);
    QVERIFY(alpha->isHidden()); // mish has no α
    type(QStringLiteral("if(x > 0, x, alpha*expm1(x))"));
    QVERIFY(alpha->isVisible());
    QVERIFY(m_window->parameterPanel()->slider(actviz::ParamId::Beta)->isHidden());
    m_state->setParam("custom1", actviz::ParamId::Alpha, 0.5);
    QCOMPARE(plottedAt(m_window->chart(), "custom1", -6.0), 0.5 * std::expm1(-6.0));
    QVERIFY(plotsCore(m_window->chart(), "custom1", {0.5, 1}, CurveSampler::Curve::Derivative));
    type(QStringLiteral("x*sigmoid(x)"));
    QVERIFY(alpha->isHidden());
}

// What a stranger may paste: each is either refused with a message (mish stays plotted) or
// plotted; nothing crashes, hangs or leaves the window without a curve.
void TestCustomFormula::strangersTyping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QString sum = QStringLiteral("x");
    while (sum.size() < 990) // 991: x and 495 × "+x"
        sum += QStringLiteral("+x");
    QTest::newRow("991 characters") << sum << true;
    QTest::newRow("1003 characters") << sum + QStringLiteral("+x+x+x+x+x+x") << false;
    QTest::newRow("20000 characters") << QString(20000, u'x') << false;
    QTest::newRow("nested 99 deep") << QString(99, u'(') + QStringLiteral("x") + QString(99, u')') << true;
    QTest::newRow("nested 500 deep") << QString(500, u'(') + QStringLiteral("x") + QString(500, u')') << false;
    QTest::newRow("minus 500 times") << QString(500, u'-') + QStringLiteral("x") << false;
    QTest::newRow("emoji") << QStringLiteral("x*\U0001F600") << false;
    QTest::newRow("full-width") << QStringLiteral("ｘ＊２") << false;
    QTest::newRow("NUL") << QStringLiteral("x") + QChar(0) + QStringLiteral("x") << false;
    QTest::newRow("beyond a double") << QStringLiteral("1e999*x") << false;
    QTest::newRow("overflows everywhere") << QStringLiteral("exp(exp(exp(x)))") << true;
    QTest::newRow("tower of powers") << QStringLiteral("x^x^x^x^x^x^x^x") << true;
    QTest::newRow("NaN everywhere") << QStringLiteral("sqrt(-1 - x^2)") << true;
    QTest::newRow("subnormal scale") << QStringLiteral("1e-310*x") << true;
    QTest::newRow("DBL_MAX scale") << QStringLiteral("1.7976931348623157e308*tanh(x)") << true;
}

void TestCustomFormula::strangersTyping()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    paste(text);
    QCoreApplication::processEvents();
    QCOMPARE(m_editor->errorLabel()->isHidden(), accepted);
    if (accepted) {
        QCOMPARE(m_state->customFormula("custom1"), text);
    } else {
        QVERIFY(!m_editor->errorLabel()->text().isEmpty());
        QCOMPARE(m_state->customFormula("custom1"), QStringLiteral("x*tanh(softplus(x))"));
        QVERIFY(plotsCore(m_window->chart(), "custom1", {1, 1}, CurveSampler::Curve::Value));
    }
    // The window still draws: the compare and properties panels follow without trouble.
    m_state->setCompareFunctions("custom1", "mish");
    m_window->grab();
}

void TestCustomFormula::bandsPropertiesAndNotesAsForTheBuiltIn()
{
    m_state->setShowSaturation(true);
    type(QStringLiteral("tanh(x)"));
    m_state->setShown("tanh", true);
    const QList<SaturationBands::Band> typed = m_window->chart()->saturationBands()->bands();
    auto *properties = m_window->findChild<PropertiesPanel *>();
    QTRY_VERIFY(properties->text().contains(QStringLiteral("1 − tanh(x)^2")) ||
                properties->text().contains(QStringLiteral("sech(x)^2")));
    const QString text = properties->text();
    QVERIFY2(text.contains(QStringLiteral("−1 … 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("monotonic</i></td><td>yes")), qPrintable(text));
    QVERIFY(m_window->notesPanel()->label()->text().contains(QStringLiteral("tanh(x)")));
    m_state->setCurrentFunction("tanh");
    const QList<SaturationBands::Band> builtIn = m_window->chart()->saturationBands()->bands();
    QCOMPARE(typed.size(), 2);
    QCOMPARE(typed.size(), builtIn.size());
    for (qsizetype i = 0; i < typed.size(); ++i) {
        QVERIFY(std::fabs(typed[i].lo - builtIn[i].lo) < 1e-9);
        QVERIFY(std::fabs(typed[i].hi - builtIn[i].hi) < 1e-9);
    }
}

void TestCustomFormula::compareViewListsIt()
{
    QComboBox *f = m_window->compareView()->firstBox();
    QVERIFY(f->findData(QStringLiteral("custom1")) >= 0);
    m_state->setCompareFunctions("custom1", "mish");
    QCOMPARE(f->currentData().toString(), QStringLiteral("custom1"));
    // The typed mish against the built-in: no visible difference.
    QTRY_VERIFY(m_window->compareView()->readout()->text().contains(QStringLiteral("max |f − g|")));
    type(QStringLiteral("x^2"));
    QVERIFY(f->itemText(f->findData(QStringLiteral("custom1"))).contains(QStringLiteral("x^2")));
}

void TestCustomFormula::removeTakesItAway()
{
    m_state->setCompareFunctions("custom1", "mish");
    m_editor->removeButton()->click();
    QVERIFY(m_state->customIds().isEmpty());
    QVERIFY(!m_state->isShown("custom1"));
    QVERIFY(m_state->currentFunction() != QLatin1String("custom1"));
    QVERIFY(m_state->compareF() != QLatin1String("custom1"));
    QVERIFY(!m_window->functionList()->itemFor("custom1"));
    QVERIFY(!actviz::findActivation("custom1"));
    QVERIFY(m_editor->isHidden());
}

void TestCustomFormula::lessonRoundTrip()
{
    type(QStringLiteral("alpha*x + sin(x)"));
    m_state->setParam("custom1", actviz::ParamId::Alpha, -0.25);
    const Lesson lesson = LessonFile::capture(*m_state, QString());
    const LessonReadResult read = LessonFile::parse(LessonFile::serialize(lesson));
    QVERIFY2(read.lesson, qPrintable(read.error));
    AppState other;
    LessonFile::apply(*read.lesson, other);
    QCOMPARE(other.customFormula("custom1"), QStringLiteral("alpha*x + sin(x)"));
    QVERIFY(other.isShown("custom1"));
    QCOMPARE(other.currentFunction(), QStringLiteral("custom1"));
    QCOMPARE(other.params("custom1").alpha, -0.25);
}

void TestCustomFormula::slotsRunOut()
{
    QPushButton *button = m_window->functionList()->newFormulaButton();
    for (int i = 2; i <= actviz::kCustomSlots; ++i)
        button->click();
    QCOMPARE(m_state->customIds().size(), actviz::kCustomSlots);
    QVERIFY(!button->isEnabled());
    m_state->removeCustom("custom3");
    QVERIFY(button->isEnabled());
    button->click();
    QVERIFY(m_state->isCustom("custom3")); // the freed slot is taken again
}

QTEST_MAIN(TestCustomFormula)
#include "tst_customformula.moc"
