// SPDX-License-Identifier: MIT
// The gated-units tab: the read-out under the mouse gives f, ∂f/∂a and ∂f/∂b to the six digits
// mpmath gives (values below computed at 40 digits, not by the program) and names the region; every
// map marks the probed point; the maps are drawn with b growing upwards, one sample per pixel centre,
// and hatched only where the gradient vanishes; the controls drive the state and the state clamps.
#include "chart/heatmapitem.h"
#include "state/appstate.h"
#include "teaching/gatedchart.h"
#include "teaching/gatedview.h"
#include "widgets/valueslider.h"

#include "gatedunits.h"

#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QValueAxis>

#include <cmath>

class TestGatedView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readout_data();
    void readout();
    void mouseHover();
    void pixelsAreSamples();
    void colourBarEndsAreTheSquares();
    void hatchOnlyWhereVanished();
    void controlsDriveState();
    void stateClamps();
};

namespace {

QString plain(const QLabel *label)
{
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText().replace(QChar(0xA0), QLatin1Char(' '));
}

QString minus(QString s) { return s.replace(QLatin1Char('-'), QChar(0x2212)); }

// Colours equal but for the rounding of a channel (the pixel's centre computed another way can
// move the colour map's interpolation by one step; a hatch line darkens by half).
bool near(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b)) <= 3;
}

// The pixel of the chart's image whose centre is nearest (a, b).
QPoint pixelOf(const GatedChart *chart, double a, double b)
{
    const QImage &img = chart->heatmap()->image();
    const double r = chart->axisA()->max();
    const int i = static_cast<int>(std::floor((a + r) / (2 * r) * img.width()));
    const int y = img.height() - 1 - static_cast<int>(std::floor((b + r) / (2 * r) * img.height()));
    return {i, y};
}

// (a, b) at the centre of pixel p.
QPointF centreOf(const GatedChart *chart, QPoint p)
{
    const QImage &img = chart->heatmap()->image();
    const double r = chart->axisA()->max();
    return {-r + (p.x() + 0.5) * 2 * r / img.width(), r - (p.y() + 0.5) * 2 * r / img.height()};
}

} // namespace

void TestGatedView::readout_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<QString>("f"); // mpmath, 6 significant digits
    QTest::addColumn<QString>("dfda");
    QTest::addColumn<QString>("dfdb");
    QTest::addColumn<QString>("region");
    QTest::newRow("SwiGLU live") << "swiglu" << 1.0 << 2.0 << "1.46212" << "1.85534" << "0.731059"
                                 << "both inputs learn";
    QTest::newRow("GLU saturated at a = 20") << "glu" << 20.0 << 1.0 << "1" << "2.06115e-09" << "1"
                                             << "the gate is saturated: only b learns";
    QTest::newRow("GLU, b < 0") << "glu" << 0.5 << -3.0 << "-1.86738" << "-0.705011" << "0.622459"
                                << "both inputs learn";
    QTest::newRow("GeGLU's small negative gate") << "geglu" << -1.0 << 0.5 << "-0.0793276" << "-0.0416577"
                                                 << "-0.158655" << "the gate is saturated: only b learns";
    QTest::newRow("ReGLU dead") << "reglu" << -1.0 << 1.0 << "0" << "0" << "0" << "dead: neither input learns";
}

void TestGatedView::readout()
{
    QFETCH(QString, unit);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(QString, f);
    QFETCH(QString, dfda);
    QFETCH(QString, dfdb);
    QFETCH(QString, region);
    AppState state;
    state.setGatedSetup({unit, 25.0});
    GatedView view(&state);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(plain(view.readout()).contains(QStringLiteral("Point at a map")));
    emit view.chart(1)->hovered(QPointF(a, b));
    const QString text = plain(view.readout());
    QVERIFY2(text.contains(QStringLiteral("f = ") + minus(f) + QLatin1Char(' ')), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("∂f/∂a = ") + minus(dfda) + QLatin1Char(' ')), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("∂f/∂b = ") + minus(dfdb) + QLatin1Char(' ')), qPrintable(text));
    QVERIFY2(text.endsWith(region), qPrintable(text));
    // Every map marks the point, where its own axes put (a, b).
    for (int i = 0; i < 3; ++i) {
        const std::optional<QPointF> probe = view.chart(i)->heatmap()->probe();
        QVERIFY(probe);
        QCOMPARE(*probe, view.chart(i)->positionOf(QPointF(a, b)));
    }
    emit view.chart(2)->hovered(std::nullopt);
    QVERIFY(plain(view.readout()).contains(QStringLiteral("Point at a map")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!view.chart(i)->heatmap()->probe());
}

