// SPDX-License-Identifier: MIT
// The saturation finder against analytic solutions of |f'(x)| = ε and against kinks, which
// must come out exactly. Constants are from mpmath (mp.dps = 50); each row's comment gives the
// expression. reference() checks wide, huge and tiny ranges against
// tests/data/saturation_reference.csv (generate_saturation_reference.py, mpmath).
#include "registry.h"
#include "saturation.h"

#include <QFile>
#include <QList>
#include <QTest>
#include <QTextStream>
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <random>

using actviz::findSaturation;
using actviz::SaturationInterval;
using actviz::SaturationKind;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kRoot = 1e-9; // the promised accuracy of a refined (non-kink) endpoint
constexpr double kExact = 0.0;
// A refined endpoint of the reference cases against mpmath's root: |got − want| ≤ this·|want|.
// The finder returns the last double below ε, so the error is an ulp of x plus the few ulp of
// f' itself divided by |x·f''/f'|: ≤ 3.6e-16 in every row but sinusoid ε=0.999, where f' is
// nearly flat at the crossings (x = ±0.0447, 2.8e-14).
constexpr double kReferenceRelative = 1e-13;

constexpr int S = static_cast<int>(SaturationKind::Saturated);
constexpr int D = static_cast<int>(SaturationKind::Dead);

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

QByteArray describe(const std::vector<SaturationInterval> &v)
{
    QByteArray s = "got:";
    for (const SaturationInterval &i : v)
        s += " [" + QByteArray::number(i.lo, 'g', 17) + ", " + QByteArray::number(i.hi, 'g', 17) + "]" +
             (i.kind == SaturationKind::Dead ? "dead" : "saturated");
    return s;
}

} // namespace

class TestSaturation : public QObject
{
    Q_OBJECT

private slots:
    void intervals_data();
    void intervals();
    void reference_data();
    void reference();
    void everyFunctionHasAShape();
    void agreesWithDenseScan();
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

namespace {

struct ReferenceCase {
    QString name;
    QString id;
    double alpha = 0.0;
    double beta = 0.0;
    double epsilon = 0.0;
    double lo = 0.0;
    double hi = 0.0;
    QList<double> ends; // lo₁, hi₁, lo₂, hi₂, …
    QList<bool> exact;  // per end: lo/hi or a kink (compared exactly), else an mpmath root
    QList<int> kinds;
};

// saturation_reference.csv: one row per interval (a case without any has one row, count 0).
QList<ReferenceCase> readReferenceCases(QString *error)
{
    QFile file(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/saturation_reference.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot open %1").arg(file.fileName());
        return {};
    }
    QTextStream in(&file);
    in.readLine(); // case,function,alpha,beta,epsilon,lo,hi,count,start,start_type,end,end_type,kind
    QList<ReferenceCase> cases;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const QStringList c = line.split(u',');
        if (c.size() != 13) {
            *error = QStringLiteral("malformed row: %1").arg(line);
            return {};
        }
        auto number = [](const QString &t) { return std::strtod(t.toUtf8().constData(), nullptr); };
        if (cases.isEmpty() || cases.back().name != c[0])
            cases.append(
                {c[0], c[1], number(c[2]), number(c[3]), number(c[4]), number(c[5]), number(c[6]), {}, {}, {}});
        if (c[7] == u"0")
            continue;
        ReferenceCase &r = cases.back();
        r.ends << number(c[8]) << number(c[10]);
        r.exact << (c[9] != u"root") << (c[11] != u"root");
        r.kinds << (c[12] == u"dead" ? D : S);
    }
    return cases;
}

} // namespace

void TestSaturation::reference_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<QList<double>>("ends");
    QTest::addColumn<QList<bool>>("exact");
    QTest::addColumn<QList<int>>("kinds");
    QString error;
    const QList<ReferenceCase> cases = readReferenceCases(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(cases.size() > 100);
    for (const ReferenceCase &c : cases)
        QTest::newRow(qPrintable(c.name))
            << c.id << c.alpha << c.beta << c.epsilon << c.lo << c.hi << c.ends << c.exact << c.kinds;
}

