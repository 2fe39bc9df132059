// SPDX-License-Identifier: MIT
// The naive textbook formulas against what IEEE 754 arithmetic gives for them, worked out by hand
// (the overflow thresholds of e^x: ln(FLT_MAX) = 88.72283905…, ln(DBL_MAX) = 709.78271289…), and
// the classification of each result against the stable value (the derivatives:
// tst_naivederivatives).
#include "naivenumerics.h"
#include "naivetest.h"

#include <QTest>

#include <cfloat>
#include <cmath>
#include <limits>

using actviz::NaiveFunction;
using actviz::NaiveStatus;
using actviz::Precision;
using namespace naivetest;

Q_DECLARE_METATYPE(actviz::NaiveFunction)
Q_DECLARE_METATYPE(actviz::NaiveStatus)
Q_DECLARE_METATYPE(actviz::Precision)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

class TestNaiveNumerics : public QObject
{
    Q_OBJECT

private slots:
    void points_data();
    void points();
    void classification_data();
    void classification();
    void failureIntervals_data();
    void failureIntervals();
    void okRegionsHaveNoFailures_data();
    void okRegionsHaveNoFailures();
    void softmax_data();
    void softmax();
    void errors();
};

void TestNaiveNumerics::points_data()
{
    QTest::addColumn<NaiveFunction>("fn");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("naive"); // what IEEE arithmetic gives; NaN: NaN
    QTest::addColumn<NaiveStatus>("status");
    const auto S = NaiveFunction::Sigmoid;
    const auto T = NaiveFunction::Tanh;
    const auto P = NaiveFunction::Softplus;
    const auto F32 = Precision::Float32;
    const auto F64 = Precision::Float64;
    // 1/(1 + e^800): e^800 = inf in double, 1/inf = 0, while σ(−800) ≈ 3.7e-348 ≠ 0.
    QTest::newRow("f64 sigmoid(-800) = 0") << S << F64 << -800.0 << 0.0 << NaiveStatus::Underflow;
    // e^100 ≈ 2.7e43 > FLT_MAX: 1/(1 + inf) = 0; σ(−100) ≈ 3.7e-44 is even a float subnormal.
    QTest::newRow("f32 sigmoid(-100) = 0") << S << F32 << -100.0 << 0.0 << NaiveStatus::Underflow;
    QTest::newRow("f64 sigmoid(-100) is fine") << S << F64 << -100.0 << 3.720075976020836e-44 << NaiveStatus::Ok;
    QTest::newRow("f32 sigmoid(50) = 1") << S << F32 << 50.0 << 1.0 << NaiveStatus::Ok;
    // inf/inf: e^x overflows beyond 88.72 in float.
    QTest::newRow("f32 tanh(90) = inf/inf") << T << F32 << 90.0 << kNaN << NaiveStatus::NaN;
    QTest::newRow("f32 tanh(-90) = -inf/inf") << T << F32 << -90.0 << kNaN << NaiveStatus::NaN;
    // e^50 ≈ 5.2e21 fits in a float: (e^50 − e^−50)/(e^50 + e^−50) rounds to exactly 1.
    QTest::newRow("f32 tanh(50) = 1") << T << F32 << 50.0 << 1.0 << NaiveStatus::Ok;
    QTest::newRow("f64 tanh(710) = inf/inf") << T << F64 << 710.0 << kNaN << NaiveStatus::NaN;
    QTest::newRow("f64 tanh(709) = 1") << T << F64 << 709.0 << 1.0 << NaiveStatus::Ok;
    // e^(1e-9) rounds to 1 in float: (1 − 1)/(1 + 1) = 0, but tanh(1e-9) is a normal number.
    QTest::newRow("f32 tanh(1e-9) cancels to 0") << T << F32 << 1e-9 << 0.0 << NaiveStatus::PrecisionLoss;
    QTest::newRow("f32 tanh(0) = 0 is right") << T << F32 << 0.0 << 0.0 << NaiveStatus::Ok;
    QTest::newRow("f64 softplus(710) = ln(inf)") << P << F64 << 710.0 << kInf << NaiveStatus::Overflow;
    QTest::newRow("f32 softplus(89) = ln(inf)") << P << F32 << 89.0 << kInf << NaiveStatus::Overflow;
    // 1 + e^−40 rounds to 1: ln 1 = 0 while softplus(−40) ≈ 4.2e-18.
    QTest::newRow("f64 softplus(-40) = ln 1") << P << F64 << -40.0 << 0.0 << NaiveStatus::PrecisionLoss;
    QTest::newRow("f32 softplus(-20) = ln 1") << P << F32 << -20.0 << 0.0 << NaiveStatus::PrecisionLoss;
    // ... and below the smallest normal, a 0 is an underflow.
    QTest::newRow("f64 softplus(-800) = 0") << P << F64 << -800.0 << 0.0 << NaiveStatus::Underflow;
    QTest::newRow("f64 softplus(2) is fine") << P << F64 << 2.0 << 2.1269280110429727 << NaiveStatus::Ok;
}

