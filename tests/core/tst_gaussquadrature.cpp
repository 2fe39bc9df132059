// SPDX-License-Identifier: MIT
// Quadrature against the normal density: Gauss–Hermite nodes and weights against mpmath's
// gauss_quadrature(n, 'hermite') (mp.dps = 50, mapped to N(0, 1): t = √2·x, w/√π), moments of Z,
// the adaptive Gauss–Kronrod integrator on kinked and singular integrands, and normal masses
// against mpmath's ncdf.
#include "gaussquadrature.h"

#include <QTest>

#include <cmath>
#include <limits>

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

bool close(double actual, double expected, double rtol)
{
    return actual == expected || std::fabs(actual - expected) <= rtol * std::fabs(expected);
}

QByteArray show(double actual, double expected)
{
    return QByteArray::number(actual, 'g', 17) + ", expected " + QByteArray::number(expected, 'g', 17);
}

} // namespace

class TestGaussQuadrature : public QObject
{
    Q_OBJECT

private slots:
    void hermiteNodes_data();
    void hermiteNodes();
    void hermiteMoments_data();
    void hermiteMoments();
    void hermiteSizes();
    void adaptive_data();
    void adaptive();
    void normalMass_data();
    void normalMass();
};

void TestGaussQuadrature::hermiteNodes_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("node");
    QTest::addColumn<double>("weight");
    QTest::addColumn<double>("rtol");
    QTest::newRow("n=5 centre: 8/15") << 5 << 2 << 0.0 << 0.53333333333333333333 << 1e-15;
    QTest::newRow("n=5 first") << 5 << 3 << 1.3556261799742658658 << 0.2220759220056126444 << 1e-15;
    QTest::newRow("n=5 outer") << 5 << 4 << 2.8569700138728056542 << 0.011257411327720688933 << 1e-15;
    QTest::newRow("n=100 innermost") << 100 << 50 << 0.15668902543477310125 << 0.12349694152861055603 << 1e-14;
    // The outermost weight, 3e-79, is pure rounding in the eigenvectors; the Christoffel form
    // keeps its digits.
    QTest::newRow("n=100 outermost") << 100 << 99 << 18.959636217387705887 << 3.3332703483438381719e-79 << 1e-13;
    QTest::newRow("n=100 leftmost") << 100 << 0 << -18.959636217387705887 << 3.3332703483438381719e-79
                                            << 1e-13;
    QTest::newRow("n=100 next") << 100 << 1 << -18.135591526882358102 << 1.1130673861390253951e-72 << 1e-13;
}

void TestGaussQuadrature::hermiteNodes()
{
    QFETCH(int, n);
    QFETCH(int, index);
    QFETCH(double, node);
    QFETCH(double, weight);
    QFETCH(double, rtol);
    const actviz::QuadratureRule r = actviz::normalGaussHermite(n);
    QCOMPARE(r.nodes.size(), n);
    QVERIFY2(close(r.nodes[index], node, 1e-15) || std::fabs(r.nodes[index] - node) < 1e-15,
             show(r.nodes[index], node).constData());
    QVERIFY2(close(r.weights[index], weight, rtol), show(r.weights[index], weight).constData());
    QVERIFY(std::fabs(r.weights.sum() - 1.0) < 4e-16 * n);
    for (int i = 0; i < n; ++i) { // exactly symmetric
        QCOMPARE(r.nodes[i], -r.nodes[n - 1 - i]);
        QCOMPARE(r.weights[i], r.weights[n - 1 - i]);
    }
}

void TestGaussQuadrature::hermiteMoments_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("power");
    QTest::addColumn<double>("expected"); // E[Z^power] = (power − 1)!! for even powers
    QTest::newRow("n=2, E[Z²] = 1") << 2 << 2 << 1.0;
    QTest::newRow("n=2, E[Z³] = 0") << 2 << 3 << 0.0;
    QTest::newRow("n=10, E[Z¹⁸] = 17!!") << 10 << 18 << 34459425.0;
    QTest::newRow("n=100, E[Z²⁰] = 19!!") << 100 << 20 << 654729075.0;
    QTest::newRow("n=100, E[Z⁴⁰] = 39!!") << 100 << 40 << 3.1983098677287777e23;
}