void TestSaturation::reference()
{
    QFETCH(QString, id);
    QFETCH(double, alpha);
    QFETCH(double, beta);
    QFETCH(double, epsilon);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(QList<double>, ends);
    QFETCH(QList<bool>, exact);
    QFETCH(QList<int>, kinds);

    const actviz::Activation *f = actviz::findActivation(id.toStdString());
    QVERIFY2(f, qPrintable(id));
    const auto r = findSaturation(*f, {alpha, beta}, epsilon, lo, hi);
    QVERIFY2(r, r ? "" : r.error().c_str());
    const QByteArray got = describe(*r);
    QVERIFY2(r->size() == std::size_t(kinds.size()), got.constData());
    for (std::size_t i = 0; i < r->size(); ++i) {
        const SaturationInterval &iv = (*r)[i];
        QVERIFY2(int(iv.kind) == kinds[qsizetype(i)], got.constData());
        for (const auto &[actual, k] : {std::pair{iv.lo, qsizetype(2 * i)}, std::pair{iv.hi, qsizetype(2 * i + 1)}}) {
            const double want = ends[k];
            const double tol = exact[k] ? 0.0 : kReferenceRelative * std::fabs(want);
            QVERIFY2(std::fabs(actual - want) <= tol,
                     (got + "; end " + QByteArray::number(k) + " should be " + QByteArray::number(want, 'g', 17))
                         .constData());
        }
    }
}

void TestSaturation::everyFunctionHasAShape()
{
    // Without one, a function falls back to the grid and loses the guarantee.
    for (const actviz::Activation &a : actviz::registry())
        QVERIFY2(actviz::saturationShapeKnown(a.id), std::string(a.id).c_str());
    QVERIFY(!actviz::saturationShapeKnown("spike_up"));
}

void TestSaturation::agreesWithDenseScan()
{
    // A property, not a reference: for every function at random α/β (in the slider ranges, and
    // at the slider minimum and 0), random ε and range, a point of a dense grid lies in an
    // interval exactly when |f'| < ε there (within 1e-9 of an endpoint or kink excepted).
    std::mt19937_64 rng(20240601); // fixed: every run draws the same cases
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto pick = [&](const actviz::ParamSpec &s, double current, int trial) {
        if (!s.used)
            return current;
        double v = s.logScale ? s.min * std::pow(s.max / s.min, unit(rng)) : s.min + (s.max - s.min) * unit(rng);
        v = trial == 1 ? s.min : (trial == 2 ? 0.0 : v);
        return (s.inDomain && !s.inDomain(v)) ? current : v;
    };
    constexpr int kPoints = 4000;
    for (const actviz::Activation &a : actviz::registry()) {
        for (int trial = 0; trial < 6; ++trial) {
            actviz::Params p = a.defaults();
            p.alpha = pick(a.params[0], p.alpha, trial);
            p.beta = pick(a.params[1], p.beta, trial);
            const double eps = std::pow(10.0, -5.0 * unit(rng));
            const double lo = -60.0 * unit(rng) - 0.1;
            const double hi = 60.0 * unit(rng) + 0.1;
            const auto r = findSaturation(a, p, eps, lo, hi);
            QVERIFY2(r, r ? "" : r.error().c_str());
            std::vector<double> edges;
            for (const actviz::Kink &k : a.kinkPoints(p))
                edges.push_back(k.x);
            for (const SaturationInterval &iv : *r)
                edges.insert(edges.end(), {iv.lo, iv.hi});
            for (int i = 0; i <= kPoints; ++i) {
                const double x = lo + (hi - lo) * i / kPoints;
                if (std::any_of(edges.begin(), edges.end(), [&](double e) { return std::fabs(x - e) < 1e-9; }))
                    continue;
                const bool in =
                    std::any_of(r->begin(), r->end(), [&](const auto &iv) { return iv.lo <= x && x <= iv.hi; });
                if (in == (std::fabs(a.derivative(x, p)) < eps))
                    continue;
                QFAIL(qPrintable(QStringLiteral("%1 α=%2 β=%3 ε=%4 [%5, %6] at x = %7: %8")
                                     .arg(QString::fromUtf8(a.id.data(), qsizetype(a.id.size())))
                                     .arg(p.alpha)
                                     .arg(p.beta)
                                     .arg(eps)
                                     .arg(lo)
                                     .arg(hi)
                                     .arg(x, 0, 'g', 17)
                                     .arg(QString::fromLatin1(describe(*r)))));
            }
        }
    }
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