void TestNaiveNumerics::points()
{
    QFETCH(NaiveFunction, fn);
    QFETCH(Precision, precision);
    QFETCH(double, x);
    QFETCH(double, naive);
    QFETCH(NaiveStatus, status);
    const actviz::NaivePoint p = actviz::evaluateNaive(fn, x, precision);
    if (std::isnan(naive))
        QVERIFY2(std::isnan(p.naive), QByteArray::number(p.naive, 'g', 17).constData());
    else if (naive == 0.0 || std::isinf(naive) || naive == 1.0)
        QCOMPARE(p.naive, naive);
    else
        QVERIFY2(std::fabs(p.naive - naive) <= 1e-13 * std::fabs(naive), QByteArray::number(p.naive, 'g', 17).constData());
    QCOMPARE(name(p.status), name(status));
    QVERIFY(std::isfinite(p.stable)); // the stable formula never fails
}

void TestNaiveNumerics::classification_data()
{
    QTest::addColumn<double>("naive");
    QTest::addColumn<double>("truth");
    QTest::addColumn<bool>("nonZero");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<NaiveStatus>("status");
    const auto F32 = Precision::Float32;
    const auto F64 = Precision::Float64;
    QTest::newRow("exact") << 0.5 << 0.5 << true << F64 << NaiveStatus::Ok;
    QTest::newRow("relative error 1e-4") << 1.0001 << 1.0 << true << F64 << NaiveStatus::Ok;
    QTest::newRow("relative error 2e-3") << 1.002 << 1.0 << true << F64 << NaiveStatus::PrecisionLoss;
    QTest::newRow("NaN") << kNaN << 1.0 << true << F64 << NaiveStatus::NaN;
    QTest::newRow("inf for finite") << kInf << 710.0 << true << F64 << NaiveStatus::Overflow;
    QTest::newRow("-inf for finite") << -kInf << -1.0 << true << F32 << NaiveStatus::Overflow;
    QTest::newRow("0 for a subnormal double") << 0.0 << 1e-310 << true << F64 << NaiveStatus::Underflow;
    QTest::newRow("0 for a normal double") << 0.0 << 1e-300 << true << F64 << NaiveStatus::PrecisionLoss;
    QTest::newRow("0 below FLT_MIN") << 0.0 << 1e-39 << true << F32 << NaiveStatus::Underflow;
    QTest::newRow("0 for a normal float") << 0.0 << 1e-30 << true << F32 << NaiveStatus::PrecisionLoss;
    QTest::newRow("0 where 0 is right") << 0.0 << 0.0 << false << F32 << NaiveStatus::Ok;
    // 3e-45 is a float subnormal: the correctly rounded float is as good as float gets.
    QTest::newRow("correctly rounded float subnormal") << double(float(3e-45)) << 3e-45 << true << F32
                                                      << NaiveStatus::Ok;
    QTest::newRow("float subnormal, wrong by 1 step") << double(float(3e-45)) + double(FLT_TRUE_MIN) << 3e-45 << true
                                                     << F32 << NaiveStatus::PrecisionLoss;
}

void TestNaiveNumerics::classification()
{
    QFETCH(double, naive);
    QFETCH(double, truth);
    QFETCH(bool, nonZero);
    QFETCH(Precision, precision);
    QFETCH(NaiveStatus, status);
    QCOMPARE(name(actviz::classifyNaive(naive, truth, nonZero, precision)), name(status));
}

