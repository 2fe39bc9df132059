// SPDX-License-Identifier: MIT
// CurveSampler: kinks are sampled exactly, no segment crosses a jump, straight pieces are two
// points, and the polyline stays within the tolerance of the curve (checked densely against
// the function itself between every pair of points).
#include "plot/curvesampler.h"
#include "registry.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using actviz::Activation;
using Curve = CurveSampler::Curve;

Q_DECLARE_METATYPE(CurveSampler::Curve)

namespace {

const Activation &act(const char *id)
{
    const Activation *a = actviz::findActivation(id);
    Q_ASSERT(a);
    return *a;
}

PlotWindow window(double xMin, double xMax, double yMin, double yMax)
{
    PlotWindow w;
    w.xMin = xMin;
    w.xMax = xMax;
    w.yMin = yMin;
    w.yMax = yMax;
    w.pixels = QSizeF(1000, 600);
    return w;
}

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

// Largest distance, in pixels, from the true curve to the polyline: 64 points of the curve
// inside every segment, each measured to that segment and its neighbours.
double worstErrorPx(const Activation &a, const actviz::Params &p, Curve c, const PlotWindow &w,
                    const QList<CurveSampler::Piece> &pieces)
{
    const double sx = w.pixels.width() / (w.xMax - w.xMin);
    const double sy = w.pixels.height() / (w.yMax - w.yMin);
    auto px = [&](double x, double y) { return QPointF((x - w.xMin) * sx, (y - w.yMin) * sy); };
    double worst = 0;
    for (const auto &piece : pieces)
        for (qsizetype i = 1; i < piece.size(); ++i) {
            const QPointF l = piece[i - 1];
            const QPointF r = piece[i];
            for (int k = 1; k < 64; ++k) {
                const double x = l.x() + (r.x() - l.x()) * k / 64.0;
                const double y = c == Curve::Value ? a.value(x, p) : a.derivative(x, p);
                if (y < w.yMin || y > w.yMax)
                    continue;
                double best = segmentDistance(px(x, y), px(l.x(), l.y()), px(r.x(), r.y()));
                for (qsizetype j : {i - 1, i + 1})
                    if (j >= 1 && j < piece.size())
                        best = std::min(best, segmentDistance(px(x, y), px(piece[j - 1].x(), piece[j - 1].y()),
                                                              px(piece[j].x(), piece[j].y())));
                worst = std::max(worst, best);
            }
        }
    return worst;
}

} // namespace

class TestCurveSampler : public QObject
{
    Q_OBJECT
private slots:
    void withinTolerance_data();
    void withinTolerance();
    void pointsAreCoreValues();
    void kinkIsExactPoint();
    void straightPiecesAreTwoPoints();
    void jumpSplitsCurve();
    void derivativeSplitsAtKinks();
    void zoomedOutStaysSmall();
    void steepCurveIsClippedNearTheView();
};

void TestCurveSampler::withinTolerance_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Curve>("curve");
    QTest::addColumn<double>("xMin");
    QTest::addColumn<double>("xMax");
    QTest::addColumn<double>("yMin");
    QTest::addColumn<double>("yMax");
    QTest::newRow("sigmoid") << "sigmoid" << Curve::Value << -6.0 << 6.0 << -0.5 << 1.5;
    QTest::newRow("sigmoid'") << "sigmoid" << Curve::Derivative << -6.0 << 6.0 << -0.1 << 0.3;
    QTest::newRow("tanh zoomed in") << "tanh" << Curve::Value << -0.01 << 0.01 << -0.01 << 0.01;
    QTest::newRow("gelu'") << "gelu" << Curve::Derivative << -6.0 << 6.0 << -0.5 << 1.5;
    QTest::newRow("gaussian far out") << "gaussian" << Curve::Value << -500.0 << 500.0 << -0.1 << 1.1;
    QTest::newRow("sinc") << "sinc" << Curve::Value << -30.0 << 30.0 << -0.3 << 1.1;
    QTest::newRow("mish'") << "mish" << Curve::Derivative << -8.0 << 8.0 << -0.2 << 1.2;
    QTest::newRow("elu") << "elu" << Curve::Value << -6.0 << 6.0 << -2.0 << 6.0;
}

void TestCurveSampler::withinTolerance()
{
    QFETCH(QString, id);
    QFETCH(Curve, curve);
    QFETCH(double, xMin);
    QFETCH(double, xMax);
    QFETCH(double, yMin);
    QFETCH(double, yMax);
    const Activation &a = act(qPrintable(id));
    const PlotWindow w = window(xMin, xMax, yMin, yMax);
    const auto pieces = CurveSampler::sample(a, a.defaults(), curve, w);
    QVERIFY(!pieces.isEmpty());
    QVERIFY2(worstErrorPx(a, a.defaults(), curve, w, pieces) <= CurveSampler::kTolerancePx,
             qPrintable(QString::number(worstErrorPx(a, a.defaults(), curve, w, pieces))));
}

