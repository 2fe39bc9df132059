// SPDX-License-Identifier: MIT
// Gradient flow through depth: the bound (sup |f'|)^L against closed forms and mpmath maxima of
// f' (mp.dps = 40; the expression is beside each constant), and the depth simulation against a
// direct computation for small networks, its determinism and its known limits (issue 4).
#include "gradientflow.h"
#include "normalsampler.h"
#include "registry.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using actviz::DepthConfig;
using actviz::LayerStats;
using actviz::WeightInit;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

const actviz::Activation &fn(const QString &id)
{
    const actviz::Activation *f = actviz::findActivation(id.toStdString());
    if (!f)
        qFatal("unknown activation %s", qPrintable(id));
    return *f;
}

std::vector<LayerStats> simulate(const QString &id, const DepthConfig &c)
{
    const actviz::Activation &f = fn(id);
    auto r = actviz::simulateDepth(f, f.defaults(), c);
    if (!r)
        qFatal("simulateDepth failed: %s", r.error().c_str());
    return std::move(r).value();
}

// Mean |∂Loss/∂z| at layer 1 over that at layer L: how much of the gradient reaches the bottom.
double bottomOverTop(const std::vector<LayerStats> &s) { return s.front().meanAbsGradient / s.back().meanAbsGradient; }

bool bitwiseEqual(const std::vector<LayerStats> &a, const std::vector<LayerStats> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(LayerStats)) == 0;
}

} // namespace

class TestGradientFlow : public QObject
{
    Q_OBJECT

private slots:
    void bound_data();
    void bound();
    void boundOfFunctions_data();
    void boundOfFunctions();
    void supAbsDerivative_data();
    void supAbsDerivative();
    void supAbsDerivativeErrors_data();
    void supAbsDerivativeErrors();
    void deterministicForASeed_data();
    void deterministicForASeed();
    void gradientThroughDepth_data();
    void gradientThroughDepth();
    void matchesDirectComputation_data();
    void matchesDirectComputation();
    void deadUnits_data();
    void deadUnits();
    void explodingNetworkReportsNonFinite();
    void simulationErrors_data();
    void simulationErrors();
};

void TestGradientFlow::bound_data()
{
    QTest::addColumn<double>("sup");
    QTest::addColumn<int>("depth");
    QTest::addColumn<double>("expected"); // log10(sup^depth)
    // log10(0.25) = -0.6020599913279623904274777894489860535364
    QTest::newRow("sigmoid L=1") << 0.25 << 1 << -0.6020599913279624;
    QTest::newRow("sigmoid L=30") << 0.25 << 30 << -18.061799739838872;
    QTest::newRow("sigmoid L=100") << 0.25 << 100 << -60.20599913279624;
    // 0.25^1000 ≈ 1e-602 is not a double, its logarithm is.
    QTest::newRow("sigmoid L=1000, below the double range") << 0.25 << 1000 << -602.0599913279624;
    QTest::newRow("relu: 1 at every depth") << 1.0 << 100 << 0.0;
    QTest::newRow("step: nothing passes") << 0.0 << 5 << -kInf;
    QTest::newRow("exponential: unbounded") << kInf << 5 << kInf;
    // 100*log10(1.1289041451851548) (gelu)
    QTest::newRow("gelu L=100") << 1.1289041451851548 << 100 << 5.2657067713753086;
}

void TestGradientFlow::bound()
{
    QFETCH(double, sup);
    QFETCH(int, depth);
    QFETCH(double, expected);
    const Eigen::ArrayXd curve = actviz::log10GradientBound(sup, depth);
    QCOMPARE(curve.size(), depth);
    const double got = curve[depth - 1];
    if (std::isinf(expected) || expected == 0.0)
        QCOMPARE(got, expected);
    else
        QVERIFY2(std::fabs(got - expected) <= 1e-14 * std::fabs(expected), QByteArray::number(got, 'g', 17));
}

void TestGradientFlow::boundOfFunctions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("log10PerLayer");
    QTest::newRow("sigmoid falls as 0.25^L") << "sigmoid" << -0.6020599913279624;
    QTest::newRow("relu stays 1") << "relu" << 0.0;
    QTest::newRow("tanh stays 1") << "tanh" << 0.0;
}

