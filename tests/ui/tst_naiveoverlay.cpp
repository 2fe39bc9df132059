// SPDX-License-Identifier: MIT
// The naive-formula overlay: the failure bands are core's intervals, ending where e^x overflows
// (ln DBL_MAX = 709.782712893384, ln FLT_MAX = 88.7228390520684, from mpmath); the naive curves
// stop where the formula gives NaN or ∞; the x range reaches ±1000; the softmax panel shows
// "naive: NaN" for [1000, 1001, 1002] beside the stable softmax. With the derivatives shown, the
// naive f′ (σ(1 − σ), 1 − tanh², eˣ/(1 + eˣ)) and its bands in the lower half, ending where
// mpmath puts them (sech²(x) = 2^−126 at x = 44.3614195558365, σ′(x) = 2^−1022 at
// 708.39641853226411), and an exported figure carries them.
#include "export/exporter.h"
#include "naive/naivebands.h"
#include "naive/naivecontrols.h"
#include "naive/naiveoverlay.h"
#include "naive/naivesoftmaxpanel.h"
#include "plot/functionchart.h"
#include "state/appstate.h"
#include "widgets/numberspinbox.h"
#include "widgets/plotcontrols.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <cmath>

class TestNaiveOverlay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void bands_data();
    void bands();
    void offWhenToggledOff();
    void curvesStopAtNaN();
    void controlsDriveState();
    void rangeReachesThousand();
    void naiveSoftmax_data();
    void naiveSoftmax();
    void derivativeBands_data();
    void derivativeBands();
    void derivativeFollowsToggle();
    void derivativeCurveStopsAtNaN();
    void exportHasNaiveDerivative();
};

namespace {

constexpr double kLnDoubleMax = 709.782712893384;
constexpr double kLnFloatMax = 88.7228390520684;

struct Overlay {
    AppState state;
    FunctionChart chart{&state};
    NaiveOverlay *overlay = nullptr;

    Overlay(const QStringList &shown, const QString &current, actviz::Precision precision)
    {
        state.setShownFunctions(shown);
        state.setCurrentFunction(current);
        state.setXRange(-1000, 1000);
        chart.resize(900, 600);
        chart.refresh();
        overlay = new NaiveOverlay(&chart, &state);
        state.setNaivePrecision(precision);
        state.setNaiveOverlay(true);
    }
};

} // namespace

void TestNaiveOverlay::bands_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("precision");
    QTest::addColumn<double>("lo"); // first failure interval
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("tolerance");
    // e^(−x) overflows for x < −ln DBL_MAX and 1/(1 + ∞) = 0 underflows the true σ(x).
    QTest::newRow("sigmoid float64") << "sigmoid" << int(actviz::Precision::Float64) << -1000.0 << -kLnDoubleMax
                                     << int(actviz::NaiveStatus::Underflow) << 1e-9;
    // In float32 x is rounded first: the edge lies within one float spacing (7.6e-6) of ln FLT_MAX.
    QTest::newRow("sigmoid float32") << "sigmoid" << int(actviz::Precision::Float32) << -1000.0 << -kLnFloatMax
                                     << int(actviz::NaiveStatus::Underflow) << 8e-6;
    // Emulated float16: e^(−x) passes 65520 (then rounds to inf) below x = −ln 65520 = −11.0898;
    // x is rounded to float16 first, whose spacing there is 2^−7.
    QTest::newRow("sigmoid float16") << "sigmoid" << int(actviz::Precision::Float16) << -1000.0 << -std::log(65520.0)
                                     << int(actviz::NaiveStatus::Underflow) << 8e-3;
    // tanh: e^x/e^x = ∞/∞ on both sides.
    QTest::newRow("tanh float64") << "tanh" << int(actviz::Precision::Float64) << -1000.0 << -kLnDoubleMax
                                  << int(actviz::NaiveStatus::NaN) << 1e-9;
}

