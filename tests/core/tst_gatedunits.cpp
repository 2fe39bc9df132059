// SPDX-License-Identifier: MIT
// The gated units of core/gatedunits.h against mpmath (tests/data/gated_reference.csv, written
// by generate_gated_reference.py from the formulas of reference_formulas.py): f, ∂f/∂a and ∂f/∂b
// within 4 ulp, overflow to the right infinity, NaN in → NaN out; the grid agrees with the
// point evaluation bit for bit; the regions where the gradient vanishes.
#include "gatedunits.h"
#include "registry.h"
#include "ulperror.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <limits>

using namespace actviz;

namespace {

constexpr double kTolUlp = 4.0;

struct Row {
    QString unit;
    double a;
    double b;
    long double f;
    long double dfda;
    long double dfdb;
};

QList<Row> readRows()
{
    QList<Row> rows;
    QFile file(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/gated_reference.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> c = file.readLine().trimmed().split(',');
        if (c.size() != 6)
            continue;
        auto ld = [](const QByteArray &s) { return std::strtold(s.constData(), nullptr); };
        rows.append({QString::fromLatin1(c[0]), c[1].toDouble(), c[2].toDouble(), ld(c[3]), ld(c[4]), ld(c[5])});
    }
    return rows;
}

} // namespace

class TestGatedUnits : public QObject
{
    Q_OBJECT
private slots:
    void everyGateIsABuiltIn();
    void matchesMpmath();
    void nanInNanOut();
    void gridMatchesPoints();
    void gridRejectsBadInput();
    void regions();
};

void TestGatedUnits::everyGateIsABuiltIn()
{
    QCOMPARE(gatedUnits().size(), std::size_t{5});
    for (const GatedUnit &u : gatedUnits()) {
        QVERIFY2(findActivation(u.gateId), u.gateId.data());
        QCOMPARE(findGatedUnit(u.id), &u);
    }
    QVERIFY(!findGatedUnit("swish"));
}

void TestGatedUnits::matchesMpmath()
{
    const QList<Row> rows = readRows();
    QCOMPARE(rows.size(), 1430);
    for (const GatedUnit &u : gatedUnits()) {
        double worst[3] = {0, 0, 0};
        int n = 0;
        for (const Row &r : rows) {
            if (r.unit != QLatin1String(u.id.data()))
                continue;
            ++n;
            const GatedPoint p = evaluateGated(u, r.a, r.b);
            // Where g(a) or g′(a) is subnormal (σ(−745) = 2.8e-324 is the double 4.9e-324), the
            // product carries its absolute error times |b|: counted in units of |b|·2⁻¹⁰⁷⁴,
            // which is the ulp of |b|·DBL_MIN.
            const long double tail = std::fabs(static_cast<long double>(r.b)) * DBL_MIN;
            const double e[3] = {ulperror::ulpError(p.f, r.f, tail), ulperror::ulpError(p.dfda, r.dfda, tail),
                                 ulperror::ulpError(p.dfdb, r.dfdb)};
            for (int k = 0; k < 3; ++k) {
                worst[k] = std::max(worst[k], e[k]);
                if (!(e[k] <= kTolUlp))
                    QFAIL(qPrintable(QStringLiteral("%1 (a = %2, b = %3): %4 is %5 ulp off (got %6, want %7)")
                                         .arg(u.id.data())
                                         .arg(r.a, 0, 'g', 17)
                                         .arg(r.b, 0, 'g', 17)
                                         .arg(k == 0 ? "f" : k == 1 ? "df/da" : "df/db")
                                         .arg(e[k])
                                         .arg(k == 0 ? p.f : k == 1 ? p.dfda : p.dfdb, 0, 'g', 17)
                                         .arg(static_cast<double>(k == 0 ? r.f : k == 1 ? r.dfda : r.dfdb), 0, 'g',
                                              17)));
            }
        }
        QVERIFY(n > 0);
        qInfo("%-8s worst ulp: f %.2f  df/da %.2f  df/db %.2f", u.id.data(), worst[0], worst[1], worst[2]);
    }
}

