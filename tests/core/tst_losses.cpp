// SPDX-License-Identifier: MIT
// Binary cross-entropy and squared error of a sigmoid output against mpmath (mp.dps = 40,
// sig(z) = 1/(1+exp(-z)); each expression is beside its constants), and the point of the loss
// view: for a confidently wrong prediction the MSE gradient vanishes and the BCE gradient does not.
#include "losses.h"
#include "softmax.h"

#include <QTest>

#include <cmath>
#include <limits>

using actviz::BinaryTarget;

Q_DECLARE_METATYPE(actviz::BinaryTarget)

namespace {

double at(Eigen::ArrayXd (*fn)(const Eigen::ArrayXd &, BinaryTarget), double z, BinaryTarget y)
{
    return fn(Eigen::ArrayXd::Constant(1, z), y)[0];
}

bool close(double actual, double expected, double rtol)
{
    return actual == expected || std::fabs(actual - expected) <= rtol * std::fabs(expected);
}

QByteArray show(double actual, double expected)
{
    return QByteArray::number(actual, 'g', 17) + ", expected " + QByteArray::number(expected, 'g', 17);
}

} // namespace

class TestLosses : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void bceGradientIsSigmoidMinusTarget_data();
    void bceGradientIsSigmoidMinusTarget();
    void mseGradientVanishesWhenConfidentlyWrong();
    void curves();
    void targets_data();
    void targets();
    void multiClassIsInSoftmax();
};

void TestLosses::values_data()
{
    QTest::addColumn<double>("z");
    QTest::addColumn<BinaryTarget>("y");
    QTest::addColumn<double>("bce");   // log1p(exp(-z)) for y = 1, log1p(exp(z)) for y = 0
    QTest::addColumn<double>("mse");   // (sig(z) - y)^2
    QTest::addColumn<double>("dbce");  // sig(z) - y
    QTest::addColumn<double>("dmse");  // 2*(sig(z) - y)*sig(z)*sig(-z)
    const auto one = BinaryTarget::One;
    const auto zero = BinaryTarget::Zero;
    QTest::newRow("z=0 y=1") << 0.0 << one << 0.69314718055994530942 << 0.25 << -0.5 << -0.25;
    QTest::newRow("z=0 y=0") << 0.0 << zero << 0.69314718055994530942 << 0.25 << 0.5 << 0.25;
    QTest::newRow("z=3 y=1") << 3.0 << one << 0.048587351573742058759 << 0.0022492134466546482295
                             << -0.047425873177566780879 << -0.0042850850699686540329;
    QTest::newRow("z=3 y=0") << 3.0 << zero << 3.0485873515737420588 << 0.90739746709152108647
                             << 0.95257412682243321912 << 0.086068234391855611266;
    QTest::newRow("z=-10 y=1: confidently wrong") << -10.0 << one << 10.000045398899216865 << 0.99990920632356161393
                                                  << -0.99995460213129756561 << -9.0787493726064866686e-5;
    QTest::newRow("z=-10 y=0: confidently right") << -10.0 << zero << 4.5398899216864646747e-5
                                                  << 2.0609664827234723342e-9 << 4.5397868702434394505e-5
                                                  << 4.1217458384753790719e-9;
    // Tails that a naive log(σ) or 1 − σ would round to 0:
    QTest::newRow("z=40 y=1") << 40.0 << one << 4.2483542552915889863e-18 << 1.8048513878454151570e-35
                              << -4.2483542552915889773e-18 << -3.6097027756908302986e-35;
    QTest::newRow("z=-40 y=0") << -40.0 << zero << 4.2483542552915889863e-18 << 1.8048513878454151570e-35
                               << 4.2483542552915889773e-18 << 3.6097027756908302986e-35;
    QTest::newRow("z=-40 y=1") << -40.0 << one << 40.000000000000000004 << 0.99999999999999999150
                               << -0.99999999999999999575 << -8.4967085105831778824e-18;
}

void TestLosses::values()
{
    QFETCH(double, z);
    QFETCH(BinaryTarget, y);
    QFETCH(double, bce);
    QFETCH(double, mse);
    QFETCH(double, dbce);
    QFETCH(double, dmse);
    constexpr double rtol = 4e-16;
    QVERIFY2(close(at(actviz::bceLoss, z, y), bce, rtol), show(at(actviz::bceLoss, z, y), bce).constData());
    QVERIFY2(close(at(actviz::mseLoss, z, y), mse, rtol), show(at(actviz::mseLoss, z, y), mse).constData());
    QVERIFY2(close(at(actviz::bceGradient, z, y), dbce, rtol), show(at(actviz::bceGradient, z, y), dbce).constData());
    QVERIFY2(close(at(actviz::mseGradient, z, y), dmse, 8e-16), show(at(actviz::mseGradient, z, y), dmse).constData());
}