void TestNaiveOverlay::bands()
{
    QFETCH(QString, id);
    QFETCH(int, precision);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, status);
    QFETCH(double, tolerance);
    Overlay o({id, QStringLiteral("relu")}, id, static_cast<actviz::Precision>(precision));
    QCOMPARE(o.overlay->bandsFunction(), id);
    const QList<actviz::NaiveFailureRun> &f = o.overlay->bands()->failures();
    QVERIFY(!f.isEmpty());
    QCOMPARE(f.first().lo, lo);
    QVERIFY2(std::abs(f.first().hi - hi) < tolerance, qPrintable(QString::number(f.first().hi, 'g', 17)));
    QCOMPARE(int(f.first().status), status);
    if (id == QLatin1String("tanh")) {
        QCOMPARE(f.size(), 2);
        QVERIFY(std::abs(f.last().lo - kLnDoubleMax) < tolerance);
        QCOMPARE(f.last().hi, 1000.0);
    }
    // The caption states the edge to two decimals.
    QVERIFY2(o.overlay->bands()->caption().contains(QString::number(hi, 'f', 2)),
             qPrintable(o.overlay->bands()->caption()));
}

void TestNaiveOverlay::offWhenToggledOff()
{
    Overlay o({QStringLiteral("sigmoid")}, QStringLiteral("sigmoid"), actviz::Precision::Float64);
    QVERIFY(!o.overlay->curveSeries(QStringLiteral("sigmoid")).isEmpty());
    o.state.setNaiveOverlay(false);
    QVERIFY(o.overlay->bands()->failures().isEmpty());
    QVERIFY(o.overlay->curveSeries(QStringLiteral("sigmoid")).isEmpty());
    QVERIFY(o.overlay->bandsFunction().isEmpty());
    // relu has no naive formula: no bands even with the overlay on.
    o.state.setShownFunctions({QStringLiteral("relu")});
    o.state.setNaiveOverlay(true);
    QVERIFY(o.overlay->bandsFunction().isEmpty());
}

void TestNaiveOverlay::curvesStopAtNaN()
{
    Overlay o({QStringLiteral("tanh")}, QStringLiteral("tanh"), actviz::Precision::Float32);
    const QList<QLineSeries *> pieces = o.overlay->curveSeries(QStringLiteral("tanh"));
    QVERIFY(!pieces.isEmpty());
    double minX = 1e9;
    double maxX = -1e9;
    for (QLineSeries *s : pieces)
        for (const QPointF &p : s->points()) {
            QVERIFY(std::isfinite(p.y()));
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
        }
    // Beyond ±ln FLT_MAX the naive tanh is ∞/∞: nothing is drawn there.
    QVERIFY2(minX > -kLnFloatMax - 1.0 && maxX < kLnFloatMax + 1.0,
             qPrintable(QStringLiteral("%1 %2").arg(minX).arg(maxX)));
    QVERIFY(minX < -kLnFloatMax + 1.0 && maxX > kLnFloatMax - 1.0);
}

void TestNaiveOverlay::controlsDriveState()
{
    AppState state;
    NaiveControls controls(&state);
    controls.toggle()->setChecked(true);
    QVERIFY(state.naiveOverlay());
    controls.precisionBox()->setCurrentIndex(controls.precisionBox()->findData(int(actviz::Precision::Float32)));
    QCOMPARE(state.naivePrecision(), actviz::Precision::Float32);
    QCOMPARE(controls.precisionBox()->count(), 4); // float16, bfloat16, float32, float64
    controls.precisionBox()->setCurrentIndex(controls.precisionBox()->findData(int(actviz::Precision::BFloat16)));
    QCOMPARE(state.naivePrecision(), actviz::Precision::BFloat16);
    state.setNaiveOverlay(false);
    QVERIFY(!controls.toggle()->isChecked());
}

void TestNaiveOverlay::rangeReachesThousand()
{
    AppState state;
    PlotControls controls(&state);
    const QList<NumberSpinBox *> boxes = controls.findChildren<NumberSpinBox *>();
    QVERIFY(boxes.size() >= 2);
    for (NumberSpinBox *box : boxes) {
        QVERIFY(box->minimum() <= -1000.0);
        QVERIFY(box->maximum() >= 1000.0);
    }
    state.setXRange(-1000, 1000);
    QCOMPARE(state.xMin(), -1000.0);
}

