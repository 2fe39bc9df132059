// SPDX-License-Identifier: MIT
// Gradient flow through depth, the bound: (sup |f'|)^L against closed forms and mpmath maxima of
// f' (mp.dps = 40; the expression is beside each constant). The depth simulation is in
// tst_depthsimulation.cpp.
#include "activationlookup.h"
#include "gradientflow.h"
#include "registry.h"

#include <QTest>

#include <cmath>
#include <limits>

using coretest::act;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

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
    const actviz::Activation &f = act(id);
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
    const actviz::Activation &f = act(id);
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
    const actviz::Activation &f = act(id);
    actviz::Params p = f.defaults();
    p.alpha = alpha;
    const auto sup = actviz::supAbsDerivative(f, p, lo, hi);
    QVERIFY(!sup);
    QVERIFY2(QString::fromStdString(sup.error()).contains(message), sup.error().c_str());
}

QTEST_GUILESS_MAIN(TestGradientFlow)
#include "tst_gradientflow.moc"
