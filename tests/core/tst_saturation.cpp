// SPDX-License-Identifier: MIT
// The saturation finder against analytic solutions of |f'(x)| = ε and against kinks, which
// must come out exactly, its errors and its conventions for single points. Constants are from
// mpmath (mp.dps = 50); each row's comment gives the expression. The mpmath reference ranges
// and the properties of every function are in tst_saturationreference.cpp.
#include "registry.h"
#include "saturation.h"
#include "saturationcheck.h"

#include <QList>
#include <QTest>
#include <cfloat>
#include <cmath>
#include <limits>

using actviz::findSaturation;
using actviz::SaturationInterval;
using actviz::SaturationKind;
using coretest::D;
using coretest::describe;
using coretest::S;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kRoot = 1e-9; // the promised accuracy of a refined (non-kink) endpoint
constexpr double kExact = 0.0;

// sigmoid: σ(x)(1 − σ(x)) = ε. With u = e^(−x): εu² + (2ε − 1)u + ε = 0, whose roots are
// reciprocal, so x = ±ln((1 − 2ε + √(1 − 4ε))/(2ε)). Values: log((1-2*e+sqrt(1-4*e))/(2*e)).
constexpr double kSigmoid005 = 2.8872709503576206;
constexpr double kSigmoid001 = 4.584863339122355;
constexpr double kSigmoid02 = 0.9624236501192069;
constexpr double kSigmoid1em6 = 13.815508557961275;
// tanh: 1 − tanh²x = ε, x = atanh(sqrt(1-e)).
constexpr double kTanh005 = 2.178272210300876;
constexpr double kTanh05 = 0.881373587019543;
constexpr double kTanh1em6 = 7.600902209541989;
// gelu: f'(x) = Φ(x) + xφ(x) has its minimum −0.1289 at x = −√2 and tends to 0⁻ as x → −∞.
// d = lambda x: ncdf(x) + x*npdf(x); findroot(lambda x: d(x) + 0.05, -2.5), (…, -1.0),
// findroot(lambda x: d(x) - 0.05, -0.6)
constexpr double kGeluFar = -2.3486063321793784;
constexpr double kGeluNearLo = -0.8832333478456809;
constexpr double kGeluNearHi = -0.6459181235305194;
// gaussian: |f'(x)| = 2|x|e^(−x²) = 0.05, findroot(lambda x: 2*x*exp(-x*x) - 0.05, 2.0) and (…, 0.025)
constexpr double kGaussBig = 2.105580878247669;
constexpr double kGaussSmall = 0.025015649464024042;
// elu (α = 1) and exponential: e^x = ε; elu with α = 1/2: e^x/2 = ε. log(0.05), log(0.1)
constexpr double kLn005 = -2.995732273553991;
constexpr double kLn01 = -2.302585092994046;

// Made-up derivatives for the single-point conventions, which no registered function shows
// at its default parameters.
// f' = 0 except at a listed kink, where the convention says 1 (a jump whose f' is taken as 1).
double spikeUpDf(double x, const actviz::Params &)
{
    return x == 0.0 ? 1.0 : 0.0;
}
// f' = 1 except f'(0) = 0, no kink listed (hardshrink with α = 0 has this shape).
double spikeDownDf(double x, const actviz::Params &)
{
    return x == 0.0 ? 0.0 : 1.0;
}
std::vector<actviz::Kink> jumpAtZero(const actviz::Params &)
{
    return {{0.0, true}};
}

actviz::Activation derivativeOnly(std::string_view id, actviz::ScalarFn df, actviz::ArrayFn dfArray,
                                  actviz::KinksFn kinks)
{
    actviz::Activation a;
    a.id = id;
    a.df = df;
    a.dfArray = dfArray;
    a.kinks = kinks;
    return a;
}

const actviz::Activation kSpikeUp = derivativeOnly("spike_up", spikeUpDf, actviz::mapArray<spikeUpDf>, jumpAtZero);
const actviz::Activation kSpikeDown = derivativeOnly("spike_down", spikeDownDf, actviz::mapArray<spikeDownDf>, nullptr);

} // namespace

class TestSaturation : public QObject
{
    Q_OBJECT

private slots:
    void intervals_data();
    void intervals();
    void errors_data();
    void errors();
    void fewerSamplesStillExactAtKinks();
    void singlePoints_data();
    void singlePoints();
};

