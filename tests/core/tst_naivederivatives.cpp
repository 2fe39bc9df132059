// SPDX-License-Identifier: MIT
// The naive derivatives σ(1 − σ), 1 − tanh² and eˣ/(1 + eˣ) of core/naivenumerics against what
// IEEE arithmetic gives for them: values worked out from the rounding rules of the formats, and
// the x where a failure turns into another, from mpmath (quoted per row; ln FLT_MAX and
// ln DBL_MAX as in tst_naivenumerics); and the joining of alternating failures for display.
#include "naivenumerics.h"
#include "naivetest.h"

#include <QTest>

#include <cmath>
#include <limits>

using actviz::NaiveFormula;
using actviz::NaiveFunction;
using actviz::NaiveOrder;
using actviz::NaiveStatus;
using actviz::Precision;
using namespace naivetest;

Q_DECLARE_METATYPE(actviz::NaiveFunction)
Q_DECLARE_METATYPE(actviz::NaiveStatus)
Q_DECLARE_METATYPE(actviz::Precision)

class TestNaiveDerivatives : public QObject
{
    Q_OBJECT

private slots:
    void derivativePoints_data();
    void derivativePoints();
    void derivativeEdges_data();
    void derivativeEdges();
    void derivativeOkRegions_data();
    void derivativeOkRegions();
    void joinFailures_data();
    void joinFailures();
};

