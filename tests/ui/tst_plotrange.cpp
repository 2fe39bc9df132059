// SPDX-License-Identifier: MIT
// The ranges a plot can show and how it labels them: AppState::checkRange's limits (a range
// narrower than Qt Charts can lay out once hung the program), tick labels with the digits a
// narrow range needs, the range boxes that show and read any double, and a refused range that
// leaves the last valid one on screen.
#include "chart/styledchart.h"
#include "plot/functionchart.h"
#include "plot/saturationbands.h"
#include "state/appstate.h"
#include "widgets/numberspinbox.h"
#include "widgets/plotcontrols.h"

#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <limits>

class TestPlotRange : public QObject
{
    Q_OBJECT
private slots:
    void checkRange_data();
    void checkRange();
    void neighbouringTickLabelsDiffer_data();
    void neighbouringTickLabelsDiffer();
    void chartKeepsNarrowRange();
    void spinBoxShowsAndReadsAnyDouble();
    void spinBoxTakesTypedValueOnEnter();
    void spinBoxKeepsDigitsItDoesNotShow();
    void spinBoxTakesTypedValueOnFocusOut();
    void spinBoxStepsByLeadingDigit_data();
    void spinBoxStepsByLeadingDigit();
    void spinBoxStaysFinite();
    void refusedRangeKeepsLastValid();
    void bandsTooDenseSaySo();
};

void TestPlotRange::checkRange_data()
{
    constexpr double kInf = std::numeric_limits<double>::infinity();
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("default") << -6.0 << 6.0 << "";
    QTest::newRow("narrowest at 0") << 0.0 << 1e-10 << "";
    QTest::newRow("narrowest at 1") << 1.0 << 1.000000001 << "";
    QTest::newRow("huge") << -8e307 << 8e307 << "";
    QTest::newRow("far tail") << 1e300 << 2e300 << "";
    QTest::newRow("subnormal width") << 0.0 << 1e-310 << "too narrow";
    QTest::newRow("Qt's fuzzy zero") << 0.0 << 1e-12 << "too narrow";
    QTest::newRow("narrow relative to its ends") << 1e6 << 1e6 + 1e-4 << "too narrow";
    QTest::newRow("wider than a double") << -1e308 << 1e308 << "wider than";
    QTest::newRow("reversed") << 2.0 << 1.0 << "below";
    QTest::newRow("empty") << 1.0 << 1.0 << "below";
    QTest::newRow("infinite end") << 0.0 << kInf << "finite";
    QTest::newRow("NaN end") << kNaN << 1.0 << "finite";
}

void TestPlotRange::checkRange()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(QString, refusal);
    const QString why = AppState::checkRange(lo, hi);
    if (refusal.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(refusal), qPrintable(why));
    // The state takes exactly the accepted ranges.
    AppState state;
    state.setXRange(lo, hi);
    QCOMPARE(state.xMin() == lo && state.xMax() == hi, refusal.isEmpty());
}

void TestPlotRange::neighbouringTickLabelsDiffer_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::newRow("default") << -6.0 << 6.0;
    QTest::newRow("narrow at 1") << 1.0 << 1.000000002;
    QTest::newRow("narrow at -1e5") << -100000.0001 << -100000.0;
    QTest::newRow("narrow at 0") << 0.0 << 1e-10;
    QTest::newRow("far tail") << 1e300 << 1.0000001e300;
    QTest::newRow("huge") << -8e307 << 8e307;
}

void TestPlotRange::neighbouringTickLabelsDiffer()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    const double step = niceTickStep(hi - lo, 10.0);
    const QByteArray format = tickLabelFormat(lo, hi, step).toLatin1();
    QStringList labels;
    for (double t = std::ceil(lo / step) * step; t <= hi; t += step)
        labels << QString::asprintf(format.constData(), t);
    QVERIFY2(labels.size() >= 3, qPrintable(labels.join(u' ')));
    for (qsizetype i = 1; i < labels.size(); ++i)
        QVERIFY2(labels[i] != labels[i - 1],
                 qPrintable(QString::fromLatin1(format) + QStringLiteral(": ") + labels.join(u' ')));
}