void TestGatedUnits::nanInNanOut()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const GatedUnit &u : gatedUnits()) {
        const GatedPoint pa = evaluateGated(u, nan, 1.0);
        QVERIFY(std::isnan(pa.f) && std::isnan(pa.dfda) && std::isnan(pa.dfdb));
        const GatedPoint pb = evaluateGated(u, 1.0, nan);
        QVERIFY(std::isnan(pb.f) && std::isnan(pb.dfda));
        QVERIFY(std::isfinite(pb.dfdb)); // g(a) does not depend on b
    }
}

void TestGatedUnits::gridMatchesPoints()
{
    for (const GatedUnit &u : gatedUnits()) {
        const auto grid = gatedGrid(u, -5.0, 3.0, -2.0, 4.0, 37, 23);
        QVERIFY(grid);
        const GatedGrid &g = grid.value();
        QCOMPARE(g.a.size(), 37);
        QCOMPARE(g.b.size(), 23);
        QCOMPARE(g.a[0], -5.0);
        QCOMPARE(g.a[36], 3.0);
        QCOMPARE(g.b[22], 4.0);
        for (int i = 0; i < 37; ++i)
            for (int j = 0; j < 23; ++j) {
                const GatedPoint p = evaluateGated(u, g.a[i], g.b[j]);
                QCOMPARE(g.f(j, i), p.f);
                QCOMPARE(g.dfda(j, i), p.dfda);
                QCOMPARE(g.dfdb(j, i), p.dfdb);
            }
    }
}

void TestGatedUnits::gridRejectsBadInput()
{
    const GatedUnit &u = gatedUnits()[0];
    const double inf = std::numeric_limits<double>::infinity();
    QVERIFY(!gatedGrid(u, 1.0, 1.0, -1.0, 1.0, 10, 10));
    QVERIFY(!gatedGrid(u, -inf, 1.0, -1.0, 1.0, 10, 10));
    QVERIFY(!gatedGrid(u, -1.0, 1.0, 2.0, 1.0, 10, 10));
    QVERIFY(!gatedGrid(u, -1.0, 1.0, -1.0, 1.0, 1, 10));
    QVERIFY(!gatedGrid(u, -1.0, 1.0, -1.0, 1.0, 10, kMaxGatedGridSide + 1));
    QVERIFY(gatedGrid(u, -DBL_MAX, DBL_MAX, -DBL_MAX, DBL_MAX, 2, 2));
}

void TestGatedUnits::regions()
{
    const double eps = 0.05;
    const GatedUnit &reglu = *findGatedUnit("reglu");
    // a < 0: relu(a) = 0 and relu′(a) = 0, nothing learns.
    QCOMPARE(classifyGated(evaluateGated(reglu, -1.0, 3.0), eps), GatedRegion::Dead);
    QCOMPARE(classifyGated(evaluateGated(reglu, 2.0, 3.0), eps), GatedRegion::Live);
    // b ≈ 0: the gate gets no gradient although it is open.
    QCOMPARE(classifyGated(evaluateGated(reglu, 2.0, 0.01), eps), GatedRegion::GateSaturated);
    const GatedUnit &glu = *findGatedUnit("glu");
    // σ′(6)·1 ≈ 0.0025 < ε while σ(6) ≈ 1: the open gate is saturated, the value still learns.
    QCOMPARE(classifyGated(evaluateGated(glu, 6.0, 1.0), eps), GatedRegion::GateSaturated);
    QCOMPARE(classifyGated(evaluateGated(glu, -6.0, 1.0), eps), GatedRegion::Dead);
    QCOMPARE(classifyGated(evaluateGated(glu, 0.0, 1.0), eps), GatedRegion::Live);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(classifyGated(evaluateGated(glu, nan, 1.0), eps), GatedRegion::Live);
}

QTEST_APPLESS_MAIN(TestGatedUnits)
#include "tst_gatedunits.moc"