// The naive f′ as IEEE arithmetic gives it. σ(1 − σ): 1 + e^(−x) rounds to 1 once e^(−x) ≤ 2^−p
// (ties to even), so σ = 1 and the result is 0 from x = p·ln 2 on (float32 16.64, float16 7.62,
// float64 36.74). 1 − tanh²: the naive tanh is 1 once e^(−x) is below half an ulp of eˣ.
void TestNaiveDerivatives::derivativePoints_data()
{
    QTest::addColumn<NaiveFunction>("fn");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("naive"); // NaN: NaN
    QTest::addColumn<NaiveStatus>("status");
    const auto S = NaiveFunction::Sigmoid;
    const auto T = NaiveFunction::Tanh;
    const auto P = NaiveFunction::Softplus;
    const auto F16 = Precision::Float16;
    const auto F32 = Precision::Float32;
    const auto F64 = Precision::Float64;
    // e^(−20) = 2.1e-9 ≤ 2^−24: σ = 1, 1 − σ = 0, while σ′(20) = 2.1e-9 is a normal float.
    QTest::newRow("f32 sigmoid'(20) = 1·0") << S << F32 << 20.0 << 0.0 << NaiveStatus::PrecisionLoss;
    // e^(−8) = 3.4e-4 ≤ 2^−11; σ′(8) = 3.4e-4 is above float16's smallest normal 6.1e-5.
    QTest::newRow("f16 sigmoid'(8) = 1·0") << S << F16 << 8.0 << 0.0 << NaiveStatus::PrecisionLoss;
    // σ′(10) = 4.5e-5 is below it: an underflow.
    QTest::newRow("f16 sigmoid'(10) = 1·0") << S << F16 << 10.0 << 0.0 << NaiveStatus::Underflow;
    QTest::newRow("f64 sigmoid'(40) = 1·0") << S << F64 << 40.0 << 0.0 << NaiveStatus::PrecisionLoss;
    // e^100 = inf in float: σ = 0 and σ′(−100) = 3.7e-44 < FLT_MIN.
    QTest::newRow("f32 sigmoid'(-100) = 0·1") << S << F32 << -100.0 << 0.0 << NaiveStatus::Underflow;
    QTest::newRow("f32 sigmoid'(0) = 0.25") << S << F32 << 0.0 << 0.25 << NaiveStatus::Ok;
    QTest::newRow("f64 sigmoid'(1)") << S << F64 << 1.0 << 0.19661193324148185 << NaiveStatus::Ok;
    // e^10 = 22026.5 has an ulp of 2^−9 in float; e^(−10) = 4.5e-5 vanishes beside it: tanh = 1.
    QTest::newRow("f32 tanh'(10) = 1 - 1") << T << F32 << 10.0 << 0.0 << NaiveStatus::PrecisionLoss;
    // sech²(50) = 1.5e-43 < FLT_MIN.
    QTest::newRow("f32 tanh'(50) = 1 - 1") << T << F32 << 50.0 << 0.0 << NaiveStatus::Underflow;
    QTest::newRow("f32 tanh'(90) = NaN") << T << F32 << 90.0 << kNaN << NaiveStatus::NaN;
    QTest::newRow("f32 tanh'(-90) = NaN") << T << F32 << -90.0 << kNaN << NaiveStatus::NaN;
    // sech²(20) = 1.7e-17: a normal double, but tanh(20) rounds to 1.
    QTest::newRow("f64 tanh'(20) = 1 - 1") << T << F64 << 20.0 << 0.0 << NaiveStatus::PrecisionLoss;
    QTest::newRow("f64 tanh'(1)") << T << F64 << 1.0 << 0.41997434161402607 << NaiveStatus::Ok;
    QTest::newRow("f64 tanh'(0) = 1") << T << F64 << 0.0 << 1.0 << NaiveStatus::Ok;
    // e^5 = 148.4 has a float16 ulp of 0.125, e^(−5) = 0.0067 vanishes: sech²(5) = 1.8e-4 is normal.
    QTest::newRow("f16 tanh'(5) = 1 - 1") << T << F16 << 5.0 << 0.0 << NaiveStatus::PrecisionLoss;
    // sech²(6) = 2.5e-5 < 6.1e-5.
    QTest::newRow("f16 tanh'(6) = 1 - 1") << T << F16 << 6.0 << 0.0 << NaiveStatus::Underflow;
    QTest::newRow("f32 softplus'(89) = inf/inf") << P << F32 << 89.0 << kNaN << NaiveStatus::NaN;
    QTest::newRow("f64 softplus'(710) = inf/inf") << P << F64 << 710.0 << kNaN << NaiveStatus::NaN;
    QTest::newRow("f64 softplus'(709) = 1") << P << F64 << 709.0 << 1.0 << NaiveStatus::Ok;
    QTest::newRow("f64 softplus'(-2)") << P << F64 << -2.0 << 0.11920292202211756 << NaiveStatus::Ok;
    // e^(−110) < 2^−150: eˣ is 0 in float, σ(−110) = 1.7e-48.
    QTest::newRow("f32 softplus'(-110) = 0/1") << P << F32 << -110.0 << 0.0 << NaiveStatus::Underflow;
    // e^12 = 162755 > 65520: inf in float16; bfloat16's inf begins at e^88.72.
    QTest::newRow("f16 softplus'(12) = inf/inf") << P << F16 << 12.0 << kNaN << NaiveStatus::NaN;
    QTest::newRow("bf16 softplus'(89) = inf/inf") << P << Precision::BFloat16 << 89.0 << kNaN << NaiveStatus::NaN;
}

void TestNaiveDerivatives::derivativePoints()
{
    QFETCH(NaiveFunction, fn);
    QFETCH(Precision, precision);
    QFETCH(double, x);
    QFETCH(double, naive);
    QFETCH(NaiveStatus, status);
    const actviz::NaivePoint p = actviz::evaluateNaive({fn, NaiveOrder::Derivative}, x, precision);
    const QByteArray got = QByteArray::number(p.naive, 'g', 17);
    if (std::isnan(naive))
        QVERIFY2(std::isnan(p.naive), got.constData());
    else if (naive == 0.0 || naive == 1.0 || naive == 0.25)
        QCOMPARE(p.naive, naive);
    else
        QVERIFY2(std::fabs(p.naive - naive) <= 1e-13 * std::fabs(naive), got.constData());
    QCOMPARE(name(p.status), name(status));
    QVERIFY(std::isfinite(p.stable));
    // The naive f is left alone by the order argument.
    QCOMPARE(actviz::naiveValue(fn, 0.5, precision), actviz::naiveValue({fn, NaiveOrder::Value}, 0.5, precision));
}