void TestGaussQuadrature::hermiteMoments()
{
    QFETCH(int, n);
    QFETCH(int, power);
    QFETCH(double, expected);
    const actviz::QuadratureRule r = actviz::normalGaussHermite(n);
    const double m = (r.weights * r.nodes.pow(power)).sum();
    if (expected == 0.0)
        QVERIFY(std::fabs(m) < 1e-15);
    else
        QVERIFY2(close(m, expected, 1e-13), show(m, expected).constData());
}

void TestGaussQuadrature::hermiteSizes()
{
    QCOMPARE(actviz::normalGaussHermite(0).nodes.size(), 0);
    QCOMPARE(actviz::normalGaussHermite(201).nodes.size(), 0);
    const actviz::QuadratureRule one = actviz::normalGaussHermite(1);
    QCOMPARE(one.nodes[0], 0.0);
    QCOMPARE(one.weights[0], 1.0);
    // E[cos Z] = e^(−1/2), an entire integrand: converged to the last bit at n = 64.
    const actviz::QuadratureRule r = actviz::normalGaussHermite(64);
    QVERIFY(close((r.weights * r.nodes.cos()).sum(), 0.6065306597126334236, 1e-15));
}

void TestGaussQuadrature::adaptive_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QList<double>>("cuts");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("rtol");
    // 0: |t| with the kink as a breakpoint; 1: √t, whose derivative is infinite at 0;
    // 2: the standard normal density on [−40, 40]; 3: a jump at 0.3 that is not a breakpoint.
    QTest::newRow("|t| on [-1, 2], kink at 0") << 0 << QList<double>{-1, 0, 2} << 2.5 << 1e-15;
    QTest::newRow("√t on [0, 1]") << 1 << QList<double>{0, 1} << 2.0 / 3.0 << 1e-12;
    QTest::newRow("φ on [-40, 40]") << 2 << QList<double>{-40, 0, 40} << 1.0 << 1e-14;
    QTest::newRow("step at 0.3 inside [0, 1]") << 3 << QList<double>{0, 1} << 0.7 << 1e-9;
}

void TestGaussQuadrature::adaptive()
{
    QFETCH(int, which);
    QFETCH(QList<double>, cuts);
    QFETCH(double, expected);
    QFETCH(double, rtol);
    const auto g = [which](double t, double *out) {
        switch (which) {
        case 0: out[0] = std::fabs(t); break;
        case 1: out[0] = std::sqrt(t); break;
        case 2: out[0] = 0.3989422804014327 * std::exp(-0.5 * t * t); break;
        default: out[0] = t >= 0.3 ? 1.0 : 0.0; break;
        }
        out[1] = -2.0 * out[0]; // a second component, integrated alongside
    };
    const actviz::AdaptiveIntegral r = actviz::integrateAdaptive(g, 2, std::vector<double>(cuts.begin(), cuts.end()));
    QVERIFY2(close(r.values[0], expected, rtol), show(r.values[0], expected).constData());
    QVERIFY(close(r.values[1], -2.0 * expected, rtol));
    QVERIFY(r.errors[0] >= 0.0);
    QVERIFY(r.intervals >= 1);
}

void TestGaussQuadrature::normalMass_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("expected"); // ncdf(b) − ncdf(a)
    QTest::addColumn<double>("rtol");
    QTest::newRow("left half") << -kInf << 0.0 << 0.5 << 0.0;
    QTest::newRow("all") << -kInf << kInf << 1.0 << 0.0;
    QTest::newRow("±1") << -1.0 << 1.0 << 0.68268949213708589717 << 2e-16;
    QTest::newRow("upper tail from 5") << 5.0 << kInf << 2.8665157187919391167e-7 << 2e-15;
    QTest::newRow("[-40, -30], deep in the tail") << -40.0 << -30.0 << 4.9067139271481870595e-198 << 2e-15;
    QTest::newRow("empty") << 1.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("reversed") << 1.0 << -1.0 << 0.0 << 0.0;
}

void TestGaussQuadrature::normalMass()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, expected);
    QFETCH(double, rtol);
    const double m = actviz::normalMass(a, b);
    QVERIFY2(close(m, expected, rtol), show(m, expected).constData());
}

QTEST_GUILESS_MAIN(TestGaussQuadrature)
#include "tst_gaussquadrature.moc"