void TestNaiveOverlay::naiveSoftmax_data()
{
    QTest::addColumn<int>("precision");
    QTest::newRow("float64") << int(actviz::Precision::Float64);
    QTest::newRow("float32") << int(actviz::Precision::Float32);
}

void TestNaiveOverlay::naiveSoftmax()
{
    QFETCH(int, precision);
    AppState state;
    state.setSoftmaxInput(QStringLiteral("1000, 1001, 1002"));
    NaiveSoftmaxPanel panel(&state);
    QVERIFY(panel.table()->isHidden());
    state.setNaivePrecision(static_cast<actviz::Precision>(precision));
    state.setNaiveOverlay(true);
    QVERIFY(!panel.table()->isHidden());
    QTextDocument doc;
    doc.setHtml(panel.table()->text());
    const QString text = doc.toPlainText();
    QCOMPARE(text.count(QStringLiteral("naive: NaN")), 3);
    // The stable softmax of [1000, 1001, 1002] is that of [0, 1, 2]: e^k / (1 + e + e²).
    const double sum = 1.0 + std::exp(1.0) + std::exp(2.0);
    for (double k : {0.0, 1.0, 2.0})
        QVERIFY2(text.contains(QStringLiteral("stable: ") + QString::number(std::exp(k) / sum, 'g', 6)),
                 qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("3 of 3 entries wrong")));
    // A harmless vector: the naive formula is fine.
    state.setSoftmaxInput(QStringLiteral("1, 2, 3"));
    doc.setHtml(panel.table()->text());
    QVERIFY(doc.toPlainText().contains(QStringLiteral("0 of 3 entries wrong")));
}

void TestNaiveOverlay::derivativeBands_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("precision");
    QTest::addColumn<double>("edge");    // an end of one of f′'s failure intervals
    QTest::addColumn<int>("leftStatus"); // the interval ending there
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<QString>("formula");
    // 1 − tanh² is 0 from a cancellation, then an underflow once sech² < FLT_MIN; x is rounded to
    // float first (spacing 3.8e-6 near 44).
    QTest::newRow("tanh float32") << "tanh" << int(actviz::Precision::Float32) << 44.3614195558365
                                  << int(actviz::NaiveStatus::PrecisionLoss) << 4e-6 << QStringLiteral("1 − tanh²");
    QTest::newRow("tanh float32, NaN") << "tanh" << int(actviz::Precision::Float32) << kLnFloatMax
                                       << int(actviz::NaiveStatus::Underflow) << 8e-6 << QStringLiteral("1 − tanh²");
    QTest::newRow("sigmoid float64") << "sigmoid" << int(actviz::Precision::Float64) << 708.39641853226411
                                     << int(actviz::NaiveStatus::PrecisionLoss) << 1e-9 << QStringLiteral("σ(1 − σ)");
    // eˣ/(1 + eˣ): eˣ rounds to 0 below −1075·ln 2 = −745.13321910194121 (mpmath), an underflow.
    QTest::newRow("softplus float64") << "softplus" << int(actviz::Precision::Float64) << -745.13321910194121
                                      << int(actviz::NaiveStatus::Underflow) << 1e-9 << QStringLiteral("eˣ/(1 + eˣ)");
}