void TestPlotRange::chartKeepsNarrowRange()
{
    // Qt Charts replaces an axis range it considers empty by its domain's (0 to 1): the chart
    // must show the range the state holds, for the narrowest the state accepts.
    AppState state;
    state.setShownFunctions({QStringLiteral("sigmoid")});
    state.setXRange(0.0, 1e-10);
    QGraphicsScene scene;
    auto *chart = new FunctionChart(&state);
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 600, 400));
    chart->refresh();
    QCOMPARE(chart->xAxis()->min(), 0.0);
    QCOMPARE(chart->xAxis()->max(), 1e-10);
    QVERIFY(chart->xAxis()->tickInterval() <= 1e-10);
}

void TestPlotRange::spinBoxShowsAndReadsAnyDouble()
{
    NumberSpinBox box;
    for (const double v : {1e-10, -2.5, 1.000000002, 8e307, -1e300}) {
        box.setValue(v);
        QCOMPARE(box.value(), v);
        QCOMPARE(box.valueFromText(box.textFromValue(v)), v);
    }
    QCOMPARE(box.textFromValue(1.000000002), QStringLiteral("1.000000002"));
    QCOMPARE(box.valueFromText(QStringLiteral("\u22122.5e3")), -2500.0);
    int pos = 0;
    QString beyond = QStringLiteral("1e400");
    QVERIFY(box.validate(beyond, pos) != QValidator::Acceptable);
    QString word = QStringLiteral("abc");
    QCOMPARE(box.validate(word, pos), QValidator::Invalid);
    QString partial = QStringLiteral("1e-");
    QCOMPARE(box.validate(partial, pos), QValidator::Intermediate);
}

void TestPlotRange::spinBoxTakesTypedValueOnEnter()
{
    NumberSpinBox box;
    box.setValue(1.0);
    QSignalSpy changed(&box, &NumberSpinBox::valueChanged);
    box.findChild<QLineEdit *>()->setText(QStringLiteral("\u22123.5e-7"));
    QCOMPARE(changed.size(), 0); // keyboard tracking off: nothing until Enter
    QTest::keyClick(&box, Qt::Key_Return);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(box.value(), -3.5e-7);
    // Text that is not a number goes back to the value in force, which does not change.
    box.findChild<QLineEdit *>()->setText(QStringLiteral("1e-"));
    QTest::keyClick(&box, Qt::Key_Return);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(box.value(), -3.5e-7);
    QCOMPARE(box.text(), QStringLiteral("-3.5e-07"));
}

void TestPlotRange::spinBoxTakesTypedValueOnFocusOut()
{
    // Typed, then Tab to the next box: the value is taken, as QDoubleSpinBox did.
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *box = new NumberSpinBox(&window);
    auto *next = new NumberSpinBox(&window);
    layout->addWidget(box);
    layout->addWidget(next);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    box->setFocus();
    QTRY_VERIFY(box->hasFocus());
    QSignalSpy changed(box, &NumberSpinBox::valueChanged);
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("2.5e-3"));
    QCOMPARE(changed.size(), 0);
    QTest::keyClick(box, Qt::Key_Tab);
    QTRY_VERIFY(next->hasFocus());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(box->value(), 2.5e-3);
}

void TestPlotRange::spinBoxKeepsDigitsItDoesNotShow()
{
    // 0.1234567890123456 shows as 0.123456789012; pressing Enter on the text as shown must not
    // round the value in force to the digits shown.
    NumberSpinBox box;
    const double v = 0.1234567890123456;
    box.setValue(v);
    QCOMPARE(box.text(), QStringLiteral("0.123456789012"));
    QSignalSpy changed(&box, &NumberSpinBox::valueChanged);
    QTest::keyClick(&box, Qt::Key_Return);
    QCOMPARE(box.value(), v);
    QCOMPARE(changed.size(), 0);
}