// Where the status of a naive f′ switches (the failures over [−1000, 1000] have an end there), and
// what it is on either side. In float32, float16 and bfloat16 x is rounded to the format first,
// so an edge lies within one spacing of the format at x (float32 near 88: 7.6e-6; float16 near 11:
// 2^−7; bfloat16 near 44: 0.25, near 88: 0.5).
void TestNaiveDerivatives::derivativeEdges_data()
{
    QTest::addColumn<NaiveFunction>("fn");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<double>("edge");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<NaiveStatus>("left");
    QTest::addColumn<NaiveStatus>("right");
    const auto S = NaiveFunction::Sigmoid;
    const auto T = NaiveFunction::Tanh;
    const auto P = NaiveFunction::Softplus;
    const auto F16 = Precision::Float16;
    const auto B16 = Precision::BFloat16;
    const auto F32 = Precision::Float32;
    const auto F64 = Precision::Float64;
    const auto Ok = NaiveStatus::Ok;
    const auto NaN = NaiveStatus::NaN;
    const auto Under = NaiveStatus::Underflow;
    const auto Loss = NaiveStatus::PrecisionLoss;
    // σ(1 − σ): σ = 1/(1 + inf) = 0 below −ln MAX; the true σ′ is below the smallest normal there.
    QTest::newRow("sigmoid' f32 e^-x overflows") << S << F32 << -kLnFltMax << 8e-6 << Under << Ok;
    QTest::newRow("sigmoid' f64 e^-x overflows") << S << F64 << -kLnDblMax << 1e-9 << Under << Ok;
    // ln 65520 = 11.090110718526951: 65520 is where float16 rounds to inf.
    QTest::newRow("sigmoid' f16 e^-x overflows") << S << F16 << -11.090110718526951 << 8e-3 << Under << Ok;
    // The 0 of 1 − σ turns from lost precision into an underflow where σ′(x) = the smallest normal
    // (mpmath): 2^−126 at 87.336544750553109, 2^−1022 at 708.39641853226411, 2^−14 at 9.7039384463493474.
    QTest::newRow("sigmoid' f32 below FLT_MIN") << S << F32 << 87.336544750553109 << 8e-6 << Loss << Under;
    QTest::newRow("sigmoid' f64 below DBL_MIN") << S << F64 << 708.39641853226411 << 1e-9 << Loss << Under;
    QTest::newRow("sigmoid' f16 below 2^-14") << S << F16 << 9.7039384463493474 << 8e-3 << Loss << Under;
    // 1 − tanh²: NaN beyond ±ln MAX, 0 from a cancellation on either side; underflow where
    // sech²(x) is below the smallest normal (mpmath): 2^−126 at 44.3614195558365, 2^−1022 at
    // 354.891356446692, 2^−14 at 5.5451621853412422.
    QTest::newRow("tanh' f32 NaN left") << T << F32 << -kLnFltMax << 8e-6 << NaN << Under;
    QTest::newRow("tanh' f32 NaN right") << T << F32 << kLnFltMax << 8e-6 << Under << NaN;
    QTest::newRow("tanh' f32 underflow left") << T << F32 << -44.3614195558365 << 4e-6 << Under << Loss;
    QTest::newRow("tanh' f32 underflow right") << T << F32 << 44.3614195558365 << 4e-6 << Loss << Under;
    QTest::newRow("tanh' f64 underflow") << T << F64 << 354.891356446692 << 1e-9 << Loss << Under;
    QTest::newRow("tanh' f64 NaN") << T << F64 << kLnDblMax << 1e-9 << Under << NaN;
    QTest::newRow("tanh' f16 underflow") << T << F16 << 5.5451621853412422 << 4e-3 << Loss << Under;
    QTest::newRow("tanh' f16 NaN") << T << F16 << 11.090110718526951 << 8e-3 << Under << NaN;
    // bfloat16 rounds to inf from (2 − 2^−8)·2^127, e^88.720884076837196 (mpmath).
    QTest::newRow("tanh' bf16 underflow") << T << B16 << 44.3614195558365 << 0.25 << Loss << Under;
    QTest::newRow("tanh' bf16 NaN") << T << B16 << 88.720884076837196 << 0.5 << Under << NaN;
    // eˣ/(1 + eˣ): inf/inf beyond ln MAX; eˣ rounds to 0 below ln of half the smallest subnormal
    // (ties to even): −150·ln 2 = −103.9720770839918 in float32, −1075·ln 2 = −745.13321910194121
    // in float64, −25·ln 2 = −17.328679513998633 in float16.
    QTest::newRow("softplus' f32 NaN") << P << F32 << kLnFltMax << 8e-6 << Ok << NaN;
    QTest::newRow("softplus' f64 NaN") << P << F64 << kLnDblMax << 1e-9 << Ok << NaN;
    QTest::newRow("softplus' f16 NaN") << P << F16 << 11.090110718526951 << 8e-3 << Ok << NaN;
    QTest::newRow("softplus' f32 e^x = 0") << P << F32 << -103.9720770839918 << 8e-6 << Under << Ok;
    QTest::newRow("softplus' f64 e^x = 0") << P << F64 << -745.13321910194121 << 1e-9 << Under << Ok;
    QTest::newRow("softplus' f16 e^x = 0") << P << F16 << -17.328679513998633 << 1.6e-2 << Under << Ok;
}