void TestGradientFlow::boundOfFunctions()
{
    QFETCH(QString, id);
    QFETCH(double, log10PerLayer);
    const actviz::Activation &f = fn(id);
    const auto sup = actviz::supAbsDerivative(f, f.defaults());
    QVERIFY2(sup, sup ? "" : sup.error().c_str());
    const Eigen::ArrayXd curve = actviz::log10GradientBound(sup->value);
    QCOMPARE(curve.size(), actviz::kBoundMaxDepth);
    for (int l = 1; l <= curve.size(); ++l)
        QVERIFY2(std::fabs(curve[l - 1] - l * log10PerLayer) <= 1e-13 * l,
                 qPrintable(QStringLiteral("L = %1: %2").arg(l).arg(curve[l - 1], 0, 'g', 17)));
}

void TestGradientFlow::supAbsDerivative_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance"); // relative
    QTest::addColumn<double>("at");        // NaN: not checked
    QTest::addColumn<double>("atTolerance");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double defaults = nan; // use the descriptor's default parameters
    QTest::newRow("sigmoid: 1/4 at 0") << "sigmoid" << defaults << defaults << 0.25 << 1e-15 << 0.0 << 1e-6;
    QTest::newRow("relu: 1") << "relu" << defaults << defaults << 1.0 << 0.0 << nan << 0.0;
    QTest::newRow("tanh: 1 at 0") << "tanh" << defaults << defaults << 1.0 << 1e-15 << 0.0 << 1e-6;
    // ncdf(sqrt(2)) + sqrt(2)*npdf(sqrt(2)), at x = √2 where gelu'' = 0
    QTest::newRow("gelu") << "gelu" << defaults << defaults << 1.1289041451851547863 << 1e-15 << 1.4142135623730951
                          << 1e-6;
    // silu' at the root of silu'' (findroot near 2.4)
    QTest::newRow("silu") << "silu" << defaults << defaults << 1.0998393201288669170 << 1e-15 << 2.3993572805154677
                          << 1e-6;
    // |sinc'| at the root of sinc'' near 2.08
    QTest::newRow("sinc") << "sinc" << defaults << defaults << 0.43618181727145849509 << 1e-15 << -2.0815759778181006
                          << 1e-6;
    // λ·a, the one-sided limit selu'(0⁻): only the kink's neighbour on the grid finds it.
    QTest::newRow("selu: λa at 0⁻") << "selu" << defaults << defaults << 1.7580993408473768599 << 1e-15 << nan << 0.0;
    QTest::newRow("hardswish: 3/2 at 3⁻") << "hardswish" << defaults << defaults << 1.5 << 1e-15 << 3.0 << 1e-12;
    QTest::newRow("step: 0") << "step" << defaults << defaults << 0.0 << 0.0 << nan << 0.0;
    QTest::newRow("exponential: unbounded") << "exponential" << defaults << defaults << kInf << 0.0 << nan << 0.0;
    // The limits at ±∞ are reached within the search range ±1e6: 1.5 − 1/(8·10¹²) for bent identity.
    QTest::newRow("bent identity → 3/2") << "bent_identity" << defaults << defaults << 1.5 << 1e-12 << 1e6 << 0.0;
    QTest::newRow("logsigmoid → 1 at −∞") << "logsigmoid" << defaults << defaults << 1.0 << 0.0 << nan << 0.0;
    // Parameters other than the defaults change the answer:
    QTest::newRow("leaky_relu α=2: slope 2 on the left") << "leaky_relu" << 2.0 << defaults << 2.0 << 0.0 << nan << 0.0;
    QTest::newRow("elu α=2.5: α at 0⁻") << "elu" << 2.5 << defaults << 2.5 << 1e-15 << nan << 0.0;
    QTest::newRow("isru α=4: still 1 at 0") << "isru" << 4.0 << defaults << 1.0 << 1e-15 << 0.0 << 1e-6;
}

