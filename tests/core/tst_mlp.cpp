// SPDX-License-Identifier: MIT
// The training view's network: back-propagation against central differences, bit-identical runs
// for one seed, what it can and cannot learn (XOR with a nonlinearity, not without), the loss at
// huge logits, the per-layer statistics and the validation of a configuration.
#include "activationlookup.h"
#include "mlp.h"
#include "normalsampler.h"
#include "toydata.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(actviz::MlpConfig)

using actviz::Mlp;
using actviz::MlpConfig;
using actviz::Params;
using coretest::act;
using coretest::num;

namespace {

Mlp makeNet(const QString &id, const MlpConfig &config, const Params &params)
{
    auto net = Mlp::create(config, act(id), params);
    if (!net)
        qFatal("Mlp::create failed: %s", net.error().c_str());
    return std::move(net).value();
}

Mlp makeNet(const QString &id, const MlpConfig &config)
{
    return makeNet(id, config, act(id).defaults());
}

actviz::ToyData xorData()
{
    actviz::ToyDataConfig c;
    c.kind = actviz::ToyDataset::Xor;
    c.samples = 200;
    c.noise = 0.1;
    c.seed = 1;
    auto data = actviz::makeToyData(c);
    if (!data)
        qFatal("makeToyData failed: %s", data.error().c_str());
    return std::move(data).value();
}

double accuracy(const Mlp &net, const actviz::ToyData &d)
{
    const Eigen::ArrayXd p = net.predict(d.x.topRows(d.trainRows));
    const auto right = ((p > 0.5) == (d.y.head(d.trainRows).array() > 0.5)).count();
    return static_cast<double>(right) / static_cast<double>(d.trainRows);
}

bool identical(const Eigen::VectorXd &a, const Eigen::VectorXd &b)
{
    return a.size() == b.size() && (a.array() == b.array()).all();
}

} // namespace

class TestMlp : public QObject
{
    Q_OBJECT

private slots:
    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void deterministic_data();
    void deterministic();
    void learnsXor_data();
    void learnsXor();
    void linearStackCannotLearnXor();
    void lossIsFiniteAtHugeLogits_data();
    void lossIsFiniteAtHugeLogits();
    void deadReluLayers();
    void statisticsOfHealthyNet();
    void stepsPerEpoch_data();
    void stepsPerEpoch();
    void noTrainingRows();
    void predictIsSigmoidOfLogits();
    void errors_data();
    void errors();
};

void TestMlp::gradientMatchesFiniteDifferences_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Params>("params");
    QTest::addColumn<int>("init"); // MlpInit
    QTest::newRow("tanh") << "tanh" << act("tanh").defaults() << int(actviz::MlpInit::Xavier);
    QTest::newRow("sigmoid") << "sigmoid" << act("sigmoid").defaults() << int(actviz::MlpInit::Xavier);
    QTest::newRow("softplus") << "softplus" << act("softplus").defaults() << int(actviz::MlpInit::He);
    QTest::newRow("elu α=1") << "elu" << Params{1.0, 0.0} << int(actviz::MlpInit::He);
    QTest::newRow("elu α=0.5") << "elu" << Params{0.5, 0.0} << int(actviz::MlpInit::He);
    QTest::newRow("gelu") << "gelu" << act("gelu").defaults() << int(actviz::MlpInit::He);
    // Piecewise linear: the check below skips no parameter, so no pre-activation may be within h
    // of a kink; with random inputs and weights that has probability ~1e-5 and this seed has none.
    QTest::newRow("relu") << "relu" << act("relu").defaults() << int(actviz::MlpInit::He);
    QTest::newRow("leaky_relu") << "leaky_relu" << act("leaky_relu").defaults() << int(actviz::MlpInit::He);
}

