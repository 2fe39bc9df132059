// SPDX-License-Identifier: MIT
// The softmax tab: typing updates the bars live, a bad token is named inline while the last
// valid chart stays, the argmax is highlighted, temperature and log-softmax follow the state.
#include "export/exporter.h"
#include "export/figurecaption.h"
#include "lesson/lessonfile.h"
#include "softmax/jacobianheatmap.h"
#include "softmax/softmaxchart.h"
#include "softmax/softmaxmapcontrols.h"
#include "softmax/softmaxview.h"
#include "state/appstate.h"

#include <QBarSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>

#include <QBarSet>
#include <QClipboard>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTest>
#include <QValueAxis>

#include <cfloat>
#include <cmath>

class TestSoftmaxView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultVector();
    void typingUpdatesLive();
    void badInputKeepsLastChart_data();
    void badInputKeepsLastChart();
    void temperatureFlattens();
    void logSoftmax();
    void alternativesBesideSoftmax();
    void mappingInLessonsAndExport();
    void logitAxisOfExtremeLogits_data();
    void logitAxisOfExtremeLogits();
    void equalLargeLogitsClearTheAxisEnd();
};

namespace {

// softmax([2, 1, 0.1]) computed by hand: e^2, e^1, e^0.1 over their sum.
QList<double> expectedDefault()
{
    const double a = std::exp(2.0);
    const double b = std::exp(1.0);
    const double c = std::exp(0.1);
    const double s = a + b + c;
    return {a / s, b / s, c / s};
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Replaces the whole text at once, as pasting does (typing would pass through shorter vectors).
void paste(QLineEdit *edit, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    edit->selectAll();
    QTest::keySequence(edit, QKeySequence::Paste);
}

} // namespace

void TestSoftmaxView::defaultVector()
{
    AppState state;
    SoftmaxView view(&state);
    QCOMPARE(view.input()->text(), QStringLiteral("2.0, 1.0, 0.1"));
    QBarSet *set = view.chart()->barSet();
    QCOMPARE(set->count(), 3);
    const QList<double> expected = expectedDefault();
    for (int i = 0; i < 3; ++i)
        QVERIFY(std::abs(set->at(i) - expected[i]) < 1e-15);
    QCOMPARE(view.chart()->argmax(), 0);
    QVERIFY(set->isBarSelected(0));
    QVERIFY(!set->isBarSelected(1));
    QCOMPARE(view.chart()->logitSeries()->count(), 3);
    QCOMPARE(view.chart()->logitSeries()->at(0), QPointF(0, 2.0));
    QCOMPARE(view.heatmap()->matrix().rows(), 3);
    // ∂s0/∂z0 = s0(1 − s0)
    QVERIFY(std::abs(view.heatmap()->matrix()(0, 0) - expected[0] * (1 - expected[0])) < 1e-15);
}

void TestSoftmaxView::typingUpdatesLive()
{
    AppState state;
    SoftmaxView view(&state);
    view.show();
    type(view.input(), QStringLiteral("0, 0, 0, 5"));
    QCOMPARE(state.softmaxInput(), QStringLiteral("0, 0, 0, 5"));
    QCOMPARE(view.chart()->barSet()->count(), 4);
    QCOMPARE(view.chart()->argmax(), 3);
    QVERIFY(view.errorLabel()->isHidden());
}

void TestSoftmaxView::badInputKeepsLastChart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("garbage token") << "1, abc, 3"
                                   << "abc";
    QTest::newRow("nan") << "1, nan"
                         << "nan";
    QTest::newRow("+inf") << "inf, 1"
                          << "inf";
    QTest::newRow("empty entry") << "1,,2"
                                 << "2";
    QTest::newRow("all masked") << "-inf, -inf"
                                << "−inf";
}

void TestSoftmaxView::badInputKeepsLastChart()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    AppState state;
    SoftmaxView view(&state);
    view.show();
    type(view.input(), QStringLiteral("1, 2, 3, 4"));
    const double last = view.chart()->barSet()->at(3);
    paste(view.input(), text);
    QVERIFY(!view.errorLabel()->isHidden());
    QVERIFY2(view.errorLabel()->text().contains(named), qPrintable(view.errorLabel()->text()));
    QCOMPARE(view.chart()->barSet()->count(), 4);
    QCOMPARE(view.chart()->barSet()->at(3), last);
    QCOMPARE(view.input()->text(), text); // the user's text is left alone
}