void TestGradientFlow::supAbsDerivative()
{
    QFETCH(QString, id);
    QFETCH(double, alpha);
    QFETCH(double, beta);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    QFETCH(double, at);
    QFETCH(double, atTolerance);
    const actviz::Activation &f = fn(id);
    actviz::Params p = f.defaults();
    if (!std::isnan(alpha))
        p.alpha = alpha;
    if (!std::isnan(beta))
        p.beta = beta;
    const auto sup = actviz::supAbsDerivative(f, p);
    QVERIFY2(sup, sup ? "" : sup.error().c_str());
    const QByteArray got = QByteArray::number(sup->value, 'g', 17) + " at " + QByteArray::number(sup->at, 'g', 17);
    if (std::isinf(expected) || tolerance == 0.0)
        QVERIFY2(sup->value == expected, got.constData());
    else
        QVERIFY2(std::fabs(sup->value - expected) <= tolerance * expected, got.constData());
    // |f'| of sinc is even: its maximum is attained at ±x, either may be reported.
    if (!std::isnan(at))
        QVERIFY2(std::fabs(std::fabs(sup->at) - std::fabs(at)) <= atTolerance * std::max(1.0, std::fabs(at)),
                 got.constData());
    // Nowhere on a fine grid is |f'| larger (up to rounding).
    const Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(100001, -50.0, 50.0);
    QVERIFY(f.derivative(x, p).abs().maxCoeff() <= sup->value * (1 + 1e-15));
}

void TestGradientFlow::supAbsDerivativeErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty range") << "relu" << 0.0 << 1.0 << 1.0 << "lo < hi";
    QTest::newRow("NaN end") << "relu" << 0.0 << std::nan("") << 1.0 << "finite";
    QTest::newRow("infinite end") << "relu" << 0.0 << -kInf << 1.0 << "finite";
    QTest::newRow("celu α = 0") << "celu" << 0.0 << -1.0 << 1.0 << "alpha = 0 is outside the domain of celu";
}

void TestGradientFlow::supAbsDerivativeErrors()
{
    QFETCH(QString, id);
    QFETCH(double, alpha);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(QString, message);
    const actviz::Activation &f = fn(id);
    actviz::Params p = f.defaults();
    p.alpha = alpha;
    const auto sup = actviz::supAbsDerivative(f, p, lo, hi);
    QVERIFY(!sup);
    QVERIFY2(QString::fromStdString(sup.error()).contains(message), sup.error().c_str());
}

void TestGradientFlow::deterministicForASeed_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("init");
    QTest::newRow("relu, He") << "relu" << int(WeightInit::He);
    QTest::newRow("gelu, Xavier") << "gelu" << int(WeightInit::Xavier);
    QTest::newRow("sigmoid, Xavier") << "sigmoid" << int(WeightInit::Xavier);
}

void TestGradientFlow::deterministicForASeed()
{
    QFETCH(QString, id);
    QFETCH(int, init);
    DepthConfig c;
    c.width = 64;
    c.depth = 12;
    c.batch = 16;
    c.init = static_cast<WeightInit>(init);
    c.seed = 20240601;
    const auto first = simulate(id, c);
    const auto second = simulate(id, c);
    QVERIFY(bitwiseEqual(first, second));
    c.seed += 1;
    QVERIFY(!bitwiseEqual(first, simulate(id, c)));
}