void TestSaturation::intervals_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("alpha"); // NaN: the function's default
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<QList<double>>("ends"); // lo₁, hi₁, lo₂, hi₂, …
    QTest::addColumn<QList<int>>("kinds");
    QTest::addColumn<double>("tolerance");
    const double n = kNaN;

    QTest::newRow("sigmoid ε=0.05") << "sigmoid" << n << n << 0.05 << -10.0 << 10.0
                                    << QList<double>{-10, -kSigmoid005, kSigmoid005, 10} << QList<int>{S, S} << kRoot;
    QTest::newRow("sigmoid ε=0.01") << "sigmoid" << n << n << 0.01 << -10.0 << 10.0
                                    << QList<double>{-10, -kSigmoid001, kSigmoid001, 10} << QList<int>{S, S} << kRoot;
    QTest::newRow("sigmoid ε=0.2") << "sigmoid" << n << n << 0.2 << -10.0 << 10.0
                                   << QList<double>{-10, -kSigmoid02, kSigmoid02, 10} << QList<int>{S, S} << kRoot;
    QTest::newRow("sigmoid ε=1e-6") << "sigmoid" << n << n << 1e-6 << -20.0 << 20.0
                                    << QList<double>{-20, -kSigmoid1em6, kSigmoid1em6, 20} << QList<int>{S, S} << kRoot;
    QTest::newRow("sigmoid ε>1/4: everywhere")
        << "sigmoid" << n << n << 0.3 << -10.0 << 10.0 << QList<double>{-10, 10} << QList<int>{S} << kExact;
    QTest::newRow("sigmoid, underflowing tails are not dead")
        << "sigmoid" << n << n << 0.05 << -800.0 << 800.0 << QList<double>{-800, -kSigmoid005, kSigmoid005, 800}
        << QList<int>{S, S} << kRoot;
    QTest::newRow("sigmoid, one side") << "sigmoid" << n << n << 0.05 << 0.0 << 10.0 << QList<double>{kSigmoid005, 10}
                                       << QList<int>{S} << kRoot;
    QTest::newRow("sigmoid, none") << "sigmoid" << n << n << 0.05 << -1.0 << 1.0 << QList<double>{} << QList<int>{}
                                   << kExact;

    QTest::newRow("tanh ε=0.05") << "tanh" << n << n << 0.05 << -10.0 << 10.0
                                 << QList<double>{-10, -kTanh005, kTanh005, 10} << QList<int>{S, S} << kRoot;
    QTest::newRow("tanh ε=0.5") << "tanh" << n << n << 0.5 << -10.0 << 10.0 << QList<double>{-10, -kTanh05, kTanh05, 10}
                                << QList<int>{S, S} << kRoot;
    QTest::newRow("tanh ε=1e-6") << "tanh" << n << n << 1e-6 << -20.0 << 20.0
                                 << QList<double>{-20, -kTanh1em6, kTanh1em6, 20} << QList<int>{S, S} << kRoot;

    QTest::newRow("relu [-5,5]") << "relu" << n << n << 0.05 << -5.0 << 5.0 << QList<double>{-5, 0} << QList<int>{D}
                                 << kExact;
    QTest::newRow("relu, 0 off the grid")
        << "relu" << n << n << 0.05 << -5.0 << 7.3 << QList<double>{-5, 0} << QList<int>{D} << kExact;
    QTest::newRow("relu, kink at lo") << "relu" << n << n << 0.05 << 0.0 << 5.0 << QList<double>{} << QList<int>{}
                                      << kExact;
    QTest::newRow("relu, kink at hi") << "relu" << n << n << 0.05 << -5.0 << 0.0 << QList<double>{-5, 0}
                                      << QList<int>{D} << kExact;
    QTest::newRow("relu, all negative") << "relu" << n << n << 0.05 << -5.0 << -1.0 << QList<double>{-5, -1}
                                        << QList<int>{D} << kExact;
    QTest::newRow("relu6") << "relu6" << n << n << 0.05 << -5.0 << 10.0 << QList<double>{-5, 0, 6, 10}
                           << QList<int>{D, D} << kExact;
    QTest::newRow("leaky_relu α=0.01 < ε: saturated")
        << "leaky_relu" << 0.01 << n << 0.05 << -5.0 << 5.0 << QList<double>{-5, 0} << QList<int>{S} << kExact;
    QTest::newRow("leaky_relu α=-0.01 < ε: saturated")
        << "leaky_relu" << -0.01 << n << 0.05 << -5.0 << 5.0 << QList<double>{-5, 0} << QList<int>{S} << kExact;
    QTest::newRow("leaky_relu α=0.1 > ε: none")
        << "leaky_relu" << 0.1 << n << 0.05 << -5.0 << 5.0 << QList<double>{} << QList<int>{} << kExact;
    QTest::newRow("elu α=1: e^x < ε") << "elu" << 1.0 << n << 0.05 << -10.0 << 10.0 << QList<double>{-10, kLn005}
                                      << QList<int>{S} << kRoot;
    QTest::newRow("elu α=0.5: e^x/2 < ε")
        << "elu" << 0.5 << n << 0.05 << -10.0 << 10.0 << QList<double>{-10, kLn01} << QList<int>{S} << kRoot;
    QTest::newRow("elu α=0: dead") << "elu" << 0.0 << n << 0.05 << -10.0 << 10.0 << QList<double>{-10, 0}
                                   << QList<int>{D} << kExact;

    QTest::newRow("hardsigmoid ε=0.05") << "hardsigmoid" << n << n << 0.05 << -5.0 << 5.0 << QList<double>{-5, -3, 3, 5}
                                        << QList<int>{D, D} << kExact;
    QTest::newRow("hardsigmoid, kinks off the grid")
        << "hardsigmoid" << n << n << 0.05 << -5.123 << 4.877 << QList<double>{-5.123, -3, 3, 4.877} << QList<int>{D, D}
        << kExact;
    QTest::newRow("hardsigmoid ε=0.2 > 1/6: dead, saturated, dead")
        << "hardsigmoid" << n << n << 0.2 << -5.0 << 5.0 << QList<double>{-5, -3, -3, 3, 3, 5} << QList<int>{D, S, D}
        << kExact;
    QTest::newRow("hardsigmoid, kinks at both ends")
        << "hardsigmoid" << n << n << 0.05 << -3.0 << 3.0 << QList<double>{} << QList<int>{} << kExact;
    // f' = (2x + 3)/6 on [−3, 3]: |f'| < ε for |x + 1.5| < 3ε
    QTest::newRow("hardswish") << "hardswish" << n << n << 0.05 << -5.0 << 5.0 << QList<double>{-5, -3, -1.65, -1.35}
                               << QList<int>{D, S} << kRoot;
    QTest::newRow("hardtanh") << "hardtanh" << n << n << 0.05 << -5.0 << 5.0 << QList<double>{-5, -1, 1, 5}
                              << QList<int>{D, D} << kExact;
    QTest::newRow("softshrink α=0.5") << "softshrink" << 0.5 << n << 0.05 << -5.0 << 5.0 << QList<double>{-0.5, 0.5}
                                      << QList<int>{D} << kExact;
    QTest::newRow("hardshrink α=0.5") << "hardshrink" << 0.5 << n << 0.05 << -5.0 << 5.0 << QList<double>{-0.5, 0.5}
                                      << QList<int>{D} << kExact;
    QTest::newRow("threshold α=1, β=0") << "threshold" << 1.0 << 0.0 << 0.05 << -5.0 << 5.0 << QList<double>{-5, 1}
                                        << QList<int>{D} << kExact;
    QTest::newRow("step: everywhere dead")
        << "step" << n << n << 0.05 << -5.0 << 5.0 << QList<double>{-5, 5} << QList<int>{D} << kExact;
    QTest::newRow("sign: everywhere dead")
        << "sign" << n << n << 1e-9 << -5.0 << 5.0 << QList<double>{-5, 5} << QList<int>{D} << kExact;
    QTest::newRow("abs: abs'(0) = 0 is a single point")
        << "abs" << n << n << 0.05 << -5.0 << 5.0 << QList<double>{} << QList<int>{} << kExact;

    QTest::newRow("gelu ε=0.05") << "gelu" << n << n << 0.05 << -10.0 << 10.0
                                 << QList<double>{-10, kGeluFar, kGeluNearLo, kGeluNearHi} << QList<int>{S, S} << kRoot;
    QTest::newRow("gaussian, underflow past |x|≈27 is not dead")
        << "gaussian" << n << n << 0.05 << -30.0 << 30.0
        << QList<double>{-30, -kGaussBig, -kGaussSmall, kGaussSmall, kGaussBig, 30} << QList<int>{S, S, S} << kRoot;
    QTest::newRow("exponential") << "exponential" << n << n << 0.05 << -10.0 << 10.0 << QList<double>{-10, kLn005}
                                 << QList<int>{S} << kRoot;
    QTest::newRow("identity: none") << "identity" << n << n << 0.05 << -10.0 << 10.0 << QList<double>{} << QList<int>{}
                                    << kExact;
    QTest::newRow("identity, ε > 1: everywhere")
        << "identity" << n << n << 2.0 << -10.0 << 10.0 << QList<double>{-10, 10} << QList<int>{S} << kExact;

    // |cos x| < 1 except at the points kπ, which do not split an interval: no limit applies.
    QTest::newRow("sinusoid ε=1 ±DBL_MAX: everywhere") << "sinusoid" << n << n << 1.0 << -DBL_MAX << DBL_MAX
                                                       << QList<double>{-DBL_MAX, DBL_MAX} << QList<int>{S} << kExact;
    QTest::newRow("cosine ε=3 ±1e300: everywhere")
        << "cosine" << n << n << 3.0 << -1e300 << 1e300 << QList<double>{-1e300, 1e300} << QList<int>{S} << kExact;
}

