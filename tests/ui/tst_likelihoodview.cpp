// SPDX-License-Identifier: MIT
// The likelihood tab: the read-out for the default outcomes equals the values
// (L(0.1) = 0.0004782969, L(0.2) = 0.0016777216, L(0.5) = 0.0009765625) and the binomial
// C(10, 3)/2¹⁰ = 0.1171875 at p = 0.5; the maximum is marked at 0.3; an invalid entry is named
// inline and the last valid chart stays; 10⁵ outcomes switch to the relative likelihood.
#include "chart/chartannotation.h"
#include "state/appstate.h"
#include "teaching/likelihoodchart.h"
#include "teaching/likelihoodview.h"
#include "text/readouttext.h"
#include "widgets/valueslider.h"

#include <QClipboard>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTest>
#include <QValueAxis>
#include <QTextDocument>

#include <cmath>

class TestLikelihoodView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readout_data();
    void readout();
    void maximumMarked();
    void logCurveReachesTheAxis();
    void boxesClearOfCurves();
    void sliderDrivesState();
    void invalidKeepsChart_data();
    void invalidKeepsChart();
    void manyOutcomes();
};

namespace {

QString plain(const QLabel *label)
{
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

void paste(QLineEdit *edit, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    edit->selectAll();
    QTest::keySequence(edit, QKeySequence::Paste);
}

} // namespace

void TestLikelihoodView::readout_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<QString>("likelihood"); // the numbers: p³(1 − p)⁷
    QTest::addColumn<QString>("logLikelihood");
    QTest::addColumn<QString>("binomial"); // 120·p³(1 − p)⁷
    QTest::newRow("p = 0.1") << 0.1 << "0.0004782969" << QString::number(std::log(0.0004782969), 'g', 10)
                             << "0.05739562800";
    QTest::newRow("p = 0.2") << 0.2 << "0.0016777216" << QString::number(std::log(0.0016777216), 'g', 10)
                             << "0.201326592";
    QTest::newRow("p = 0.5") << 0.5 << "0.0009765625" << QString::number(std::log(0.0009765625), 'g', 10)
                             << "0.1171875";
}

void TestLikelihoodView::readout()
{
    QFETCH(double, p);
    QFETCH(QString, likelihood);
    QFETCH(QString, logLikelihood);
    QFETCH(QString, binomial);
    AppState state;
    LikelihoodView view(&state);
    view.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    state.setLikelihoodP(p);
    const QString text = plain(view.readout());
    QVERIFY2(text.contains(QStringLiteral("= ") + likelihood + QStringLiteral(" ")), qPrintable(text));
    QVERIFY2(text.contains(logLikelihood), qPrintable(text));
    // 120 · 0.0004782969 = 0.05739562799999999…: ten digits of the computed value either way.
    QVERIFY2(text.contains(binomial.left(9)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("n = 10 trials, k = 3 successes")));
    QVERIFY(text.contains(QStringLiteral("k/n = 0.3")));
}

void TestLikelihoodView::maximumMarked()
{
    AppState state;
    LikelihoodView view(&state);
    view.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LikelihoodChart *chart = view.chart();
    QVERIFY(!chart->relative());
    QCOMPARE(chart->maximumMarker()->anchor().x(), 0.3);
    // L(0.3) = 0.3³·0.7⁷ = 0.002223566727 (by hand).
    QVERIFY(std::abs(chart->maximumMarker()->anchor().y() - 0.0022235661) < 1e-9);
    QCOMPARE(chart->likelihoodSeries()->count(), LikelihoodChart::kSamples);
    // The curve is L(p) itself: at p = 0.2 (sample 200 of 0…1000) the value.
    QCOMPARE(chart->likelihoodSeries()->at(200).x(), 0.2);
    QVERIFY(std::abs(chart->likelihoodSeries()->at(200).y() - 0.0016777216) < 1e-15);
    QVERIFY(std::abs(chart->likelihoodSeries()->at(500).y() - 0.0009765625) < 1e-15);
    // The log curve: ln L(0.5) = −10 ln 2.
    bool found = false;
    for (const QPointF &pt : chart->logLikelihoodSeries()->points())
        if (pt.x() == 0.5) {
            QVERIFY(std::abs(pt.y() + 10 * std::log(2.0)) < 1e-12);
            found = true;
        }
    QVERIFY(found);
}

void TestLikelihoodView::logCurveReachesTheAxis()
{
    // k = 3 of n = 10: ln L = 3 ln p + 7 ln(1 − p) is −∞ at both ends. The curve ran from the
    // first sample (p = 0.001, ln L ≈ −20.7) and stopped in mid-air; it reaches the axis's bottom.
    AppState state;
    LikelihoodView view(&state);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const LikelihoodChart *chart = view.chart();
    const QList<QPointF> log = chart->logLikelihoodSeries()->points();
    const double bottom = chart->logLikelihoodAxis()->min();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().y(), bottom);
    QCOMPARE(log.last().y(), bottom);
    const auto lnL = [](double p) { return 3 * std::log(p) + 7 * std::log1p(-p); };
    for (const QPointF &end : {log.first(), log.last()}) {
        QVERIFY(end.x() > 0 && end.x() < 1);
        QVERIFY2(std::abs(lnL(end.x()) - bottom) < 1e-9 * std::abs(bottom),
                 qPrintable(QStringLiteral("ln L(%1) = %2, axis %3").arg(end.x(), 0, 'g', 17).arg(lnL(end.x())).arg(bottom)));
    }
    QVERIFY(log.first().x() < 0.001);
    QVERIFY(log.last().x() > 0.999);
    for (const QPointF &pt : log)
        QVERIFY(pt.y() >= bottom);
}