void TestGatedView::mouseHover()
{
    AppState state;
    GatedView view(&state);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    GatedChart *chart = view.chart(0);
    QChartView *cv = view.chartView(0);
    const QPoint at = cv->mapFromScene(chart->mapToScene(chart->positionOf(QPointF(1.0, -2.0))));
    QTest::mouseMove(cv->viewport(), at);
    QTRY_VERIFY(chart->heatmap()->probe().has_value());
    // The point under the mouse is (1, −2) to within a pixel of the map.
    const std::optional<QPointF> ab = chart->valueAt(*chart->heatmap()->probe());
    QVERIFY(ab);
    const double pixel = 2 * state.gatedSetup().range / chart->plotArea().width();
    QVERIFY2(std::abs(ab->x() - 1.0) <= pixel && std::abs(ab->y() + 2.0) <= pixel,
             qPrintable(QStringLiteral("%1, %2").arg(ab->x()).arg(ab->y())));
    QVERIFY(plain(view.readout()).startsWith(QStringLiteral("a = ")));
    // Outside the plot area (over the title): no point, the prompt again.
    QTest::mouseMove(cv->viewport(), QPoint(cv->viewport()->width() / 2, 2));
    QTRY_VERIFY(!chart->heatmap()->probe().has_value());
    QVERIFY(plain(view.readout()).contains(QStringLiteral("Point at a map")));
}

void TestGatedView::pixelsAreSamples()
{
    AppState state;
    state.setGatedSetup({QStringLiteral("swiglu"), 4.0});
    GatedView view(&state);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const GatedChart *value = view.chart(0);
    const QImage &img = value->heatmap()->image();
    // One sample per device pixel of the plot area.
    QCOMPARE(img.width(), static_cast<int>(std::lround(value->plotArea().width())));
    QCOMPARE(img.height(), static_cast<int>(std::lround(value->plotArea().height())));
    // SwiGLU: f = silu(a)·b is red above 0 (upper right, a, b > 0) and blue below (lower right).
    const QColor upper = img.pixelColor(pixelOf(value, 3.0, 3.0));
    const QColor lower = img.pixelColor(pixelOf(value, 3.0, -3.0));
    QVERIFY(upper.red() > upper.blue());
    QVERIFY(lower.blue() > lower.red());
    // ∂f/∂b = silu(a) does not depend on b: a column has one colour wherever it is not hatched,
    // and that colour is the colour of silu at the pixel's centre.
    const GatedChart *dfdb = view.chart(2);
    const QImage &col = dfdb->heatmap()->image();
    const QPoint p = pixelOf(dfdb, 2.5, 3.0);
    const QPointF ab = centreOf(dfdb, p);
    const double g = actviz::evaluateGated(*actviz::findGatedUnit("swiglu"), ab.x(), ab.y()).dfdb;
    QVERIFY(near(col.pixel(p), HeatmapItem::color(g, dfdb->heatmap()->scale())));
    QCOMPARE(col.pixel(pixelOf(dfdb, 2.5, -3.0)), col.pixel(p));
}

void TestGatedView::colourBarEndsAreTheSquares()
{
    // SwiGLU on ±4: |f| = |silu(a)·b| is largest at a = 4, b = ±4: 4 · 4σ(4) = 15.71. The pixels'
    // centres stop half a pixel short of that corner (the bar read 15.5 in a 1024-pixel window,
    // 15.6 in a wider one); the bar's ends are the square's at any size.
    const double largest = 16.0 / (1.0 + std::exp(-4.0));
    for (const QSize size : {QSize(700, 420), QSize(1300, 700)}) {
        AppState state;
        state.setGatedSetup({QStringLiteral("swiglu"), 4.0});
        GatedView view(&state);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const double scale = view.chart(0)->heatmap()->scale();
        QVERIFY2(std::abs(scale - largest) <= 1e-12 * largest,
                 qPrintable(QStringLiteral("%1 at %2×%3").arg(scale, 0, 'g', 17).arg(size.width()).arg(size.height())));
    }
}