void TestCurveSampler::pointsAreCoreValues()
{
    const Activation &a = act("softplus");
    const auto pieces = CurveSampler::sample(a, a.defaults(), Curve::Value, window(-6, 6, -1, 7));
    for (const auto &piece : pieces)
        for (const QPointF &pt : piece)
            QVERIFY(pt.y() == a.value(pt.x(), a.defaults()));
}

void TestCurveSampler::kinkIsExactPoint()
{
    const Activation &a = act("relu");
    const auto pieces = CurveSampler::sample(a, a.defaults(), Curve::Value, window(-5, 5, -1, 5));
    QCOMPARE(pieces.size(), 1);
    QVERIFY(pieces[0].contains(QPointF(0.0, 0.0)));
}

void TestCurveSampler::straightPiecesAreTwoPoints()
{
    // relu on [-5, 5]: two straight pieces meeting at the kink: exactly three points.
    const Activation &relu = act("relu");
    const auto pieces = CurveSampler::sample(relu, relu.defaults(), Curve::Value, window(-5, 5, -1, 5));
    QCOMPARE(pieces.size(), 1);
    QCOMPARE(pieces[0].size(), 3);
    QCOMPARE(pieces[0].first(), QPointF(-5.0, 0.0));
    QCOMPARE(pieces[0].last(), QPointF(5.0, 5.0));
    const Activation &id = act("identity");
    const auto line = CurveSampler::sample(id, id.defaults(), Curve::Value, window(-6, 6, -6, 6));
    QCOMPARE(line.size(), 1);
    QCOMPARE(line[0].size(), 2);
}

void TestCurveSampler::jumpSplitsCurve()
{
    // The binary step jumps from 0 to 1 at x = 0: two pieces, neither crossing the jump.
    const Activation &a = act("step");
    const auto pieces = CurveSampler::sample(a, a.defaults(), Curve::Value, window(-3, 3, -0.5, 1.5));
    QCOMPARE(pieces.size(), 2);
    QVERIFY(pieces[0].last().x() < 0.0);
    QCOMPARE(pieces[0].last().y(), 0.0);
    QVERIFY(pieces[1].first().x() >= 0.0);
    QCOMPARE(pieces[1].first().y(), 1.0);
}

void TestCurveSampler::derivativeSplitsAtKinks()
{
    // hardtanh' is 0, 1, 0 with jumps at ±1: three flat pieces of two points each.
    const Activation &a = act("hardtanh");
    const auto pieces = CurveSampler::sample(a, a.defaults(), Curve::Derivative, window(-3, 3, -0.5, 1.5));
    QCOMPARE(pieces.size(), 3);
    for (const auto &piece : pieces)
        QCOMPARE(piece.size(), 2);
    QCOMPARE(pieces[1].first().y(), 1.0);
    QVERIFY(pieces[0].last().x() < -1.0 && pieces[1].first().x() > -1.0);
}

void TestCurveSampler::zoomedOutStaysSmall()
{
    // A smooth curve over a wide range needs few points: the budget is pixels, not x units.
    const Activation &a = act("sigmoid");
    const auto pieces = CurveSampler::sample(a, a.defaults(), Curve::Value, window(-1000, 1000, -0.5, 1.5));
    qsizetype n = 0;
    for (const auto &piece : pieces)
        n += piece.size();
    QVERIFY2(n < 200, qPrintable(QString::number(n)));
}

// e^x up to x = 800 (e^700 ≈ 1e304, e^800 overflows): the polyline stays within one plot height
// of the view, where nobody sees it (clamped at 10⁴ plot heights before, a dashed f′ made Qt
// lay millions of dashes: a typed exp(exp(exp(x))) took 2 s to draw), and inside the view it is
// still the curve, crossings of the band's edges included.
void TestCurveSampler::steepCurveIsClippedNearTheView()
{
    const Activation &a = act("exponential");
    for (const PlotWindow &w : {window(-5, 800, -1, 10), window(-5, 5, 0.5, 0.6)})
        for (const Curve c : {Curve::Value, Curve::Derivative}) {
            const auto pieces = CurveSampler::sample(a, a.defaults(), c, w);
            QVERIFY(!pieces.isEmpty());
            const double h = w.yMax - w.yMin;
            for (const auto &piece : pieces)
                for (const QPointF &pt : piece)
                    QVERIFY2(pt.y() >= w.yMin - h && pt.y() <= w.yMax + h, qPrintable(QString::number(pt.y())));
            QVERIFY2(worstErrorPx(a, a.defaults(), c, w, pieces) <= CurveSampler::kTolerancePx,
                     qPrintable(QString::number(worstErrorPx(a, a.defaults(), c, w, pieces))));
        }
}

QTEST_GUILESS_MAIN(TestCurveSampler)
#include "tst_curvesampler.moc"