void TestNaiveDerivatives::derivativeEdges()
{
    QFETCH(NaiveFunction, fn);
    QFETCH(Precision, precision);
    QFETCH(double, edge);
    QFETCH(double, tolerance);
    QFETCH(NaiveStatus, left);
    QFETCH(NaiveStatus, right);
    const NaiveFormula df{fn, NaiveOrder::Derivative};
    const auto r = actviz::naiveFailures(df, precision, -1000.0, 1000.0);
    QVERIFY2(r, r ? "" : r.error().c_str());
    QByteArray ends;
    bool found = false;
    for (const actviz::NaiveFailure &f : *r) {
        ends += QByteArray::number(f.lo, 'g', 12) + ".." + QByteArray::number(f.hi, 'g', 12) + " ";
        for (const double end : {f.lo, f.hi})
            if (std::fabs(end - edge) <= tolerance) {
                found = true;
                // The interval lies on the side whose status it has.
                QCOMPARE(name(f.status), name(end == f.hi ? left : right));
            }
    }
    QVERIFY2(found, ends.constData());
    QCOMPARE(name(actviz::evaluateNaive(df, edge - 2 * tolerance, precision).status), name(left));
    QCOMPARE(name(actviz::evaluateNaive(df, edge + 2 * tolerance, precision).status), name(right));
}

// Where a naive f′ is provably fine: the relative error stays below 10⁻³. σ(1 − σ) in float32:
// σ̂ = σ(1 + ε), |ε| ≤ 3u (u = 2^−24; e^(−x), 1 + e^(−x), the quotient), 1 − σ̂ is exact
// (Sterbenz) and off by 3uσ/(1 − σ) ≤ 3u·eˣ relative, the product adds 4u: fine while
// 3u·eˣ + 4u < 10⁻³, x < 8.63; on the left 1 − σ = 1 and σ̂ is as good as σ (its subnormals, from
// x = −87.34, within one step of 2^−149 of 2.9e-39 or more: 5e-7). 1 − t̂²: t̂ = t(1 + ε),
// |ε| ≤ 6u for |x| ≥ 1 (two exps, −, +, /), so the error is ≤ (2·6u + 2u)/sech²(x): in float32
// fine while sech² > 8.4e-4, |x| < 4.2, in float64 (u = 2^−53) while sech² > 1.6e-12, |x| < 14;
// below |x| = 1 t² < 0.58 and the same bound holds with room. eˣ/(1 + eˣ): three roundings, 3u,
// while eˣ is a normal float (x > −87.34) and finite (x < 88.72).
void TestNaiveDerivatives::derivativeOkRegions_data()
{
    QTest::addColumn<NaiveFunction>("fn");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<double>("okLo");
    QTest::addColumn<double>("okHi");
    QTest::newRow("sigmoid' f32") << NaiveFunction::Sigmoid << Precision::Float32 << -88.0 << 8.6;
    QTest::newRow("tanh' f32") << NaiveFunction::Tanh << Precision::Float32 << -4.2 << 4.2;
    QTest::newRow("tanh' f64") << NaiveFunction::Tanh << Precision::Float64 << -14.0 << 14.0;
    QTest::newRow("softplus' f32") << NaiveFunction::Softplus << Precision::Float32 << -87.3 << 88.7;
    // The same in bfloat16 (3u = 1.2 % < its 3.1 % threshold), judged against the truth at x
    // rounded to bfloat16: the rounding of x alone (spacing 2^−4 from 16 to 32) moves eˣ by up to
    // 3 %, and blaming that on the formula made dozens of slivers here.
    QTest::newRow("softplus' bf16, x rounded") << NaiveFunction::Softplus << Precision::BFloat16 << -20.0 << -9.0;
}

