// SPDX-License-Identifier: MIT
// Statistics of f(X) and f'(X) for X ~ N(0, σ²) against closed forms and mpmath quadrature
// (mp.dps = 40, quad over [−inf, −5σ, 0, 5σ, inf] of g(x)·npdf(x/σ)/σ; each expression is in the
// comment beside its constants).
#include "activationstats.h"
#include "registry.h"

#include <QTest>

#include <cmath>
#include <limits>

using actviz::ActivationStats;

namespace {

constexpr double kInvSqrt2Pi = 0.3989422804014327;  // 1/sqrt(2*pi)
constexpr double kHalfMinusInv2Pi = 0.340845056908104644; // 1/2 - 1/(2*pi)
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const actviz::Activation &fn(const QString &id)
{
    const actviz::Activation *f = actviz::findActivation(id.toStdString());
    if (!f)
        qFatal("unknown activation %s", qPrintable(id));
    return *f;
}

ActivationStats stats(const QString &id, double sigma, double epsilon = 1e-3, double alpha = kNaN)
{
    const actviz::Activation &f = fn(id);
    actviz::Params p = f.defaults();
    if (!std::isnan(alpha))
        p.alpha = alpha;
    auto r = actviz::activationStats(f, p, sigma, epsilon);
    if (!r)
        qFatal("activationStats failed: %s", r.error().c_str());
    return r.value();
}

// |actual − expected| ≤ rtol·|expected| + atol; NaN expected means "not checked".
bool close(double actual, double expected, double rtol, double atol = 0.0)
{
    if (std::isnan(expected))
        return true;
    return std::fabs(actual - expected) <= rtol * std::fabs(expected) + atol;
}

QByteArray show(const char *what, double actual, double expected)
{
    return QByteArray(what) + ": " + QByteArray::number(actual, 'g', 17) + ", expected "
           + QByteArray::number(expected, 'g', 17);
}

} // namespace

class TestActivationStats : public QObject
{
    Q_OBJECT

private slots:
    void moments_data();
    void moments();
    void fractions_data();
    void fractions();
    void oddFunctionsHaveExactlyZeroMean_data();
    void oddFunctionsHaveExactlyZeroMean();
    void methodFollowsTheFunction_data();
    void methodFollowsTheFunction();
    void errors_data();
    void errors();
    void shiftedMean_data();
    void shiftedMean();
};