void TestLikelihoodView::boxesClearOfCurves()
{
    // The maximum's box sat on the falling likelihood curve; now each box covers no curve.
    AppState state;
    LikelihoodView view(&state);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LikelihoodChart *chart = view.chart();
    for (const ChartAnnotation *mark : {chart->maximumMarker(), chart->probeMarker()}) {
        const QRectF box = mark->textRect();
        QVERIFY(!box.isEmpty());
        for (QLineSeries *series : {chart->likelihoodSeries(), chart->logLikelihoodSeries()})
            for (const QPointF &pt : series->points()) {
                const QPointF at = chart->mapToPosition(pt, series);
                QVERIFY2(!box.contains(at), qPrintable(QStringLiteral("%1 covers (%2, %3)")
                                                           .arg(mark->text().section(QLatin1Char('\n'), 0, 0))
                                                           .arg(pt.x())
                                                           .arg(pt.y())));
            }
    }
}

void TestLikelihoodView::sliderDrivesState()
{
    AppState state;
    LikelihoodView view(&state);
    view.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.pSlider()->spinBox()->setValue(0.1);
    QCOMPARE(state.likelihoodP(), 0.1);
    QVERIFY(plain(view.readout()).contains(QStringLiteral("0.0004782969")));
    QCOMPARE(view.chart()->probeMarker()->anchor().x(), 0.1);
}

void TestLikelihoodView::invalidKeepsChart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // what the message must name
    QTest::newRow("a 2") << "1,0,2,1"
                         << "Entry 3 (2)";
    QTest::newRow("a fraction") << "0.5, 1"
                                << "Entry 1 (0.5)";
    QTest::newRow("a word") << "1, yes, 0"
                            << "Entry 2 (“yes”)";
    QTest::newRow("nan") << "1, 0, nan"
                         << "Entry 3 (“nan”)";
    QTest::newRow("empty entry") << "1,,0"
                                 << "Entry 2";
    QTest::newRow("nothing") << ""
                             << "at least one";
}

void TestLikelihoodView::invalidKeepsChart()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    AppState state;
    LikelihoodView view(&state);
    view.show();
    paste(view.input(), QStringLiteral("1, 1, 0, 1"));
    QCOMPARE(view.chart()->counts(), (actviz::BernoulliCounts{3, 4}));
    const QList<QPointF> before = view.chart()->likelihoodSeries()->points();
    paste(view.input(), text);
    QCOMPARE(state.outcomes(), text);
    QVERIFY(!view.errorLabel()->isHidden());
    QVERIFY2(view.errorLabel()->text().contains(named), qPrintable(view.errorLabel()->text()));
    QCOMPARE(view.chart()->counts(), (actviz::BernoulliCounts{3, 4}));
    QCOMPARE(view.chart()->likelihoodSeries()->points(), before);
    QCOMPARE(view.input()->text(), text); // the user's text is left alone
    paste(view.input(), QStringLiteral("1 0 0 0"));
    QVERIFY(view.errorLabel()->isHidden());
    QCOMPARE(view.chart()->counts(), (actviz::BernoulliCounts{1, 4}));
}

void TestLikelihoodView::manyOutcomes()
{
    AppState state;
    LikelihoodView view(&state);
    view.show(); // the views recompute while on screen, as tabs do
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // As many outcomes as the parser takes: L(0.3) = e^(−610.86) ≈ 10⁻²⁶⁵ is still a double.
    QStringList outcomes;
    for (int i = 0; i < 1000; ++i)
        outcomes.append(i % 10 < 3 ? QStringLiteral("1") : QStringLiteral("0"));
    state.setOutcomes(outcomes.join(QLatin1Char(',')));
    QVERIFY(view.errorLabel()->isHidden());
    QCOMPARE(view.chart()->counts(), (actviz::BernoulliCounts{300, 1000}));
    QVERIFY(!view.chart()->relative());

    // 10⁶ trials: L(0.3) = e^(−610864.4) underflows, so the chart shows L(p)/L(p̂), 1 at the maximum.
    LikelihoodChart chart;
    chart.setCounts({300000, 1000000});
    QVERIFY(chart.relative());
    QCOMPARE(chart.maximumMarker()->anchor().y(), 1.0);
    for (const QPointF &pt : chart.likelihoodSeries()->points())
        QVERIFY(pt.y() >= 0.0 && pt.y() <= 1.0);
    // The read-out writes the tiny likelihood from its logarithm instead of printing 0 (mpmath:
    // ln L(0.3) = −610864.302054893, L(0.3) = 1.010243·10^−265295).
    QTextDocument doc;
    doc.setHtml(ReadoutText::likelihoodHtml({300000, 1000000}, 0.3));
    QVERIFY2(doc.toPlainText().contains(QStringLiteral("1.0102·10-265295")), qPrintable(doc.toPlainText()));
    QVERIFY(doc.toPlainText().contains(QStringLiteral("-610864.302")));
}

QTEST_MAIN(TestLikelihoodView)
#include "tst_likelihoodview.moc"