void TestNaiveDerivatives::derivativeOkRegions()
{
    QFETCH(NaiveFunction, fn);
    QFETCH(Precision, precision);
    QFETCH(double, okLo);
    QFETCH(double, okHi);
    // A fine grid too: a failure narrower than naiveFailures' step would be missed there.
    const auto r = actviz::naiveFailures({fn, NaiveOrder::Derivative}, precision, okLo, okHi, 20001);
    QVERIFY2(r, r ? "" : r.error().c_str());
    for (const actviz::NaiveFailure &f : *r)
        QFAIL(qPrintable(
            QStringLiteral("%1 for %2..%3").arg(name(f.status)).arg(f.lo, 0, 'g', 12).arg(f.hi, 0, 'g', 12)));
}

void TestNaiveDerivatives::joinFailures_data()
{
    QTest::addColumn<QList<double>>("bounds"); // lo, hi, status per failure
    QTest::addColumn<double>("maxGap");
    QTest::addColumn<QList<double>>("joined"); // lo, hi, status, pieces per run
    const double L = double(NaiveStatus::PrecisionLoss);
    const double U = double(NaiveStatus::Underflow);
    QTest::newRow("nothing") << QList<double>{} << 1.0 << QList<double>{};
    QTest::newRow("narrow gaps joined") << QList<double>{1, 2, L, 2.5, 3, L, 3.1, 4, L} << 0.5
                                        << QList<double>{1, 4, L, 3};
    QTest::newRow("a wide gap kept") << QList<double>{1, 2, L, 2.6, 3, L} << 0.5
                                     << QList<double>{1, 2, L, 1, 2.6, 3, L, 1};
    QTest::newRow("other kinds not joined")
        << QList<double>{1, 2, L, 2, 3, U, 3.1, 4, L} << 0.5 << QList<double>{1, 2, L, 1, 2, 3, U, 1, 3.1, 4, L, 1};
    QTest::newRow("gap equal to maxGap joined")
        << QList<double>{-3, -2, U, -1.5, -1, U} << 0.5 << QList<double>{-3, -1, U, 2};
}

void TestNaiveDerivatives::joinFailures()
{
    QFETCH(QList<double>, bounds);
    QFETCH(double, maxGap);
    QFETCH(QList<double>, joined);
    std::vector<actviz::NaiveFailure> in;
    for (qsizetype i = 0; i + 2 < bounds.size() + 1; i += 3)
        in.push_back({bounds[i], bounds[i + 1], NaiveStatus(int(bounds[i + 2]))});
    const std::vector<actviz::NaiveFailureRun> out = actviz::joinFailures(in, maxGap);
    QCOMPARE(qsizetype(out.size()) * 4, joined.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
        const qsizetype j = qsizetype(k) * 4;
        QCOMPARE(out[k].lo, joined[j]);
        QCOMPARE(out[k].hi, joined[j + 1]);
        QCOMPARE(name(out[k].status), name(NaiveStatus(int(joined[j + 2]))));
        QCOMPARE(out[k].pieces, int(joined[j + 3]));
    }
}

QTEST_GUILESS_MAIN(TestNaiveDerivatives)
#include "tst_naivederivatives.moc"