void TestNaiveNumerics::failureIntervals_data()
{
    QTest::addColumn<NaiveFunction>("fn");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<QList<double>>("bounds"); // lo0, hi0, lo1, hi1, …
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<double>("tolerance");     // on the inner endpoints
    const auto S = NaiveFunction::Sigmoid;
    const auto T = NaiveFunction::Tanh;
    // float32: x is rounded to float first, so the switch is where float(x) crosses ln(FLT_MAX)
    // (the float just above is 88.7228393…), within one float ulp (7.6e-6) of it.
    QTest::newRow("sigmoid f32") << S << Precision::Float32 << -1000.0 << 1000.0
                                 << QList<double>{-1000, -kLnFltMax} << QList<int>{int(NaiveStatus::Underflow)}
                                 << 1e-5;
    QTest::newRow("sigmoid f64") << S << Precision::Float64 << -1000.0 << 1000.0
                                 << QList<double>{-1000, -kLnDblMax} << QList<int>{int(NaiveStatus::Underflow)}
                                 << 1e-12;
    QTest::newRow("tanh f32") << T << Precision::Float32 << -1000.0 << 1000.0
                              << QList<double>{-1000, -kLnFltMax, kLnFltMax, 1000}
                              << QList<int>{int(NaiveStatus::NaN), int(NaiveStatus::NaN)} << 1e-5;
    QTest::newRow("tanh f64") << T << Precision::Float64 << -1000.0 << 1000.0
                              << QList<double>{-1000, -kLnDblMax, kLnDblMax, 1000}
                              << QList<int>{int(NaiveStatus::NaN), int(NaiveStatus::NaN)} << 1e-12;
    QTest::newRow("tanh f64 on ±100: nothing") << T << Precision::Float64 << -100.0 << 100.0 << QList<double>{}
                                               << QList<int>{} << 0.0;
}

void TestNaiveNumerics::failureIntervals()
{
    QFETCH(NaiveFunction, fn);
    QFETCH(Precision, precision);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(QList<double>, bounds);
    QFETCH(QList<int>, statuses);
    QFETCH(double, tolerance);
    const auto r = actviz::naiveFailures(fn, precision, lo, hi);
    QVERIFY2(r, r ? "" : r.error().c_str());
    QCOMPARE(int(r->size()), int(statuses.size()));
    for (std::size_t i = 0; i < r->size(); ++i) {
        const actviz::NaiveFailure &f = (*r)[i];
        const QByteArray got = QByteArray::number(f.lo, 'g', 17) + ", " + QByteArray::number(f.hi, 'g', 17);
        QCOMPARE(name(f.status), name(NaiveStatus(statuses[qsizetype(i)])));
        QVERIFY2(std::fabs(f.lo - bounds[qsizetype(2 * i)]) <= tolerance * std::fabs(f.lo), got.constData());
        QVERIFY2(std::fabs(f.hi - bounds[qsizetype(2 * i + 1)]) <= tolerance * std::fabs(f.hi), got.constData());
        // The endpoint is the switch: just inside fails, just outside (if in range) does not.
        const double inner = f.hi == hi ? f.lo : f.hi;
        const double outward = inner == f.hi ? 1.0 : -1.0;
        QCOMPARE(name(actviz::evaluateNaive(fn, inner - outward * 1e-9 * std::fabs(inner), precision).status),
                 name(f.status));
    }
}

void TestNaiveNumerics::okRegionsHaveNoFailures_data()
{
    QTest::addColumn<NaiveFunction>("fn");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<double>("okLo");
    QTest::addColumn<double>("okHi");
    QTest::addColumn<double>("failAt");
    QTest::addColumn<NaiveStatus>("failStatus");
    // softplus in double: ln(1 + e^x) is exact from −25 up to where e^x overflows, loses all
    // digits for x < −36.7 (1 + e^x = 1) and underflows below −708.4 (e^x < DBL_MIN).
    QTest::newRow("softplus f64 precision loss") << NaiveFunction::Softplus << Precision::Float64 << -25.0 << 700.0
                                                 << -500.0 << NaiveStatus::PrecisionLoss;
    QTest::newRow("softplus f64 underflow") << NaiveFunction::Softplus << Precision::Float64 << -25.0 << 700.0
                                            << -800.0 << NaiveStatus::Underflow;
    QTest::newRow("softplus f64 overflow") << NaiveFunction::Softplus << Precision::Float64 << -25.0 << 700.0
                                           << 800.0 << NaiveStatus::Overflow;
    QTest::newRow("softplus f32 overflow") << NaiveFunction::Softplus << Precision::Float32 << -5.0 << 88.0
                                           << 100.0 << NaiveStatus::Overflow;
}