void TestActivationStats::moments_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("variance");
    QTest::addColumn<double>("meanDerivative");
    QTest::addColumn<double>("meanSquareDerivative");
    QTest::addColumn<double>("rtol");

    // relu: E = σ/√(2π), Var = σ²(1/2 − 1/(2π)), E[f'] = E[f'²] = P(X > 0) = 1/2.
    for (double s : {0.5, 1.0, 2.5, 10.0})
        QTest::addRow("relu σ=%g", s) << "relu" << s << s * kInvSqrt2Pi << s * s * kHalfMinusInv2Pi << 0.5 << 0.5
                                      << 1e-14;
    // identity: mean 0, variance σ², f' = 1.
    QTest::newRow("identity σ=1") << "identity" << 1.0 << 0.0 << 1.0 << 1.0 << 1.0 << 1e-14;
    QTest::newRow("identity σ=3") << "identity" << 3.0 << 0.0 << 9.0 << 1.0 << 1.0 << 1e-14;
    // tanh, σ = 1: var = E[tanh²], E[sech²], E[sech⁴]
    QTest::newRow("tanh σ=1") << "tanh" << 1.0 << 0.0 << 0.39429449039784117442 << 0.60570550960215882558
                              << 0.46440290244826824197 << 1e-13;
    QTest::newRow("tanh σ=2.5") << "tanh" << 2.5 << 0.0 << 0.69942058228806611823 << 0.30057941771193388177
                                << 0.20752015018106170769 << 1e-13;
    // sigmoid: E = 1/2 by symmetry; var = E[(σ−1/2)²], E[σσ(−·)], E[(σσ(−·))²]
    QTest::newRow("sigmoid σ=1") << "sigmoid" << 1.0 << 0.5 << 0.043379035858092962738 << 0.20662096414190703726
                                 << 0.044836241350194371793 << 1e-13;
    QTest::newRow("sigmoid σ=2.5") << "sigmoid" << 2.5 << 0.5 << 0.11892491557580191863 << 0.13107508442419808137
                                   << 0.024263444802263722665 << 1e-13;
    // gelu: E = σ²/√(2π(1+σ²)) (mpmath quad agrees to 40 digits); E[f'] = 1/2 + E[Xφ(X)] = 1/2.
    QTest::newRow("gelu σ=1") << "gelu" << 1.0 << 0.28209479177387814347 << 0.34564401102435100703 << 0.5
                              << 0.45585086564928712211 << 1e-13;
    QTest::newRow("gelu σ=2.5") << "gelu" << 2.5 << 0.92602152090335363559 << 2.2056053680479552927 << 0.5
                                << 0.51015332610874109706 << 1e-13;
    // elu (α = 1): mean, var, E[f'], E[f'²] by quad with the branch at 0
    QTest::newRow("elu σ=1") << "elu" << 1.0 << 0.16052057226655604962 << 0.61917856337214121988
                             << 0.76157829186512337168 << 0.66810200122317060643 << 1e-13;
    QTest::newRow("elu σ=2.5") << "elu" << 2.5 << 0.63868703238415700455 << 3.0113355168781744583
                               << 0.64133133138057530970 << 0.57691930497500629596 << 1e-13;
    // exponential: E[e^X] = e^(σ²/2), Var = e^(2σ²) − e^(σ²), f' = f
    QTest::newRow("exponential σ=1") << "exponential" << 1.0 << 1.6487212707001281468 << 4.6707742704716049919
                                     << 1.6487212707001281468 << 7.3890560989306502272 << 1e-13;
    QTest::newRow("exponential σ=2.5") << "exponential" << 2.5 << 22.759895093526727983 << 267819.27369620611493
                                       << 22.759895093526727983 << 268337.28652087445695 << 1e-12;
    // step: Bernoulli(1/2), f' = 0.
    QTest::newRow("step σ=1") << "step" << 1.0 << 0.5 << 0.25 << 0.0 << 0.0 << 1e-15;
    // abs: E|X| = σ√(2/π), Var = σ²(1 − 2/π), f' = ±1.
    QTest::newRow("abs σ=2") << "abs" << 2.0 << 1.5957691216057307 << 1.4535209105296746 << 0.0 << 1.0 << 1e-14;
    // hardtanh: E[f'] = E[f'²] = P(|X| < 1) = erf(1/(σ√2))
    QTest::newRow("hardtanh σ=2.5") << "hardtanh" << 2.5 << 0.0 << kNaN << 0.31084348322064833347
                                    << 0.31084348322064833347 << 1e-14;
}

void TestActivationStats::moments()
{
    QFETCH(QString, id);
    QFETCH(double, sigma);
    QFETCH(double, mean);
    QFETCH(double, variance);
    QFETCH(double, meanDerivative);
    QFETCH(double, meanSquareDerivative);
    QFETCH(double, rtol);
    const ActivationStats s = stats(id, sigma);
    // A zero mean is judged against the spread it averages (√E[f²]).
    const double atol = 1e-15 * std::sqrt(s.meanSquare);
    QVERIFY2(close(s.mean, mean, rtol, atol), show("mean", s.mean, mean).constData());
    QVERIFY2(close(s.variance, variance, rtol), show("variance", s.variance, variance).constData());
    QVERIFY2(close(s.meanSquare, s.variance + s.mean * s.mean, 1e-15), "meanSquare");
    QVERIFY2(close(s.meanDerivative, meanDerivative, rtol, 1e-15),
             show("E[f']", s.meanDerivative, meanDerivative).constData());
    QVERIFY2(close(s.meanSquareDerivative, meanSquareDerivative, rtol),
             show("E[f'²]", s.meanSquareDerivative, meanSquareDerivative).constData());
}