void TestSoftmaxView::temperatureFlattens()
{
    AppState state;
    SoftmaxView view(&state);
    state.setTemperature(20.0);
    // At T = 20 the default vector is nearly uniform: e^(2/20) / (e^0.1 + e^0.05 + e^0.005).
    const double expected = std::exp(0.1) / (std::exp(0.1) + std::exp(0.05) + std::exp(0.005));
    QVERIFY(std::abs(view.chart()->barSet()->at(0) - expected) < 1e-15);
}

void TestSoftmaxView::logSoftmax()
{
    AppState state;
    SoftmaxView view(&state);
    state.setLogSoftmax(true);
    const QList<double> expected = expectedDefault();
    for (int i = 0; i < 3; ++i)
        QVERIFY(std::abs(view.chart()->barSet()->at(i) - std::log(expected[i])) < 1e-14);
}

// Issue 13: the map box draws sparsemax's exact zeros (hand-worked: sparsemax(2, 1, 0.1) with
// τ = (2 − 1)/1 = 1 → (1, 0, 0)), the second box puts 1.5-entmax beside it in a second set, the
// legend and the summary give the support, log-softmax is off for the alternatives, top-k
// masks, and the Jacobian is the map's (0 everywhere for a one-hot sparsemax).
void TestSoftmaxView::alternativesBesideSoftmax()
{
    AppState state;
    SoftmaxView view(&state);
    SoftmaxMapControls *controls = view.mapControls();
    controls->mapBox()->setCurrentIndex(controls->mapBox()->findData(QStringLiteral("sparsemax")));
    QCOMPARE(state.softmaxMapping().map, actviz::ProbMap::Sparsemax);
    QCOMPARE(view.chart()->barSet()->at(0), 1.0);
    QCOMPARE(view.chart()->barSet()->at(1), 0.0);
    QCOMPARE(view.chart()->support(), Eigen::Index(1));
    QVERIFY2(view.chart()->barSet()->label().contains(QStringLiteral("support 1/3")),
             qPrintable(view.chart()->barSet()->label()));
    QVERIFY(view.summary()->text().contains(QStringLiteral("support 1")));
    QCOMPARE(view.heatmap()->matrix().cwiseAbs().maxCoeff(), 0.0);
    QVERIFY(!view.findChild<QCheckBox *>()->isEnabled()); // log-softmax is softmax's own
    // Beside it: 1.5-entmax of (2, 1, 0.1): w = z/2 = (1, 0.5, 0.05); two entries hold it:
    // u² + (u − ½)² = 1 with u = 1 − τ gives u = (1 + √7)/4 ≈ 0.911, and 0.05 − τ < 0.
    controls->compareBox()->setCurrentIndex(controls->compareBox()->findData(QStringLiteral("entmax15")));
    QVERIFY(view.chart()->barSet()->count() == 3 && view.chart()->compareSet()->count() == 3);
    const double u = (1 + std::sqrt(7.0)) / 4;
    QVERIFY(std::abs(view.chart()->compareValues()[0] - u * u) < 1e-15);
    QVERIFY(std::abs(view.chart()->compareValues()[1] - (u - 0.5) * (u - 0.5)) < 1e-15);
    QCOMPARE(view.chart()->compareSupport(), Eigen::Index(2));
    // Top-1 keeps z1 alone; back to no comparison removes the second set.
    controls->topKBox()->setValue(1);
    QCOMPARE(state.softmaxMapping().topK, 1);
    QCOMPARE(view.chart()->compareValues()[1], 0.0);
    controls->compareBox()->setCurrentIndex(0);
    QVERIFY(!state.softmaxMapping().compare);
    QCOMPARE(view.chart()->compareValues().size(), Eigen::Index(0));
}

// The mapping is part of a lesson (saved, read back) and of an exported figure and its caption;
// a lesson with a value out of range is refused with the key named.
void TestSoftmaxView::mappingInLessonsAndExport()
{
    AppState a;
    SoftmaxMapping m;
    m.map = actviz::ProbMap::Entmax15;
    m.compare = actviz::ProbMap::Softmax1;
    m.topP = 0.9;
    m.gumbelSeed = 7;
    a.setSoftmaxMapping(m);
    const LessonReadResult read = LessonFile::parse(LessonFile::serialize(LessonFile::capture(a, QString())));
    QVERIFY2(read.lesson, qPrintable(read.error));
    AppState b;
    LessonFile::apply(*read.lesson, b);
    QVERIFY(b.softmaxMapping() == m);
    const LessonReadResult refused =
        LessonFile::parse(R"({"format": "actviz-lesson", "version": 1, "state": {"softmaxMap": {"topP": 2}}})");
    QVERIFY(!refused.lesson);
    QVERIFY2(refused.error.contains(QStringLiteral("softmaxMap.topP")), qPrintable(refused.error));
    const LessonReadResult unknown =
        LessonFile::parse(R"({"format": "actviz-lesson", "version": 1, "state": {"softmaxMap": {"map": "entmax"}}})");
    QVERIFY(!unknown.lesson);
    QVERIFY2(unknown.error.contains(QStringLiteral("softmaxMap.map")), qPrintable(unknown.error));

    ExportRequest request;
    request.view = ViewId::Softmax;
    request.size = QSize(800, 500);
    const QImage mapped = Exporter::renderImage(a, request);
    const QImage plain = Exporter::renderImage(AppState(), request);
    QVERIFY(!mapped.isNull() && mapped != plain);
    const QString caption = FigureCaption::html(a, ViewId::Softmax, true);
    QVERIFY2(caption.contains(QStringLiteral("1.5-entmax")) && caption.contains(QStringLiteral("seed 7")),
             qPrintable(caption));
}