void TestSaturation::intervals()
{
    QFETCH(QString, id);
    QFETCH(double, alpha);
    QFETCH(double, beta);
    QFETCH(double, epsilon);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(QList<double>, ends);
    QFETCH(QList<int>, kinds);
    QFETCH(double, tolerance);

    const actviz::Activation *f = actviz::findActivation(id.toStdString());
    QVERIFY2(f, qPrintable(id));
    actviz::Params p = f->defaults();
    if (!std::isnan(alpha))
        p.alpha = alpha;
    if (!std::isnan(beta))
        p.beta = beta;
    const auto r = findSaturation(*f, p, epsilon, lo, hi);
    QVERIFY2(r, r ? "" : r.error().c_str());
    const QByteArray got = describe(*r);
    QVERIFY2(r->size() * 2 == std::size_t(ends.size()), got.constData());
    for (std::size_t i = 0; i < r->size(); ++i) {
        const SaturationInterval &iv = (*r)[i];
        QVERIFY2(int(iv.kind) == kinds[qsizetype(i)], got.constData());
        for (const auto &[actual, expected] :
             {std::pair{iv.lo, ends[qsizetype(2 * i)]}, std::pair{iv.hi, ends[qsizetype(2 * i + 1)]}}) {
            // Range ends are returned as given, whatever the row's tolerance.
            const double tol = (expected == lo || expected == hi) ? 0.0 : tolerance;
            QVERIFY2(std::fabs(actual - expected) <= tol, got.constData());
        }
    }
}