void TestActivationStats::fractions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("dead");
    QTest::addColumn<double>("saturated");
    QTest::addColumn<double>("atol");
    // Dead intervals end at kinks, so their mass is exact: P(X < 0) = 1/2.
    QTest::newRow("relu: half dead") << "relu" << kNaN << 1.0 << 1e-3 << 0.5 << 0.0 << 1e-16;
    QTest::newRow("relu σ=7: still half") << "relu" << kNaN << 7.0 << 1e-3 << 0.5 << 0.0 << 1e-16;
    // relu6: P(X < 0) + P(X > 6) = 1/2 + ncdf(-6/σ)
    QTest::newRow("relu6 σ=1") << "relu6" << kNaN << 1.0 << 1e-3 << 0.50000000098658764504 << 0.0 << 1e-16;
    QTest::newRow("relu6 σ=2.5") << "relu6" << kNaN << 2.5 << 1e-3 << 0.50819753592459612944 << 0.0 << 1e-15;
    QTest::newRow("step: all dead") << "step" << kNaN << 1.0 << 1e-3 << 1.0 << 0.0 << 0.0;
    QTest::newRow("leaky_relu: nothing dead") << "leaky_relu" << kNaN << 1.0 << 1e-3 << 0.0 << 0.0 << 0.0;
    QTest::newRow("leaky_relu α=1e-4 < ε: saturated half") << "leaky_relu" << 1e-4 << 1.0 << 1e-3 << 0.0 << 0.5
                                                         << 1e-16;
    // sigmoid: σ'(x) < ε for |x| > x_ε (findroot of σσ(−·) = ε): 2·ncdf(−x_ε/σ). The finder places
    // x_ε to ~1e-12, which moves the mass by ~φ(x_ε/σ)·1e-12.
    QTest::newRow("sigmoid σ=1 ε=1e-3") << "sigmoid" << kNaN << 1.0 << 1e-3 << 0.0 << 4.9938077899716207710e-12
                                        << 1e-20;
    QTest::newRow("sigmoid σ=3 ε=1e-3") << "sigmoid" << kNaN << 3.0 << 1e-3 << 0.0 << 0.021339829401311530478
                                        << 1e-12;
    QTest::newRow("sigmoid σ=3 ε=1e-2") << "sigmoid" << kNaN << 3.0 << 1e-2 << 0.0 << 0.12644110266270922431
                                        << 1e-12;
    // tanh: sech²(x) < 1e-3 for |x| > 4.1467747262488963
    QTest::newRow("tanh σ=3 ε=1e-3") << "tanh" << kNaN << 3.0 << 1e-3 << 0.0 << 0.16689242271075355136 << 1e-12;
}

void TestActivationStats::fractions()
{
    QFETCH(QString, id);
    QFETCH(double, alpha);
    QFETCH(double, sigma);
    QFETCH(double, epsilon);
    QFETCH(double, dead);
    QFETCH(double, saturated);
    QFETCH(double, atol);
    const ActivationStats s = stats(id, sigma, epsilon, alpha);
    QVERIFY2(close(s.deadFraction, dead, 1e-15, atol), show("dead", s.deadFraction, dead).constData());
    QVERIFY2(close(s.saturatedFraction, saturated, 1e-15, atol), show("saturated", s.saturatedFraction, saturated).constData());
}

void TestActivationStats::oddFunctionsHaveExactlyZeroMean_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("sigma");
    // Gauss–Hermite sums mirror pairs, so an odd f gives exactly 0.
    QTest::newRow("tanh σ=0.5") << "tanh" << 0.5;
    QTest::newRow("sinusoid σ=1") << "sinusoid" << 1.0;
    QTest::newRow("symmetric_sigmoid σ=0.5") << "symmetric_sigmoid" << 0.5;
}

void TestActivationStats::oddFunctionsHaveExactlyZeroMean()
{
    QFETCH(QString, id);
    QFETCH(double, sigma);
    const ActivationStats s = stats(id, sigma);
    QCOMPARE(s.method, actviz::StatsMethod::GaussHermite);
    QCOMPARE(s.mean, 0.0);
}

void TestActivationStats::methodFollowsTheFunction_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<int>("method");
    QTest::newRow("gelu σ=1: smooth, Gauss–Hermite") << "gelu" << 1.0 << int(actviz::StatsMethod::GaussHermite);
    QTest::newRow("relu: kink, adaptive") << "relu" << 1.0 << int(actviz::StatsMethod::AdaptiveGaussKronrod);
    // sech² is 0.1 wide at σ = 10: narrower than the Hermite nodes near 0.
    QTest::newRow("tanh σ=10: too narrow for Hermite") << "tanh" << 10.0
                                                       << int(actviz::StatsMethod::AdaptiveGaussKronrod);
    // softsign'' jumps at 0 although f' does not (no kink is listed): Hermite converges slowly,
    // the 64/100-node cross-check notices.
    QTest::newRow("softsign: C¹ only, adaptive") << "softsign" << 1.0
                                                 << int(actviz::StatsMethod::AdaptiveGaussKronrod);
}

void TestActivationStats::methodFollowsTheFunction()
{
    QFETCH(QString, id);
    QFETCH(double, sigma);
    QFETCH(int, method);
    QCOMPARE(int(stats(id, sigma).method), method);
}

