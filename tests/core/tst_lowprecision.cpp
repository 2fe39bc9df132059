// SPDX-License-Identifier: MIT
// float16 and bfloat16 emulated on doubles (core/lowprecision.h): rounding to nearest with ties to
// even, subnormals, overflow to inf, at values worked out by hand from the formats' definitions
// (binary16: 11 significant bits, normals from 2^−14, largest 65504; bfloat16: 8 bits, normals
// from 2^−126); and the naive formulas in them (core/naivenumerics.h), traced step by step.
#include "lowprecision.h"
#include "naivenumerics.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace actviz;

class TestLowPrecision : public QObject
{
    Q_OBJECT
private slots:
    void binary16_data();
    void binary16();
    void bfloat16_data();
    void bfloat16();
    void specialValues();
    void naiveFormulas();
    void naiveClassification();
};

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

void TestLowPrecision::binary16_data()
{
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");
    QTest::newRow("largest") << 65504.0 << 65504.0;
    QTest::newRow("below the overflow tie") << 65519.99 << 65504.0;
    QTest::newRow("overflow tie → inf") << 65520.0 << kInf;
    QTest::newRow("beyond") << -1e5 << -kInf;
    QTest::newRow("smallest subnormal") << std::ldexp(1.0, -24) << std::ldexp(1.0, -24);
    QTest::newRow("half of it: tie to 0") << std::ldexp(1.0, -25) << 0.0;
    QTest::newRow("¾ of it: up") << 3 * std::ldexp(1.0, -26) << std::ldexp(1.0, -24);
    QTest::newRow("smallest normal") << std::ldexp(1.0, -14) << std::ldexp(1.0, -14);
    QTest::newRow("1 + 2^-11: tie to 1") << 1 + std::ldexp(1.0, -11) << 1.0;
    QTest::newRow("1 + 3·2^-11: tie to even 1 + 2^-9") << 1 + 3 * std::ldexp(1.0, -11) << 1 + std::ldexp(1.0, -9);
    QTest::newRow("e^11 = 59874.14: spacing 32") << std::exp(11.0) << 59872.0;
    QTest::newRow("0.1") << 0.1 << 1638.0 * std::ldexp(1.0, -14); // 0.1·2^14 = 1638.4 → 1638
}

void TestLowPrecision::binary16()
{
    QFETCH(double, in);
    QFETCH(double, out);
    QCOMPARE(roundToFormat(in, kBinary16), out);
}

void TestLowPrecision::bfloat16_data()
{
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");
    QTest::newRow("largest") << 3.3895313892515355e38 << 3.3895313892515355e38;
    QTest::newRow("beyond half an ulp over it") << 3.4e38 << kInf;
    QTest::newRow("1 + 2^-8: tie to 1") << 1 + std::ldexp(1.0, -8) << 1.0;
    QTest::newRow("e: spacing 2^-6") << std::exp(1.0) << 2.71875;
    QTest::newRow("smallest normal") << std::ldexp(1.0, -126) << std::ldexp(1.0, -126);
    QTest::newRow("smallest subnormal") << std::ldexp(1.0, -133) << std::ldexp(1.0, -133);
    QTest::newRow("below half of it") << std::ldexp(1.0, -135) << 0.0;
}

void TestLowPrecision::bfloat16()
{
    QFETCH(double, in);
    QFETCH(double, out);
    QCOMPARE(roundToFormat(in, kBFloat16), out);
}

void TestLowPrecision::specialValues()
{
    QVERIFY(std::isnan(roundToFormat(std::nan(""), kBinary16)));
    QCOMPARE(roundToFormat(kInf, kBFloat16), kInf);
    QVERIFY(std::signbit(roundToFormat(-0.0, kBinary16)));
    QVERIFY(std::signbit(roundToFormat(-1e-30, kBinary16))); // rounds to −0
    // Arithmetic rounds each result: 2048 + 1 is 2048 in binary16 (spacing 2 there).
    QCOMPARE(static_cast<double>(Half(2048.0) + Half(1.0)), 2048.0);
}

// Traced by hand. float16 sigmoid(−11): e^11 → 59872, 1 + 59872 → 59872, 1/59872 = 1.6702e-5
// lies below 2^−14, where the spacing is 2^−24: 280.2 → 280·2^−24. At −12, e^12 = 162755 > 65520
// overflows: 1/(1 + inf) = 0. bfloat16 tanh(1): e → 2.71875, e^−1 → 0.3671875, their difference
// 2.3515625 → 2.34375 (tie to even), their sum 3.0859375 → 3.09375 (tie to even), the quotient
// 0.7575… → 0.7578125.
void TestLowPrecision::naiveFormulas()
{
    QCOMPARE(naiveValue(NaiveFunction::Sigmoid, -11.0, Precision::Float16), 280.0 * std::ldexp(1.0, -24));
    QCOMPARE(naiveValue(NaiveFunction::Sigmoid, -12.0, Precision::Float16), 0.0);
    QCOMPARE(naiveValue(NaiveFunction::Tanh, 1.0, Precision::BFloat16), 0.7578125);
    // The ends of float16's failures: e^−x overflows beyond x < −ln 65520 = −11.0898.
    const auto f = naiveFailures(NaiveFunction::Sigmoid, Precision::Float16, -20.0, 20.0);
    QVERIFY(f);
    QVERIFY(!f->empty());
    QCOMPARE(f->front().status, NaiveStatus::Underflow);
    QVERIFY2(std::fabs(f->front().hi + std::log(65520.0)) < 1e-3, qPrintable(QString::number(f->front().hi, 'g', 17)));
    // Softmax of [10, 12] in float16: e^12 overflows, inf/inf = NaN.
    const auto s = naiveSoftmax(Eigen::Vector2d(10.0, 12.0), Precision::Float16);
    QVERIFY(s);
    QCOMPARE(s->status[1], NaiveStatus::NaN);
}

// A correctly rounded result is fine whatever its error; bfloat16's coarse rounding is not
// called imprecise (its own spacing is 0.8 % near 1), a 5 % error is.
void TestLowPrecision::naiveClassification()
{
    QCOMPARE(classifyNaive(0.7578125, std::tanh(1.0), true, Precision::BFloat16), NaiveStatus::Ok);
    QCOMPARE(classifyNaive(0.72, std::tanh(1.0), true, Precision::BFloat16), NaiveStatus::PrecisionLoss);
    QCOMPARE(classifyNaive(0.7578125, std::tanh(1.0), true, Precision::Float32), NaiveStatus::PrecisionLoss);
    QCOMPARE(classifyNaive(kInf, 1.0, true, Precision::Float16), NaiveStatus::Overflow);
}

QTEST_APPLESS_MAIN(TestLowPrecision)
#include "tst_lowprecision.moc"