void TestGradientFlow::gradientThroughDepth_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("init");
    QTest::addColumn<qulonglong>("seed");
    QTest::addColumn<double>("minRatio"); // bounds on mean|∂L/∂z_1| / mean|∂L/∂z_30|
    QTest::addColumn<double>("maxRatio");
    // Default width 128, depth 30, batch 64. Linear layers with Var(W) = 1/width preserve the
    // gradient's norm in expectation; the mean |·| of a Gaussian is √(2/π) of the top layer's
    // all-ones value, and a product of 30 random matrices fluctuates (the ratio lies in
    // 0.43–1.41 over seeds 1–40; two of them fall just below ½, so the seeds are fixed here).
    QTest::newRow("identity, Xavier, seed 1: within a factor 2") << "identity" << int(WeightInit::Xavier)
                                                                  << qulonglong{1} << 0.5 << 2.0;
    QTest::newRow("identity, Xavier, seed 2") << "identity" << int(WeightInit::Xavier) << qulonglong{2} << 0.5 << 2.0;
    QTest::newRow("identity, Xavier, seed 3") << "identity" << int(WeightInit::Xavier) << qulonglong{3} << 0.5 << 2.0;
    // σ' ≤ 1/4 per layer, and the weights do not make up for it: ≲ 0.25^29 ≈ 3e-18.
    QTest::newRow("sigmoid, Xavier: vanishes") << "sigmoid" << int(WeightInit::Xavier) << qulonglong{1} << 0.0 << 1e-12;
    QTest::newRow("sigmoid, He: vanishes too") << "sigmoid" << int(WeightInit::He) << qulonglong{1} << 0.0 << 1e-8;
    // He's factor 2 makes up for the half of the units that relu switches off (1.06–6.1 over
    // seeds 1–40); with Xavier the gradient loses √2 per layer, ~(1/√2)^29 ≈ 4e-5.
    QTest::newRow("relu, He: roughly preserved") << "relu" << int(WeightInit::He) << qulonglong{1} << 0.1 << 10.0;
    QTest::newRow("relu, Xavier: shrinks") << "relu" << int(WeightInit::Xavier) << qulonglong{1} << 0.0 << 1e-2;
}

void TestGradientFlow::gradientThroughDepth()
{
    QFETCH(QString, id);
    QFETCH(int, init);
    QFETCH(qulonglong, seed);
    QFETCH(double, minRatio);
    QFETCH(double, maxRatio);
    DepthConfig c;
    c.init = static_cast<WeightInit>(init);
    c.seed = seed;
    const auto s = simulate(id, c);
    QCOMPARE(int(s.size()), 30);
    const double ratio = bottomOverTop(s);
    QVERIFY2(ratio >= minRatio && ratio <= maxRatio, QByteArray::number(ratio, 'g', 6).constData());
    for (const LayerStats &l : s)
        QVERIFY(l.meanAbsGradient > 0.0 && std::isfinite(l.meanAbsGradient));
}

void TestGradientFlow::matchesDirectComputation_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<double>("gain");
    QTest::newRow("one layer") << 1 << 1.0;
    QTest::newRow("two layers, gain 1.7") << 2 << 1.7;
}

// Identity activation, small sizes: the simulation against the same network written out by hand
// in double from the sampler's streams (inputs stream 0, W_l stream l, Xavier var = 1/width).
void TestGradientFlow::matchesDirectComputation()
{
    QFETCH(int, depth);
    QFETCH(double, gain);
    DepthConfig c;
    c.width = 6;
    c.depth = depth;
    c.batch = 4;
    c.gain = gain;
    c.seed = 7;
    const auto s = simulate("identity", c);
    const Eigen::Index w = c.width;
    const Eigen::Index b = c.batch;
    Eigen::MatrixXf xf(w, b);
    actviz::NormalSampler(c.seed, 0).fill(xf.data(), static_cast<std::size_t>(xf.size()), 1.0);
    std::vector<Eigen::MatrixXd> acts{xf.cast<double>()};
    std::vector<Eigen::MatrixXd> weights(1);
    const double scale = gain * std::sqrt(1.0 / w);
    for (int l = 1; l <= depth; ++l) {
        Eigen::MatrixXf wf(w, w);
        actviz::NormalSampler(c.seed, l).fill(wf.data(), static_cast<std::size_t>(wf.size()), scale);
        weights.push_back(wf.cast<double>());
        acts.push_back(weights[l] * acts[l - 1]);
    }
    Eigen::MatrixXd delta = Eigen::MatrixXd::Ones(w, b); // Loss = Σ a_L
    for (int l = depth; l >= 1; --l) {
        const LayerStats &got = s[l - 1];
        const Eigen::MatrixXd dW = delta * acts[l - 1].transpose();
        const double rms = std::sqrt(dW.array().square().mean());
        const double mean = acts[l].mean();
        const double sd = std::sqrt((acts[l].array() - mean).square().mean());
        // float32 inside the simulation: ~1e-6 relative.
        QVERIFY2(std::fabs(got.meanAbsGradient - delta.array().abs().mean()) <= 1e-5 * delta.array().abs().mean(),
                 QByteArray::number(got.meanAbsGradient, 'g', 9));
        QVERIFY2(std::fabs(got.rmsWeightGradient - rms) <= 1e-5 * rms, QByteArray::number(got.rmsWeightGradient, 'g', 9));
        QVERIFY(std::fabs(got.activationMean - mean) <= 1e-5 * sd);
        QVERIFY(std::fabs(got.activationStd - sd) <= 1e-5 * sd);
        QCOMPARE(got.deadFraction, 0.0);
        delta = weights[l].transpose() * delta;
    }
}