void TestLosses::bceGradientIsSigmoidMinusTarget_data()
{
    QTest::addColumn<BinaryTarget>("y");
    QTest::newRow("y=0") << BinaryTarget::Zero;
    QTest::newRow("y=1") << BinaryTarget::One;
}

// The closed form σ(z) − y on a grid where σ(z) − y has no cancellation problem, and the
// defining relation between the two gradients, dMSE/dz = 2(σ − y)·σ(1 − σ) = 2·dBCE/dz·σ(1 − σ).
void TestLosses::bceGradientIsSigmoidMinusTarget()
{
    QFETCH(BinaryTarget, y);
    const Eigen::ArrayXd z = Eigen::ArrayXd::LinSpaced(201, -8.0, 8.0);
    const Eigen::ArrayXd g = actviz::bceGradient(z, y);
    const Eigen::ArrayXd m = actviz::mseGradient(z, y);
    const double target = y == BinaryTarget::One ? 1.0 : 0.0;
    for (Eigen::Index i = 0; i < z.size(); ++i) {
        const double s = 1.0 / (1.0 + std::exp(-z[i]));
        QVERIFY2(std::fabs(g[i] - (s - target)) <= 1e-15, QByteArray::number(z[i]).constData());
        QVERIFY2(close(m[i], 2.0 * g[i] * s * (1.0 - s), 1e-12), QByteArray::number(z[i]).constData());
    }
}

void TestLosses::mseGradientVanishesWhenConfidentlyWrong()
{
    const double dmse = at(actviz::mseGradient, -10.0, BinaryTarget::One);
    const double dbce = at(actviz::bceGradient, -10.0, BinaryTarget::One);
    QVERIFY2(std::fabs(dmse) < 1e-4, QByteArray::number(dmse).constData());
    QVERIFY2(std::fabs(std::fabs(dbce) - 1.0) < 1e-4, QByteArray::number(dbce).constData());
    // Both push in the right direction (towards larger z).
    QVERIFY(dmse < 0.0 && dbce < 0.0);
}

void TestLosses::curves()
{
    const auto c = actviz::binaryLossCurves(BinaryTarget::One, -10.0, 10.0, 201);
    QVERIFY(c);
    QCOMPARE(c->z.size(), 201);
    QCOMPARE(c->z[0], -10.0);
    QCOMPARE(c->z[200], 10.0);
    QCOMPARE(c->bce[100], std::log(2.0));
    QCOMPARE(c->mseGradient[100], -0.25);
    QVERIFY(!actviz::binaryLossCurves(BinaryTarget::One, 1.0, 1.0, 10));
    QVERIFY(!actviz::binaryLossCurves(BinaryTarget::One, -1.0, std::numeric_limits<double>::infinity(), 10));
    QVERIFY(!actviz::binaryLossCurves(BinaryTarget::Zero, -1.0, 1.0, 1));
}

void TestLosses::targets_data()
{
    QTest::addColumn<int>("y");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0") << 0 << true;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("2") << 2 << false;
    QTest::newRow("-1") << -1 << false;
}

void TestLosses::targets()
{
    QFETCH(int, y);
    QFETCH(bool, valid);
    const auto t = actviz::binaryTarget(y);
    QCOMPARE(bool(t), valid);
    if (valid)
        QCOMPARE(int(*t), y);
    else
        QVERIFY(QString::fromStdString(t.error()).contains("0 or 1"));
}

// Multi-class uses softmax.h: the cross-entropy of a logit vector and its gradient s − onehot.
// For [1, 2, 3] and target 2: −log(e³/(e + e² + e³)) = 0.40760596444438030, gradient
// [0.0900306, 0.2447285, 0.6652410 − 1].
void TestLosses::multiClassIsInSoftmax()
{
    const Eigen::Vector3d z(1.0, 2.0, 3.0);
    const auto ce = actviz::crossEntropy(z, 2);
    QVERIFY(ce);
    QVERIFY(close(*ce, 0.40760596444438030, 1e-15));
    const auto g = actviz::crossEntropyGradient(z, 2);
    QVERIFY(g);
    QVERIFY(close((*g)[2], 0.6652409557748219 - 1.0, 1e-15));
    QVERIFY(std::fabs(g->sum()) < 1e-15);
}

QTEST_GUILESS_MAIN(TestLosses)
#include "tst_losses.moc"