void TestSoftmaxView::logitAxisOfExtremeLogits_data()
{
    QTest::addColumn<double>("hi");
    QTest::addColumn<bool>("showsAll"); // the whole range of the logits fits a finite axis span
    QTest::newRow("±1e300") << 1e300 << true;
    QTest::newRow("±1e307") << 1e307 << true;
    QTest::newRow("±1e308") << 1e308 << false;
    QTest::newRow("±DBL_MAX") << DBL_MAX << false;
}

// Logits near ±DBL_MAX still give the logit axis a finite range around zero, with no warning
// from Qt (its padding overflowed to [−inf, inf], which Qt refused, and the axis was lost);
// where the span allows, the axis holds every logit.
void TestSoftmaxView::logitAxisOfExtremeLogits()
{
    QFETCH(double, hi);
    QFETCH(bool, showsAll);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QGraphicsScene scene;
    auto *chart = new SoftmaxChart;
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 800, 500));
    Eigen::VectorXd z(3);
    z << hi, -hi, 0.0;
    QVERIFY(chart->setInput(z, 1.0, false));
    QValueAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->logitSeries()->attachedAxes())
        if (a->orientation() == Qt::Vertical)
            axis = qobject_cast<QValueAxis *>(a);
    QVERIFY(axis);
    QVERIFY2(std::isfinite(axis->min()) && std::isfinite(axis->max()) && std::isfinite(axis->max() - axis->min()),
             qPrintable(QStringLiteral("[%1, %2]").arg(axis->min()).arg(axis->max())));
    QVERIFY(axis->min() < 0 && axis->max() > 0);
    if (showsAll)
        QVERIFY(axis->min() <= -hi && axis->max() >= hi);
    else
        QVERIFY(axis->min() <= -DBL_MAX / 32 && axis->max() >= DBL_MAX / 32);
    QCOMPARE(chart->shownValues()(0), 1.0);
    // Logits the axis cannot hold are counted in its title, not silently left out.
    QCOMPARE(axis->titleText().contains(QLatin1String("2 beyond the axis")), !showsAll);
    // The tick labels Qt draws: finite (Qt's tick i at min + i·span overflowed to "inf" when the
    // span was half of DBL_MAX), and short (its default format printed all 308 digits).
    QCoreApplication::processEvents();
    int labels = 0;
    for (const QGraphicsItem *item : scene.items()) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || !text->toPlainText().contains(QLatin1String("e+")))
            continue;
        ++labels;
        QVERIFY2(!text->toPlainText().contains(QLatin1String("inf")) && text->toPlainText().size() <= 10,
                 qPrintable(text->toPlainText()));
    }
    QVERIFY2(labels >= 3, qPrintable(QString::number(labels)));
}

// Two logits of 1e20: the axis reaches past them (a padding of 0.5 vanished at that size and
// put their markers on the chart's edge, cut in half).
void TestSoftmaxView::equalLargeLogitsClearTheAxisEnd()
{
    SoftmaxChart chart;
    Eigen::VectorXd z(2);
    z << 1e20, 1e20;
    QVERIFY(chart.setInput(z, 1.0, false));
    QValueAxis *axis = nullptr;
    for (QAbstractAxis *a : chart.logitSeries()->attachedAxes())
        if (a->orientation() == Qt::Vertical)
            axis = qobject_cast<QValueAxis *>(a);
    QVERIFY(axis);
    QVERIFY2(axis->max() >= 1.04e20, qPrintable(QString::number(axis->max())));
    QCOMPARE(axis->titleText(), QStringLiteral("logit z"));
}

QTEST_MAIN(TestSoftmaxView)
#include "tst_softmaxview.moc"
