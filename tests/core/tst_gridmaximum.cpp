// SPDX-License-Identifier: MIT
// Grids with breakpoints and the refined maximum on them, against closed forms.
#include "gridmaximum.h"

#include <QTest>

#include <cmath>
#include <limits>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

actviz::Extremum maximise(double (*h)(double), double lo, double hi, int samples, std::vector<double> breaks = {})
{
    const Eigen::ArrayXd x = actviz::sampleGrid(lo, hi, samples, breaks);
    Eigen::ArrayXd hx(x.size());
    for (Eigen::Index i = 0; i < x.size(); ++i)
        hx[i] = h(x[i]);
    return actviz::refineMaximum(x, hx, h);
}

} // namespace

class TestGridMaximum : public QObject
{
    Q_OBJECT

private slots:
    void sampleGridHasBreakpointsAndNeighbours();
    void wideGrid();
    void refinedMaximum_data();
    void refinedMaximum();
    void allNaN();
};

void TestGridMaximum::sampleGridHasBreakpointsAndNeighbours()
{
    const Eigen::ArrayXd x = actviz::sampleGrid(-1.0, 1.0, 5, {0.3, 0.0, 7.0, -1.0});
    // −1, −0.5, 0, 0.5, 1, plus 0.3 and its two neighbours, plus the neighbours of 0; 7 and −1
    // are not inside (−1, 1).
    QCOMPARE(x.size(), 10);
    QCOMPARE(x[0], -1.0);
    QCOMPARE(x[x.size() - 1], 1.0);
    for (Eigen::Index i = 1; i < x.size(); ++i)
        QVERIFY(x[i - 1] < x[i]);
    QVERIFY((x == std::nextafter(0.3, 1.0)).any());
    QVERIFY((x == std::nextafter(0.3, -1.0)).any());
    QVERIFY((x == -std::numeric_limits<double>::denorm_min()).any());
}

void TestGridMaximum::wideGrid()
{
    const Eigen::ArrayXd x = actviz::wideSampleGrid(-1e6, 1e6, 401, 20.0, {3.0});
    QCOMPARE(x[0], -1e6);
    QCOMPARE(x[x.size() - 1], 1e6);
    for (Eigen::Index i = 1; i < x.size(); ++i) {
        QVERIFY(x[i - 1] < x[i]);
        // 0.1 apart inside ±20, then growing by at most 1 %
        QVERIFY(x[i] - x[i - 1] <= std::max(0.1 + 1e-12, 0.0100001 * std::fabs(x[i])));
    }
    QVERIFY((x == 3.0).any() && (x == std::nextafter(3.0, 4.0)).any());
    // ln(5·10⁴)/ln(1.01) ≈ 1087 points per tail, plus the dense part and the breakpoint.
    QVERIFY(x.size() > 401 + 2 * 1080 && x.size() < 401 + 2 * 1095 + 3);
    const Eigen::ArrayXd inside = actviz::wideSampleGrid(2.0, 5.0, 31, 20.0, {});
    QCOMPARE(inside.size(), 31);
}

void TestGridMaximum::refinedMaximum_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("at");
    QTest::addColumn<double>("atTolerance");
    // 0: 1 − (x − 0.3)² on a grid of step 0.5 (0.3 is not a grid point)
    // 1: 1 − |x − 0.3|, a maximum at a breakpoint; its neighbour below rounds to the same 1.0 and
    //    is reported (leftmost on ties), one ulp away
    // 2: NaN except near 2: the NaN samples do not win
    QTest::newRow("smooth peak between samples") << 0 << 1.0 << 0.3 << 1e-7;
    QTest::newRow("peak at a kink") << 1 << 1.0 << 0.3 << 1e-16;
    QTest::newRow("NaN samples are skipped") << 2 << 4.0 << 2.0 << 1e-7;
}

void TestGridMaximum::refinedMaximum()
{
    QFETCH(int, which);
    QFETCH(double, value);
    QFETCH(double, at);
    QFETCH(double, atTolerance);
    actviz::Extremum e;
    if (which == 0)
        e = maximise([](double x) { return 1.0 - (x - 0.3) * (x - 0.3); }, -2.0, 2.0, 9);
    else if (which == 1)
        e = maximise([](double x) { return 1.0 - std::fabs(x - 0.3); }, -2.0, 2.0, 9, {0.3});
    else
        e = maximise([](double x) { return x < 1.0 ? kNaN : 4.0 - (x - 2.0) * (x - 2.0); }, -2.0, 3.0, 11);
    QVERIFY2(std::fabs(e.value - value) <= 1e-15, QByteArray::number(e.value, 'g', 17).constData());
    QVERIFY2(std::fabs(e.at - at) <= atTolerance, QByteArray::number(e.at, 'g', 17).constData());
}

void TestGridMaximum::allNaN()
{
    const Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(5, 0.0, 1.0);
    const Eigen::ArrayXd h = Eigen::ArrayXd::Constant(5, kNaN);
    const actviz::Extremum e = actviz::refineMaximum(x, h, [](double) { return kNaN; });
    QVERIFY(std::isnan(e.value) && std::isnan(e.at));
}

QTEST_GUILESS_MAIN(TestGridMaximum)
#include "tst_gridmaximum.moc"