// Every parameter of a {3, 4} network on 9 random points: the back-propagated gradient against
// (L(θ + h) − L(θ − h))/2h, h = 1e-6. The quotient's own error is O(h²) ≈ 1e-12 plus rounding
// ~ε·L/h ≈ 1e-10, hence the absolute floor beside the relative 1e-5.
void TestMlp::gradientMatchesFiniteDifferences()
{
    QFETCH(QString, id);
    QFETCH(Params, params);
    QFETCH(int, init);
    MlpConfig c;
    c.hidden = {3, 4};
    c.init = static_cast<actviz::MlpInit>(init);
    c.seed = 7;
    Mlp net = makeNet(id, c, params);
    // Biases away from 0 too, so that their gradients are not checked only at one point.
    actviz::NormalSampler rng(11);
    Eigen::VectorXd theta = net.parameters();
    for (double &t : theta)
        t += 0.3 * rng();
    net.setParameters(theta);

    constexpr Eigen::Index n = 9;
    Eigen::MatrixXd x(n, 2);
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        x(i, 0) = rng();
        x(i, 1) = rng();
        y[i] = i % 2;
    }
    const Eigen::VectorXd g = net.gradient(x, y, n);
    QCOMPARE(g.size(), theta.size());
    constexpr double h = 1e-6;
    const auto lossAt = [&](Eigen::Index k, double value) {
        Eigen::VectorXd t = theta;
        t[k] = value;
        net.setParameters(t);
        return net.loss(x, y, 0, n);
    };
    for (Eigen::Index k = 0; k < theta.size(); ++k) {
        const double fd = (lossAt(k, theta[k] + h) - lossAt(k, theta[k] - h)) / (2 * h);
        const double err = std::fabs(g[k] - fd);
        QVERIFY2(
            err <= 1e-5 * std::max(std::fabs(g[k]), std::fabs(fd)) + 1e-9,
            qPrintable(QString("parameter %1: backprop %2, central difference %3").arg(k).arg(num(g[k]), num(fd))));
    }
}

void TestMlp::deterministic_data()
{
    QTest::addColumn<int>("optimizer"); // MlpOptimizer
    QTest::addColumn<int>("batchSize");
    QTest::newRow("Adam, full batch") << int(actviz::MlpOptimizer::Adam) << 0;
    QTest::newRow("Adam, batches of 16") << int(actviz::MlpOptimizer::Adam) << 16;
    QTest::newRow("SGD, batches of 1") << int(actviz::MlpOptimizer::Sgd) << 1;
    QTest::newRow("SGD, full batch") << int(actviz::MlpOptimizer::Sgd) << 0;
}

void TestMlp::deterministic()
{
    QFETCH(int, optimizer);
    QFETCH(int, batchSize);
    const actviz::ToyData d = xorData();
    MlpConfig c;
    c.optimizer = static_cast<actviz::MlpOptimizer>(optimizer);
    c.batchSize = batchSize;
    c.seed = 42;
    Mlp a = makeNet("tanh", c);
    Mlp b = makeNet("tanh", c);
    c.seed = 43;
    Mlp other = makeNet("tanh", c);
    for (int s = 0; s < 200; ++s) {
        const actviz::MlpStep sa = a.step(d.x, d.y, d.trainRows);
        const actviz::MlpStep sb = b.step(d.x, d.y, d.trainRows);
        QCOMPARE(sa.loss, sb.loss);
        other.step(d.x, d.y, d.trainRows);
    }
    QCOMPARE(a.steps(), 200);
    QVERIFY(identical(a.parameters(), b.parameters()));
    QVERIFY(!identical(a.parameters(), other.parameters()));
    QVERIFY(a.parameters().allFinite());
}

void TestMlp::learnsXor_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("init"); // MlpInit
    QTest::newRow("tanh") << "tanh" << int(actviz::MlpInit::Xavier);
    QTest::newRow("relu") << "relu" << int(actviz::MlpInit::He);
}

void TestMlp::learnsXor()
{
    QFETCH(QString, id);
    QFETCH(int, init);
    const actviz::ToyData d = xorData();
    MlpConfig c; // {8, 8}, Adam, lr 0.03, full batch
    c.init = static_cast<actviz::MlpInit>(init);
    Mlp net = makeNet(id, c);
    double acc = accuracy(net, d);
    while (acc < 0.95 && net.steps() < 2000) {
        net.step(d.x, d.y, d.trainRows);
        acc = accuracy(net, d);
    }
    QVERIFY2(acc >= 0.95, qPrintable(QString("accuracy %1 after %2 steps").arg(acc).arg(net.steps())));
}

// A stack of linear layers is one linear map: its boundary is a line, which cannot separate the
// XOR clusters (at best three of the four are right).
void TestMlp::linearStackCannotLearnXor()
{
    const actviz::ToyData d = xorData();
    Mlp net = makeNet("identity", MlpConfig{});
    for (int s = 0; s < 2000; ++s)
        net.step(d.x, d.y, d.trainRows);
    const double acc = accuracy(net, d);
    QVERIFY2(acc <= 0.75, qPrintable(QString("accuracy %1").arg(acc)));
}