void TestGradientFlow::deadUnits_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("minDead");
    QTest::addColumn<double>("maxDead");
    QTest::newRow("relu: about half") << "relu" << 0.35 << 0.65;
    QTest::newRow("step: all") << "step" << 1.0 << 1.0;
    QTest::newRow("tanh: none") << "tanh" << 0.0 << 0.0;
}

void TestGradientFlow::deadUnits()
{
    QFETCH(QString, id);
    QFETCH(double, minDead);
    QFETCH(double, maxDead);
    DepthConfig c;
    c.init = WeightInit::He;
    const auto s = simulate(id, c);
    for (const LayerStats &l : s)
        QVERIFY2(l.deadFraction >= minDead && l.deadFraction <= maxDead, QByteArray::number(l.deadFraction).constData());
    if (minDead == 1.0) // nothing flows back through a dead network
        for (const LayerStats &l : s)
            QCOMPARE(l.meanAbsGradient, 0.0);
}

void TestGradientFlow::explodingNetworkReportsNonFinite()
{
    DepthConfig c;
    c.gain = 3.0;
    const auto s = simulate("exponential", c);
    bool nonFinite = false;
    for (const LayerStats &l : s)
        nonFinite = nonFinite || !std::isfinite(l.activationMean) || !std::isfinite(l.meanAbsGradient);
    QVERIFY(nonFinite);
}

void TestGradientFlow::simulationErrors_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("batch");
    QTest::addColumn<double>("gain");
    QTest::addColumn<QString>("message");
    QTest::newRow("width 0") << 0 << 30 << 64 << 1.0 << "width";
    QTest::newRow("width 1025") << 1025 << 30 << 64 << 1.0 << "width";
    QTest::newRow("depth 0") << 128 << 0 << 64 << 1.0 << "depth";
    QTest::newRow("depth 201") << 128 << 201 << 64 << 1.0 << "depth";
    QTest::newRow("batch 0") << 128 << 30 << 0 << 1.0 << "batch";
    QTest::newRow("too many activations") << 1024 << 200 << 512 << 1.0 << "width × batch × depth";
    QTest::newRow("too many weights") << 1024 << 200 << 8 << 1.0 << "width² × depth";
    QTest::newRow("gain 0") << 128 << 30 << 64 << 0.0 << "gain";
    QTest::newRow("gain NaN") << 128 << 30 << 64 << std::nan("") << "gain";
    QTest::newRow("gain inf") << 128 << 30 << 64 << kInf << "gain";
}

void TestGradientFlow::simulationErrors()
{
    QFETCH(int, width);
    QFETCH(int, depth);
    QFETCH(int, batch);
    QFETCH(double, gain);
    QFETCH(QString, message);
    const actviz::Activation &f = fn("relu");
    DepthConfig c;
    c.width = width;
    c.depth = depth;
    c.batch = batch;
    c.gain = gain;
    const auto r = actviz::simulateDepth(f, f.defaults(), c);
    QVERIFY(!r);
    QVERIFY2(QString::fromStdString(r.error()).contains(message), r.error().c_str());
}

QTEST_GUILESS_MAIN(TestGradientFlow)
#include "tst_gradientflow.moc"