void TestSaturation::errors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("samples");
    QTest::addColumn<QString>("messagePart");
    const double n = kNaN;
    QTest::newRow("ε = 0") << "sigmoid" << n << 0.0 << -10.0 << 10.0 << 4000 << "epsilon";
    QTest::newRow("ε < 0") << "sigmoid" << n << -0.05 << -10.0 << 10.0 << 4000 << "epsilon";
    QTest::newRow("ε NaN") << "sigmoid" << n << kNaN << -10.0 << 10.0 << 4000 << "epsilon";
    QTest::newRow("ε inf") << "sigmoid" << n << kInf << -10.0 << 10.0 << 4000 << "epsilon";
    QTest::newRow("lo = hi") << "sigmoid" << n << 0.05 << 1.0 << 1.0 << 4000 << "lo < hi";
    QTest::newRow("lo > hi") << "sigmoid" << n << 0.05 << 10.0 << -10.0 << 4000 << "lo < hi";
    QTest::newRow("lo NaN") << "sigmoid" << n << 0.05 << kNaN << 10.0 << 4000 << "finite";
    QTest::newRow("hi inf") << "sigmoid" << n << 0.05 << -10.0 << kInf << 4000 << "finite";
    QTest::newRow("one sample") << "sigmoid" << n << 0.05 << -10.0 << 10.0 << 1 << "samples";
    QTest::newRow("celu α = 0 outside its domain") << "celu" << 0.0 << 0.05 << -10.0 << 10.0 << 4000 << "alpha = 0";
    QTest::newRow("leaky_relu α NaN") << "leaky_relu" << kNaN << 0.05 << -10.0 << 10.0 << 4000 << "alpha = nan";
    // Oscillating f': too many periods, or periods finer than the doubles.
    QTest::newRow("sinusoid ±1e300: ~6e299 intervals")
        << "sinusoid" << n << 0.05 << -1e300 << 1e300 << 4000 << "more than 100000 intervals";
    QTest::newRow("sinusoid ±DBL_MAX") << "sinusoid" << n << 0.05 << -DBL_MAX << DBL_MAX << 4000 << "narrow the range";
    QTest::newRow("sinusoid [-2e5, 2e5]: 127324 intervals")
        << "sinusoid" << n << 0.05 << -2e5 << 2e5 << 4000 << "more than 100000 intervals";
    QTest::newRow("cosine [1e300, 1.0000000000000002e300]: two doubles, ~7e283 periods")
        << "cosine" << n << 0.05 << 1e300 << 1.0000000000000002e300 << 4000 << "more than 100000 intervals";
    QTest::newRow("cosine [1e15, 1e15 + 1000]: doubles 0.125 apart")
        << "cosine" << n << 0.05 << 1e15 << 1e15 + 1000 << 4000 << "too far apart";
    QTest::newRow("sinc ε=1e-300: oscillates out to |x| = 1e300")
        << "sinc" << n << 1e-300 << -1e6 << 1e6 << 4000 << "more than 100000 intervals";
}

