// SPDX-License-Identifier: MIT
// The LayerNorm-vs-DyT view (issue 13): the scatter holds every element of the batch, Fit lowers
// the residual and sets α and γ in the state, the seed and outlier controls redraw the batch, a
// lesson with "norm" round-trips and a bad entry is refused naming its key, and `actviz export
// --view norm` writes PNG and SVG figures and refuses a bad value with exit code 2, naming it.
#include "exportrun.h"
#include "lessontest.h"

#include "lesson/lessonfile.h"
#include "state/appstate.h"
#include "teaching/normchart.h"
#include "teaching/normview.h"
#include "text/normtext.h"
#include "widgets/valueslider.h"

#include <QColor>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace uitest;

namespace {

QByteArray lessonWithNorm(const QByteArray &norm)
{
    return R"({"format": "actviz-lesson", "version": 1, "title": "DyT", "view": "norm", "state": {"norm": )" + norm +
           "}}";
}

} // namespace

class TestNormView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(isolateSettings(m_dir)); }
    void scatterHoldsEveryElement();
    void fitLowersTheResidual();
    void controlsRedrawTheBatch();
    void lessonRoundTrip();
    void lessonRefused_data();
    void lessonRefused();
    void exportWrites_data();
    void exportWrites();
    void exportRefuses_data();
    void exportRefuses();

private:
    QTemporaryDir m_dir;
};

void TestNormView::scatterHoldsEveryElement()
{
    AppState state;
    NormView view(&state);
    const NormChart *chart = view.chart();
    const actviz::TokenBatchSpec spec;
    QCOMPARE(chart->pointCount(), qsizetype{spec.tokens} * spec.channels);
    QCOMPARE(chart->data().batch.x.rows(), Eigen::Index{spec.tokens});
    QCOMPARE(chart->data().y.size(), Eigen::Index{spec.tokens} * spec.channels);
    // Every group has tokens in it, and the curve is DyT at the state's α, γ.
    for (int g = 0; g < NormChart::kGroups; ++g)
        QVERIFY(chart->group(g)->count() >= spec.channels);
    QCOMPARE(chart->curveSeries()->count(), NormChart::kCurveSamples);
    const QPointF p = chart->curveSeries()->at(NormChart::kCurveSamples - 1);
    QCOMPARE(p.y(), NormSetup::kDefaultGamma * std::tanh(NormSetup::kDefaultAlpha * p.x()));
}

void TestNormView::fitLowersTheResidual()
{
    AppState state;
    NormView view(&state);
    const NormData &data = view.chart()->data();
    const double before = data.residualRms(state.normSetup());
    QSignalSpy changed(&state, &AppState::normChanged);
    view.fitButton()->click();
    QCOMPARE(changed.count(), 1);
    const double after = data.residualRms(state.normSetup());
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    QCOMPARE(after, data.fit.residualRms);
    QCOMPARE(state.normSetup().alpha, data.fit.alpha);
    QCOMPARE(state.normSetup().gamma, data.fit.gamma);
    QCOMPARE(view.alphaSlider()->value(), data.fit.alpha);
    QVERIFY(view.readout()->text().contains(NormText::number(after)));
    // The curve moved with them.
    const QPointF p = view.chart()->curveSeries()->at(0);
    QCOMPARE(p.y(), data.fit.gamma * std::tanh(data.fit.alpha * p.x()));
}

void TestNormView::controlsRedrawTheBatch()
{
    AppState state;
    NormView view(&state);
    const double x0 = view.chart()->data().batch.x(0, 0);
    view.seedBox()->setValue(5);
    QCOMPARE(state.normSetup().seed, std::int64_t{5});
    QVERIFY(view.chart()->data().batch.x(0, 0) != x0);
    view.outliersBox()->setValue(0);
    QCOMPARE(state.normSetup().outliers, 0);
    QVERIFY(view.chart()->data().batch.outliers.empty());
    QVERIFY(view.note()->text().contains(QStringLiteral("Without outlier channels")));
    // Without outliers every |output| stays small; with 16 the outliers stand far out.
    const double quiet = view.chart()->data().y.abs().maxCoeff();
    view.outliersBox()->setValue(16);
    QVERIFY(view.chart()->data().y.abs().maxCoeff() > quiet);
    // From the state to the controls.
    NormSetup s = state.normSetup();
    s.seed = 42;
    s.alpha = 0.25;
    state.setNormSetup(s);
    QCOMPARE(view.seedBox()->value(), 42);
    QCOMPARE(view.alphaSlider()->value(), 0.25);
}