void TestMlp::lossIsFiniteAtHugeLogits_data()
{
    QTest::addColumn<double>("logit");
    QTest::addColumn<double>("label");
    QTest::addColumn<double>("expectedLoss");     // softplus(∓logit), exact in double here
    QTest::addColumn<double>("expectedGradient"); // ∂L/∂b_out = σ(logit) − y
    QTest::newRow("+1000, y = 1") << 1000.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("+1000, y = 0") << 1000.0 << 0.0 << 1000.0 << 1.0;
    QTest::newRow("-1000, y = 1") << -1000.0 << 1.0 << 1000.0 << -1.0;
    QTest::newRow("-1000, y = 0") << -1000.0 << 0.0 << 0.0 << 0.0;
    // softplus(-40) = log1p(e^-40) = 4.248354255291589e-18 (mpmath), where 1 − σ(40) would be 0.
    QTest::newRow("+40, y = 1") << 40.0 << 1.0 << 4.248354255291589e-18 << -4.248354255291589e-18;
}

// All weights 0 and the output bias = logit: every row's logit is exactly that.
void TestMlp::lossIsFiniteAtHugeLogits()
{
    QFETCH(double, logit);
    QFETCH(double, label);
    QFETCH(double, expectedLoss);
    QFETCH(double, expectedGradient);
    Mlp net = makeNet("tanh", MlpConfig{});
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(net.parameters().size());
    theta[theta.size() - 1] = logit;
    net.setParameters(theta);
    const Eigen::MatrixXd x = Eigen::MatrixXd::Constant(4, 2, 0.5);
    const Eigen::VectorXd y = Eigen::VectorXd::Constant(4, label);
    const double loss = net.loss(x, y, 0, 4);
    QVERIFY(std::isfinite(loss));
    QVERIFY2(std::fabs(loss - expectedLoss) <= 1e-15 * expectedLoss, qPrintable(num(loss)));
    const Eigen::VectorXd g = net.gradient(x, y, 4);
    QVERIFY(g.allFinite());
    const double gb = g[g.size() - 1];
    QVERIFY2(std::fabs(gb - expectedGradient) <= 1e-15 * std::fabs(expectedGradient), qPrintable(num(gb)));
    const Eigen::VectorXd p = net.predict(x);
    QCOMPARE(p[0], logit > 0 ? 1.0 : 0.0);
    QCOMPARE(net.step(x, y, 4).loss, loss);
}

// Biases of −100 put every hidden pre-activation far below 0: relu′ = 0 on every row, so every
// unit is dead (and saturated), in every layer; nothing reaches the hidden weights.
void TestMlp::deadReluLayers()
{
    const actviz::ToyData d = xorData();
    MlpConfig c;
    c.hidden = {4, 5, 6};
    c.init = actviz::MlpInit::He;
    Mlp net = makeNet("relu", c);
    Eigen::VectorXd theta = net.parameters();
    Eigen::Index at = 0;
    int fanIn = 2;
    for (int units : c.hidden) {
        at += units * fanIn;
        theta.segment(at, units).setConstant(-100.0);
        at += units;
        fanIn = units;
    }
    net.setParameters(theta);
    const actviz::MlpStep s = net.step(d.x, d.y, d.trainRows);
    QCOMPARE(int(s.layers.size()), 3);
    for (const actviz::MlpLayerStats &l : s.layers) {
        QCOMPARE(l.deadFraction, 1.0);
        QCOMPARE(l.saturatedFraction, 1.0);
        QCOMPARE(l.meanAbsWeightGradient, 0.0);
    }
}

void TestMlp::statisticsOfHealthyNet()
{
    const actviz::ToyData d = xorData();
    MlpConfig c;
    c.hidden = {8, 8, 8, 8};
    Mlp net = makeNet("tanh", c);
    const actviz::MlpStep s = net.step(d.x, d.y, d.trainRows);
    QCOMPARE(int(s.layers.size()), net.hiddenLayers());
    QVERIFY(std::isfinite(s.loss) && s.loss > 0.0);
    for (const actviz::MlpLayerStats &l : s.layers) {
        QCOMPARE(l.deadFraction, 0.0);      // tanh′ > 0 everywhere
        QCOMPARE(l.saturatedFraction, 0.0); // |z| ≲ 2 at Xavier scale: tanh′ ≫ 0.05
        QVERIFY(l.meanAbsWeightGradient > 0.0 && std::isfinite(l.meanAbsWeightGradient));
    }
}