void TestNaiveNumerics::okRegionsHaveNoFailures()
{
    QFETCH(NaiveFunction, fn);
    QFETCH(Precision, precision);
    QFETCH(double, okLo);
    QFETCH(double, okHi);
    QFETCH(double, failAt);
    QFETCH(NaiveStatus, failStatus);
    const auto r = actviz::naiveFailures(fn, precision, -1000.0, 1000.0);
    QVERIFY2(r, r ? "" : r.error().c_str());
    bool found = false;
    for (const actviz::NaiveFailure &f : *r) {
        QVERIFY2(f.hi <= okLo || f.lo >= okHi, qPrintable(QStringLiteral("%1..%2").arg(f.lo).arg(f.hi)));
        found = found || (f.lo <= failAt && failAt <= f.hi && f.status == failStatus);
    }
    QVERIFY(found);
}

void TestNaiveNumerics::softmax_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<NaiveStatus>("status"); // of every entry
    // e^1000 = inf: inf/inf in either precision; the stable softmax is that of [0, 1, 2].
    QTest::newRow("1000,1001,1002 f64") << QList<double>{1000, 1001, 1002} << Precision::Float64 << NaiveStatus::NaN;
    QTest::newRow("1000,1001,1002 f32") << QList<double>{1000, 1001, 1002} << Precision::Float32 << NaiveStatus::NaN;
    // e^100 overflows only in float.
    QTest::newRow("100,101,102 f32") << QList<double>{100, 101, 102} << Precision::Float32 << NaiveStatus::NaN;
    QTest::newRow("100,101,102 f64") << QList<double>{100, 101, 102} << Precision::Float64 << NaiveStatus::Ok;
    // e^−1000 = 0: 0/0.
    QTest::newRow("-1000,-1001 f64") << QList<double>{-1000, -1001} << Precision::Float64 << NaiveStatus::NaN;
    QTest::newRow("1,2,3 f32") << QList<double>{1, 2, 3} << Precision::Float32 << NaiveStatus::Ok;
}

void TestNaiveNumerics::softmax()
{
    QFETCH(QList<double>, z);
    QFETCH(Precision, precision);
    QFETCH(NaiveStatus, status);
    const Eigen::VectorXd v = Eigen::Map<const Eigen::VectorXd>(z.data(), z.size());
    const auto r = actviz::naiveSoftmax(v, precision);
    QVERIFY2(r, r ? "" : r.error().c_str());
    // exp(z_i − max)/Σ: softmax of [0, 1, 2] = [0.0900305731703805, 0.2447284710547976, 0.6652409557748219]
    QVERIFY(std::fabs(r->stable.sum() - 1.0) < 1e-15);
    for (Eigen::Index i = 0; i < v.size(); ++i) {
        QCOMPARE(name(r->status[std::size_t(i)]), name(status));
        if (status == NaiveStatus::NaN)
            QVERIFY(std::isnan(r->naive[i]));
    }
    if (z.size() == 3 && z[1] - z[0] == 1.0 && z[2] - z[1] == 1.0)
        QVERIFY(std::fabs(r->stable[2] - 0.6652409557748219) < 1e-15);
}

void TestNaiveNumerics::errors()
{
    QVERIFY(!actviz::naiveFailures(NaiveFunction::Sigmoid, Precision::Float64, 1.0, 1.0));
    QVERIFY(!actviz::naiveFailures(NaiveFunction::Sigmoid, Precision::Float64, -kInf, 1.0));
    QVERIFY(!actviz::naiveFailures(NaiveFunction::Sigmoid, Precision::Float64, -1.0, 1.0, 1));
    QVERIFY(!actviz::naiveCurve(NaiveFunction::Tanh, Precision::Float32, kNaN, 1.0, 100));
    const Eigen::VectorXd withNaN = (Eigen::VectorXd(2) << 1.0, kNaN).finished();
    QVERIFY(!actviz::naiveSoftmax(withNaN, Precision::Float64));
    QVERIFY(!actviz::naiveSoftmax(Eigen::VectorXd(), Precision::Float64));
}

QTEST_GUILESS_MAIN(TestNaiveNumerics)
#include "tst_naivenumerics.moc"