void TestNormView::lessonRoundTrip()
{
    AppState a;
    NormSetup s;
    s.seed = 77;
    s.outliers = 2;
    s.alpha = 0.123;
    s.gamma = 4.5;
    a.setNormSetup(s);
    a.setCurrentView(ViewId::Norm);
    const LessonReadResult read =
        LessonFile::parse(LessonFile::serialize(LessonFile::capture(a, QStringLiteral("en"))));
    QVERIFY2(read.lesson, qPrintable(read.error));
    QCOMPARE(read.lesson->view, QStringLiteral("norm"));
    AppState b;
    LessonFile::apply(*read.lesson, b);
    QCOMPARE(b.normSetup(), s);
    // Written by hand, partly: the rest keeps the defaults.
    const LessonReadResult hand = LessonFile::parse(lessonWithNorm(R"({"seed": 9, "gamma": 2})"));
    QVERIFY2(hand.lesson, qPrintable(hand.error));
    AppState c;
    LessonFile::apply(*hand.lesson, c);
    QCOMPARE(c.normSetup().seed, std::int64_t{9});
    QCOMPARE(c.normSetup().gamma, 2.0);
    QCOMPARE(c.normSetup().alpha, NormSetup::kDefaultAlpha);
}

void TestNormView::lessonRefused_data()
{
    QTest::addColumn<QByteArray>("norm");
    QTest::addColumn<QString>("key");
    QTest::newRow("α too large") << QByteArray(R"({"alpha": 1000})") << "state.norm.alpha";
    QTest::newRow("γ a string") << QByteArray(R"({"gamma": "big"})") << "state.norm.gamma";
    QTest::newRow("outliers 17") << QByteArray(R"({"outliers": 17})") << "state.norm.outliers";
    QTest::newRow("outliers 1.5") << QByteArray(R"({"outliers": 1.5})") << "state.norm.outliers";
    QTest::newRow("negative seed") << QByteArray(R"({"seed": -1})") << "state.norm.seed";
    QTest::newRow("unknown key") << QByteArray(R"({"tokens": 12})") << "tokens";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "state.norm";
}

void TestNormView::lessonRefused()
{
    QFETCH(QByteArray, norm);
    QFETCH(QString, key);
    const LessonReadResult read = LessonFile::parse(lessonWithNorm(norm));
    QVERIFY(!read.lesson);
    QVERIFY2(read.error.contains(key), qPrintable(read.error));
}

void TestNormView::exportWrites_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("png") << "norm.png" << QStringList{"--view", "norm", "--size", "900x560"};
    QTest::newRow("png, fit, its options")
        << "norm2.png" << QStringList{"--view", "norm", "--size",     "900x560", "--dyt",    "fit",
                                      "--seed", "3",    "--outliers", "2",       "--caption"};
    QTest::newRow("png, α and γ") << "norm3.png"
                                  << QStringList{"--view", "norm", "--size", "900x560", "--dyt", "0.05,9.5"};
    QTest::newRow("svg") << "norm.svg" << QStringList{"--view", "norm", "--dyt", "fit"};
}

void TestNormView::exportWrites()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    const QString path = m_dir.filePath(name);
    const Run r = runActviz(QStringList{"export", path} + options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(path));
    if (name.endsWith(QLatin1String(".svg"))) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.size() > 100000); // 12288 points
        return;
    }
    const QImage image(path);
    QCOMPARE(image.size(), QSize(900, 560));
    // The blues of the scatter and the vermillion of the curve.
    int blue = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            blue += c.blue() > c.red() + 60 && c.blue() > c.green();
        }
    QVERIFY2(blue > 200, qPrintable(QStringLiteral("%1 blue pixels").arg(blue)));
    QVERIFY2(pixelsNear(image, 0xFFD55E00) > 50, "no DyT curve");
}

void TestNormView::exportRefuses_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("outliers 99") << QStringList{"--view", "norm", "--outliers", "99"}
                                 << QStringList{"--outliers", "99"};
    QTest::newRow("outliers not a number")
        << QStringList{"--view", "norm", "--outliers", "many"} << QStringList{"--outliers", "many"};
    QTest::newRow("dyt one number") << QStringList{"--view", "norm", "--dyt", "0.5"} << QStringList{"--dyt", "0.5"};
    QTest::newRow("dyt α 0") << QStringList{"--view", "norm", "--dyt", "0,1"} << QStringList{"--dyt", "0,1"};
    QTest::newRow("dyt word") << QStringList{"--view", "norm", "--dyt", "best"} << QStringList{"--dyt", "best"};
    QTest::newRow("negative seed") << QStringList{"--view", "norm", "--seed", "-3"} << QStringList{"--seed"};
    QTest::newRow("outliers on depth") << QStringList{"--view", "depth", "--outliers", "2"}
                                       << QStringList{"--outliers"};
    QTest::newRow("dyt on the plot") << QStringList{"--dyt", "fit"} << QStringList{"--dyt"};
    QTest::newRow("gate on norm") << QStringList{"--view", "norm", "--gate", "glu"} << QStringList{"--gate"};
}

void TestNormView::exportRefuses()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, named);
    const QString path = m_dir.filePath(QStringLiteral("bad.png"));
    const Run r = runActviz(QStringList{"export", path} + options);
    QCOMPARE(r.exitCode, 2);
    for (const QString &n : named)
        QVERIFY2(r.err.contains(n), qPrintable(r.err));
    // The value is quoted once, not once by the option's reason and again by the command.
    QVERIFY2(r.err.count(QStringLiteral("“%1”").arg(options.last())) <= 1, qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestNormView)
#include "tst_normview.moc"