void TestMlp::stepsPerEpoch_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("trainRows");
    QTest::addColumn<int>("expected");
    QTest::newRow("full batch") << 0 << 140 << 1;
    QTest::newRow("32 of 140: the last batch has 12") << 32 << 140 << 5;
    QTest::newRow("35 of 140") << 35 << 140 << 4;
    QTest::newRow("1 of 140") << 1 << 140 << 140;
    QTest::newRow("batch = rows") << 140 << 140 << 1;
    QTest::newRow("batch > rows: full batch") << 500 << 140 << 1;
}

void TestMlp::stepsPerEpoch()
{
    QFETCH(int, batchSize);
    QFETCH(int, trainRows);
    QFETCH(int, expected);
    MlpConfig c;
    c.batchSize = batchSize;
    QCOMPARE(makeNet("tanh", c).stepsPerEpoch(trainRows), expected);
}

void TestMlp::noTrainingRows()
{
    const actviz::ToyData d = xorData();
    Mlp net = makeNet("tanh", MlpConfig{});
    const Eigen::VectorXd before = net.parameters();
    const actviz::MlpStep s = net.step(d.x, d.y, 0);
    QVERIFY(std::isnan(s.loss));
    QCOMPARE(int(s.layers.size()), 2);
    QCOMPARE(net.steps(), 0);
    QVERIFY(identical(net.parameters(), before));
}

void TestMlp::predictIsSigmoidOfLogits()
{
    const actviz::ToyData d = xorData();
    Mlp net = makeNet("relu", MlpConfig{});
    for (int s = 0; s < 50; ++s)
        net.step(d.x, d.y, d.trainRows);
    const Eigen::VectorXd z = net.logits(d.x);
    const Eigen::VectorXd p = net.predict(d.x);
    QCOMPARE(z.size(), d.x.rows());
    for (Eigen::Index i = 0; i < z.size(); ++i)
        QVERIFY(std::fabs(p[i] - 1.0 / (1.0 + std::exp(-z[i]))) <= 1e-15);
    // loss() of a block is the mean of the rows' losses (200 rows: two halves of 100).
    const double whole = net.loss(d.x, d.y, 0, 200);
    QVERIFY(std::fabs(whole - 0.5 * (net.loss(d.x, d.y, 0, 100) + net.loss(d.x, d.y, 100, 100))) <= 1e-14 * whole);
}

void TestMlp::errors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Params>("params");
    QTest::addColumn<MlpConfig>("config");
    QTest::addColumn<QString>("message"); // a part of the error that names the value
    const Params none;
    const auto with = [](auto change) {
        MlpConfig c;
        change(c);
        return c;
    };
    QTest::newRow("no hidden layer") << "tanh" << none << with([](MlpConfig &c) { c.hidden = {}; })
                                     << "hidden layers must be between 1 and 6 (got 0)";
    QTest::newRow("7 hidden layers") << "tanh" << none << with([](MlpConfig &c) { c.hidden.assign(7, 4); })
                                     << "(got 7)";
    QTest::newRow("0 units") << "tanh" << none << with([](MlpConfig &c) {
        c.hidden = {8, 0};
    }) << "hidden layer 2 must have between 1 and 16 units (got 0)";
    QTest::newRow("17 units") << "tanh" << none << with([](MlpConfig &c) { c.hidden = {17}; }) << "(got 17)";
    QTest::newRow("rate 0") << "tanh" << none << with([](MlpConfig &c) { c.learningRate = 0; })
                            << "learning rate must be > 0 and ≤ 10 (got 0)";
    QTest::newRow("rate 11") << "tanh" << none << with([](MlpConfig &c) { c.learningRate = 11; }) << "(got 11)";
    QTest::newRow("rate NaN") << "tanh" << none << with([](MlpConfig &c) { c.learningRate = std::nan(""); })
                              << "(got nan)";
    QTest::newRow("batch -1") << "tanh" << none << with([](MlpConfig &c) { c.batchSize = -1; }) << "(got -1)";
    QTest::newRow("epsilon -1") << "tanh" << none << with([](MlpConfig &c) { c.epsilon = -1; }) << "(got -1)";
    QTest::newRow("celu α = 0") << "celu" << Params{0.0, 0.0} << MlpConfig{}
                                << "alpha = 0 is outside the domain of celu";
}

void TestMlp::errors()
{
    QFETCH(QString, id);
    QFETCH(Params, params);
    QFETCH(MlpConfig, config);
    QFETCH(QString, message);
    auto net = Mlp::create(config, act(id), params);
    QVERIFY(!net);
    QVERIFY2(QString::fromStdString(net.error()).contains(message), net.error().c_str());
}

QTEST_GUILESS_MAIN(TestMlp)
#include "tst_mlp.moc"