void TestSaturation::errors()
{
    QFETCH(QString, id);
    QFETCH(double, alpha);
    QFETCH(double, epsilon);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, samples);
    QFETCH(QString, messagePart);
    const actviz::Activation *f = actviz::findActivation(id.toStdString());
    QVERIFY(f);
    actviz::Params p = f->defaults();
    if (f->params[0].used)
        p.alpha = alpha;
    const auto r = findSaturation(*f, p, epsilon, lo, hi, samples);
    QVERIFY(!r);
    QVERIFY2(QString::fromStdString(r.error()).contains(messagePart), r.error().c_str());
}

void TestSaturation::fewerSamplesStillExactAtKinks()
{
    // Kinks are inserted into the grid, so even a coarse grid finds them exactly.
    const actviz::Activation *f = actviz::findActivation("hardsigmoid");
    QVERIFY(f);
    const auto r = findSaturation(*f, f->defaults(), 0.05, -5.0, 5.0, 7);
    QVERIFY(r);
    const std::vector<SaturationInterval> expected{{-5, -3, SaturationKind::Dead}, {3, 5, SaturationKind::Dead}};
    QVERIFY2(*r == expected, describe(*r).constData());
}

void TestSaturation::singlePoints_data()
{
    QTest::addColumn<bool>("up");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("samples");
    QTest::addColumn<QList<double>>("ends");
    // A kink whose own f' is above ε does not split the dead stretch around it.
    QTest::newRow("kink above ε inside") << true << -5.0 << 5.0 << 4000 << QList<double>{-5, 5};
    QTest::newRow("kink above ε at lo") << true << 0.0 << 5.0 << 4000 << QList<double>{0, 5};
    // 3 samples put 0 on the grid: the lone zero of f' is a point, not an interval.
    QTest::newRow("lone zero inside") << false << -1.0 << 1.0 << 3 << QList<double>{};
    QTest::newRow("lone zero at lo") << false << 0.0 << 1.0 << 4000 << QList<double>{};
    QTest::newRow("lone zero at hi") << false << -1.0 << 0.0 << 4000 << QList<double>{};
}

void TestSaturation::singlePoints()
{
    QFETCH(bool, up);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, samples);
    QFETCH(QList<double>, ends);
    const auto r = findSaturation(up ? kSpikeUp : kSpikeDown, {}, 0.05, lo, hi, samples);
    QVERIFY(r);
    std::vector<SaturationInterval> expected;
    for (qsizetype i = 0; i + 1 < ends.size(); i += 2)
        expected.push_back({ends[i], ends[i + 1], SaturationKind::Dead});
    QVERIFY2(*r == expected, describe(*r).constData());
}

QTEST_GUILESS_MAIN(TestSaturation)
#include "tst_saturation.moc"