void TestActivationStats::errors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<QString>("message");
    QTest::newRow("σ = 0") << "relu" << kNaN << 0.0 << 1e-3 << "sigma";
    QTest::newRow("σ < 0") << "relu" << kNaN << -1.0 << 1e-3 << "sigma";
    QTest::newRow("σ NaN") << "relu" << kNaN << kNaN << 1e-3 << "sigma";
    QTest::newRow("σ too large") << "relu" << kNaN << 2e6 << 1e-3 << "sigma";
    QTest::newRow("ε = 0") << "relu" << kNaN << 1.0 << 0.0 << "epsilon";
    QTest::newRow("ε NaN") << "relu" << kNaN << 1.0 << kNaN << "epsilon";
    QTest::newRow("celu α = 0") << "celu" << 0.0 << 1.0 << 1e-3 << "alpha = 0 is outside the domain of celu";
}

void TestActivationStats::errors()
{
    QFETCH(QString, id);
    QFETCH(double, alpha);
    QFETCH(double, sigma);
    QFETCH(double, epsilon);
    QFETCH(QString, message);
    const actviz::Activation &f = fn(id);
    actviz::Params p = f.defaults();
    if (!std::isnan(alpha))
        p.alpha = alpha;
    const auto r = actviz::activationStats(f, p, sigma, epsilon);
    QVERIFY(!r);
    QVERIFY2(QString::fromStdString(r.error()).contains(message), r.error().c_str());
}

// X ~ N(μ, σ²) (issue 13's pre-activation overlay), in closed forms: for relu,
// E[relu(X)] = μΦ(μ/σ) + σφ(μ/σ), E[relu(X)²] = (μ² + σ²)Φ(μ/σ) + μσφ(μ/σ), and the dead
// fraction is Φ(−μ/σ); for the identity, mean μ and variance σ²; for the exponential,
// E[eˣ] = e^(μ + σ²/2).
void TestActivationStats::shiftedMean_data()
{
    QTest::addColumn<double>("mu");
    QTest::addColumn<double>("sigma");
    QTest::newRow("μ = 1, σ = 1") << 1.0 << 1.0;
    QTest::newRow("μ = −2, σ = 0.5") << -2.0 << 0.5;
    QTest::newRow("μ = 3, σ = 2") << 3.0 << 2.0;
}

void TestActivationStats::shiftedMean()
{
    QFETCH(double, mu);
    QFETCH(double, sigma);
    const double z = mu / sigma;
    const double Phi = 0.5 * std::erfc(-z / std::sqrt(2.0));
    const double phi = std::exp(-0.5 * z * z) / std::sqrt(2.0 * M_PI);
    const actviz::Activation *relu = actviz::findActivation("relu");
    const auto r = actviz::activationStats(*relu, relu->defaults(), sigma, 0.05, mu);
    QVERIFY2(r, r ? "" : r.error().c_str());
    const double mean = mu * Phi + sigma * phi;
    const double meanSquare = (mu * mu + sigma * sigma) * Phi + mu * sigma * phi;
    QVERIFY2(std::fabs(r->mean - mean) <= 1e-12 * std::max(1.0, mean), qPrintable(QString::number(r->mean - mean)));
    QVERIFY(std::fabs(r->meanSquare - meanSquare) <= 1e-12 * std::max(1.0, meanSquare));
    QVERIFY2(std::fabs(r->deadFraction - (1.0 - Phi)) <= 1e-12, qPrintable(QString::number(r->deadFraction - (1 - Phi))));
    const actviz::Activation *identity = actviz::findActivation("identity");
    const auto i = actviz::activationStats(*identity, identity->defaults(), sigma, 0.05, mu);
    QVERIFY(i);
    QVERIFY(std::fabs(i->mean - mu) <= 1e-12 * std::max(1.0, std::fabs(mu)));
    QVERIFY(std::fabs(i->variance - sigma * sigma) <= 1e-12 * sigma * sigma);
    const actviz::Activation *exponential = actviz::findActivation("exponential");
    const auto e = actviz::activationStats(*exponential, exponential->defaults(), sigma, 0.05, mu);
    QVERIFY(e);
    QVERIFY(std::fabs(e->mean - std::exp(mu + 0.5 * sigma * sigma)) <= 1e-11 * std::exp(mu + 0.5 * sigma * sigma));
    QVERIFY(!actviz::activationStats(*relu, relu->defaults(), sigma, 0.05, std::nan("")));
}

QTEST_GUILESS_MAIN(TestActivationStats)
#include "tst_activationstats.moc"