void TestNaiveOverlay::derivativeBands()
{
    QFETCH(QString, id);
    QFETCH(int, precision);
    QFETCH(double, edge);
    QFETCH(int, leftStatus);
    QFETCH(double, tolerance);
    QFETCH(QString, formula);
    Overlay o({id, QStringLiteral("relu")}, id, static_cast<actviz::Precision>(precision));
    QVERIFY(o.state.showDerivatives());
    QCOMPARE(o.overlay->bands()->lane(), NaiveBands::Lane::Upper);
    QCOMPARE(o.overlay->derivativeBands()->lane(), NaiveBands::Lane::Lower);
    bool found = false;
    for (const actviz::NaiveFailureRun &f : o.overlay->derivativeBands()->failures())
        if (std::abs(f.hi - edge) < tolerance) {
            found = true;
            QCOMPARE(int(f.status), leftStatus);
        }
    QVERIFY2(found, qPrintable(o.overlay->derivativeBands()->caption()));
    QVERIFY2(o.overlay->derivativeBands()->caption().contains(formula),
             qPrintable(o.overlay->derivativeBands()->caption()));
    QVERIFY2(o.overlay->derivativeBands()->caption().contains(QString::number(edge, 'f', 2)),
             qPrintable(o.overlay->derivativeBands()->caption()));
    const QList<QLineSeries *> df = o.overlay->derivativeSeries(id);
    QVERIFY(!df.isEmpty());
    QVERIFY2(df.first()->name().contains(formula), qPrintable(df.first()->name()));
    // relu has no naive formula.
    QVERIFY(o.overlay->derivativeSeries(QStringLiteral("relu")).isEmpty());
}

void TestNaiveOverlay::derivativeFollowsToggle()
{
    Overlay o({QStringLiteral("tanh")}, QStringLiteral("tanh"), actviz::Precision::Float32);
    QVERIFY(!o.overlay->derivativeBands()->failures().isEmpty());
    o.state.setShowDerivatives(false);
    QVERIFY(o.overlay->derivativeSeries(QStringLiteral("tanh")).isEmpty());
    QVERIFY(o.overlay->derivativeBands()->failures().isEmpty());
    QVERIFY(o.overlay->derivativeBands()->caption().isEmpty());
    QCOMPARE(o.overlay->bands()->lane(), NaiveBands::Lane::Whole);
    QVERIFY(!o.overlay->curveSeries(QStringLiteral("tanh")).isEmpty());
    o.state.setShowDerivatives(true);
    QVERIFY(!o.overlay->derivativeSeries(QStringLiteral("tanh")).isEmpty());
    QCOMPARE(o.overlay->bands()->lane(), NaiveBands::Lane::Upper);
}

void TestNaiveOverlay::derivativeCurveStopsAtNaN()
{
    Overlay o({QStringLiteral("softplus")}, QStringLiteral("softplus"), actviz::Precision::Float32);
    double maxX = -1e9;
    for (QLineSeries *s : o.overlay->derivativeSeries(QStringLiteral("softplus")))
        for (const QPointF &p : s->points()) {
            QVERIFY(std::isfinite(p.y()));
            maxX = std::max(maxX, p.x());
        }
    // eˣ/(1 + eˣ) is inf/inf beyond ln FLT_MAX; the samples are 1 apart.
    QVERIFY2(maxX > kLnFloatMax - 1.0 && maxX < kLnFloatMax, qPrintable(QString::number(maxX)));
}

void TestNaiveOverlay::exportHasNaiveDerivative()
{
    // What `actviz export fig.svg --functions tanh --derivatives --naive float16` draws: the SVG
    // holds the legend entry and caption of the naive f′ as text.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppState state;
    state.setShownFunctions({QStringLiteral("tanh")});
    state.setCurrentFunction(QStringLiteral("tanh"));
    state.setXRange(-12, 12);
    state.setShowDerivatives(true);
    state.setNaiveOverlay(true);
    state.setNaivePrecision(actviz::Precision::Float16);
    ExportRequest r;
    r.path = dir.filePath(QStringLiteral("naive.svg"));
    r.size = QSize(1200, 800);
    QCOMPARE(Exporter::exportFile(state, r), QString());
    QFile file(r.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("naive: 1 − tanh²")));
    QVERIFY(svg.contains(QStringLiteral("naive Tanh′ = 1 − tanh² (float16)")));
    // sech²(x) = 2^−14 at x = 5.5451621853412422 (mpmath); x is rounded to float16 first.
    QVERIFY(svg.contains(QStringLiteral("5.545")));
    // Without the derivatives, no naive f′.
    state.setShowDerivatives(false);
    QCOMPARE(Exporter::exportFile(state, r), QString());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(file.readAll()).contains(QStringLiteral("1 − tanh²")));
}

QTEST_MAIN(TestNaiveOverlay)
#include "tst_naiveoverlay.moc"