void TestGatedView::hatchOnlyWhereVanished()
{
    // ReGLU on ±4: for a < 0 the unit is dead (f, both partials 0), so the ∂f/∂b map there is white
    // with crossed dark lines; for a > 0.5 and |b| > 0.5 both partials exceed ε and nothing is hatched.
    AppState state;
    state.setGatedSetup({QStringLiteral("reglu"), 4.0});
    GatedView view(&state);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const GatedChart *chart = view.chart(2);
    const QImage &img = chart->heatmap()->image();
    const QRgb white = HeatmapItem::color(0.0, chart->heatmap()->scale());
    int dead = 0, deadDark = 0, live = 0, liveDark = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int i = 0; i < img.width(); ++i) {
            const QPointF ab = centreOf(chart, QPoint(i, y));
            const QRgb c = img.pixel(i, y);
            if (ab.x() < -0.1) {
                ++dead;
                deadDark += c != white;
            } else if (ab.x() > 0.5 && std::abs(ab.y()) > 0.5) {
                ++live;
                const double g = actviz::evaluateGated(*actviz::findGatedUnit("reglu"), ab.x(), ab.y()).dfdb;
                liveDark += !near(c, HeatmapItem::color(g, chart->heatmap()->scale()));
            }
        }
    QVERIFY(dead > 1000 && live > 1000);
    QCOMPARE(liveDark, 0);
    // Crossed lines cover a fifth to two thirds of the dead region.
    QVERIFY2(deadDark > dead / 5 && deadDark < 2 * dead / 3, qPrintable(QStringLiteral("%1 of %2").arg(deadDark).arg(dead)));
}

void TestGatedView::controlsDriveState()
{
    AppState state;
    GatedView view(&state);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.rangeSlider()->spinBox()->setValue(10.0);
    QCOMPARE(state.gatedSetup().range, 10.0);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(view.chart(i)->axisA()->max(), 10.0);
        QCOMPARE(view.chart(i)->axisB()->min(), -10.0);
    }
    const int glu = view.unitBox()->findData(QStringLiteral("glu"));
    QVERIFY(glu >= 0);
    view.unitBox()->setCurrentIndex(glu);
    emit view.unitBox()->activated(glu);
    QCOMPARE(state.gatedSetup().unit, QStringLiteral("glu"));
    QVERIFY(view.chart(0)->title().startsWith(QStringLiteral("GLU")));
    // The note under the maps is about the unit shown, with its paper.
    QVERIFY(view.note()->text().contains(QStringLiteral("Dauphin")));
    view.epsilonSlider()->spinBox()->setValue(0.01);
    QCOMPARE(state.epsilon(), 0.01);
    // The state drives the controls back.
    state.setGatedSetup({QStringLiteral("reglu"), 2.0});
    QCOMPARE(view.unitBox()->currentData().toString(), QStringLiteral("reglu"));
    QCOMPARE(view.rangeSlider()->value(), 2.0);
}

void TestGatedView::stateClamps()
{
    AppState state;
    state.setGatedSetup({QStringLiteral("nonsense"), 1e9});
    QCOMPARE(state.gatedSetup().unit, QStringLiteral("swiglu"));
    QCOMPARE(state.gatedSetup().range, GatedSetup::kMaxRange);
    state.setGatedSetup({QStringLiteral("glu"), 0.0});
    QCOMPARE(state.gatedSetup().range, GatedSetup::kMinRange);
    // JSON: an unknown unit leaves the one there was; the range is read.
    const GatedSetup read = state.gatedSetup().withJson(
        QJsonObject{{QStringLiteral("unit"), QStringLiteral("swish")}, {QStringLiteral("range"), 3.0}});
    QCOMPARE(read.unit, QStringLiteral("glu"));
    QCOMPARE(read.range, 3.0);
    QCOMPARE(GatedSetup().withJson(GatedSetup{QStringLiteral("geglu"), 7.5}.toJson()),
             (GatedSetup{QStringLiteral("geglu"), 7.5}));
}

QTEST_MAIN(TestGatedView)
#include "tst_gatedview.moc"