void TestPlotRange::spinBoxStepsByLeadingDigit_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("to");
    QTest::newRow("12.5 up") << 12.5 << 1 << 13.5;
    QTest::newRow("100 up") << 100.0 << 1 << 110.0;
    QTest::newRow("100 down") << 100.0 << -1 << 99.0;
    QTest::newRow("-100 up") << -100.0 << 1 << -99.0;
    QTest::newRow("-100 down") << -100.0 << -1 << -110.0;
    QTest::newRow("0.3 up") << 0.3 << 1 << 0.31;
    QTest::newRow("0.1 up twice") << 0.1 << 2 << 0.12; // not 0.12000000000000001
    QTest::newRow("0 up") << 0.0 << 1 << 0.1;
    QTest::newRow("0 down") << 0.0 << -1 << -0.1;
    QTest::newRow("1e-300 up") << 1e-300 << 1 << 1.1e-300;
}

void TestPlotRange::spinBoxStepsByLeadingDigit()
{
    QFETCH(double, from);
    QFETCH(int, steps);
    QFETCH(double, to);
    NumberSpinBox box;
    box.setValue(from);
    box.stepBy(steps);
    QCOMPARE(box.value(), to);
}

void TestPlotRange::spinBoxStaysFinite()
{
    constexpr double kMax = std::numeric_limits<double>::max();
    NumberSpinBox box;
    box.setValue(std::numeric_limits<double>::infinity());
    QCOMPARE(box.value(), kMax);
    box.stepBy(1);
    QCOMPARE(box.value(), kMax);
    box.setValue(-kMax);
    box.stepBy(-3);
    QCOMPARE(box.value(), -kMax);
    box.setValue(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(box.value(), -kMax);
    // The smallest subnormal steps too, instead of by a step that rounds to zero.
    box.setValue(std::numeric_limits<double>::denorm_min());
    box.stepBy(1);
    QVERIFY(box.value() > std::numeric_limits<double>::denorm_min());
    QCOMPARE(box.minimum(), -kMax);
    QCOMPARE(box.maximum(), kMax);
    box.setValue(-1e300);
    box.setRange(-5.0, 5.0);
    QCOMPARE(box.value(), -5.0);
    box.setValue(7.0);
    QCOMPARE(box.value(), 5.0);
    box.setRange(1.0, -1.0); // reversed: ignored
    QCOMPARE(box.maximum(), 5.0);
}

void TestPlotRange::refusedRangeKeepsLastValid()
{
    AppState state;
    state.setXRange(-2.0, 3.0);
    PlotControls controls(&state);
    QSignalSpy refused(&controls, &PlotControls::rangeRefused);
    auto boxes = controls.findChildren<NumberSpinBox *>();
    QCOMPARE(boxes.size(), 4);        // x from, x to, y from, y to
    boxes[1]->setValue(-2.0 + 1e-12); // x to: a range narrower than a plot can show
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("too narrow")));
    QCOMPARE(state.xMin(), -2.0);
    QCOMPARE(state.xMax(), 3.0);
    QCOMPARE(boxes[1]->value(), 3.0); // the box shows the range still in force
    boxes[1]->setValue(4.0);
    QCOMPARE(state.xMax(), 4.0);
}

void TestPlotRange::bandsTooDenseSaySo()
{
    // sinusoid over ±1e5 has ~64000 intervals where |f'| < ε: more than a plot can shade. The
    // chart says so instead of dropping the bands silently (or spending 0.3 s per slider step).
    AppState state;
    state.setShownFunctions({QStringLiteral("sinusoid")});
    state.setCurrentFunction(QStringLiteral("sinusoid"));
    state.setShowSaturation(true);
    state.setXRange(-1e5, 1e5);
    QGraphicsScene scene;
    auto *chart = new FunctionChart(&state);
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 600, 400));
    chart->refresh();
    QVERIFY(chart->saturationBands()->bands().isEmpty());
    QVERIFY2(chart->saturationBands()->note().contains(QStringLiteral("Sinusoid")),
             qPrintable(chart->saturationBands()->note()));
    state.setXRange(-10.0, 10.0);
    QVERIFY(!chart->saturationBands()->bands().isEmpty());
    QVERIFY(chart->saturationBands()->note().isEmpty());
}

QTEST_MAIN(TestPlotRange)
#include "tst_plotrange.moc"
