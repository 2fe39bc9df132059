// SPDX-License-Identifier: MIT
// The derivatives of softmax and the loss on top of it: the Jacobian, the cross-entropy against a
// target class and its gradient, against closed forms and mpmath values (mp.dps = 50; the
// expression is in the comment beside each constant).
#include "softmax.h"
#include "softmaxcompare.h"

#include <QList>
#include <QTest>
#include <cfloat>
#include <cmath>
#include <limits>

using actviz::crossEntropy;
using actviz::crossEntropyGradient;
using actviz::softmax;
using actviz::softmaxJacobian;
using coretest::close;
using coretest::compareVectors;
using coretest::kUlps;
using coretest::vec;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

class TestSoftmaxGradients : public QObject
{
    Q_OBJECT

private slots:
    void jacobianRowsSumToZero_data();
    void jacobianRowsSumToZero();
    void jacobianTwoClasses_data();
    void jacobianTwoClasses();
    void jacobianAccurateNearCertainty();
    void crossEntropyValues_data();
    void crossEntropyValues();
    void crossEntropyGradientValues_data();
    void crossEntropyGradientValues();
    void targetOutOfRange_data();
    void targetOutOfRange();
};

void TestSoftmaxGradients::jacobianRowsSumToZero_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<double>("temperature");
    QTest::newRow("1,2,3") << QList<double>{1, 2, 3} << 1.0;
    QTest::newRow("huge") << QList<double>{1000, 1001, 1002} << 1.0;
    QTest::newRow("dominant entry") << QList<double>{0, -40, -30} << 1.0;
    QTest::newRow("with mask, T=0.3") << QList<double>{0.5, -kInf, 0.2, -1} << 0.3;
    QList<double> many;
    for (int i = 0; i < 50; ++i)
        many << std::cos(i) * 5.0;
    QTest::newRow("50 entries") << many << 2.0;
}

void TestSoftmaxGradients::jacobianRowsSumToZero()
{
    QFETCH(QList<double>, z);
    QFETCH(double, temperature);
    const auto j = softmaxJacobian(vec(z), temperature);
    const auto s = softmax(vec(z), temperature);
    QVERIFY(j && s);
    QCOMPARE(j->rows(), z.size());
    QCOMPARE(j->cols(), z.size());
    QCOMPARE((*j - j->transpose()).cwiseAbs().maxCoeff(), 0.0);
    for (Eigen::Index i = 0; i < j->rows(); ++i) {
        // Each row is s_i·(e_i − s), so its sum is s_i·(1 − Σs): zero up to rounding of s_i.
        const double scale = (*s)[i] / temperature;
        QVERIFY2(std::fabs(j->row(i).sum()) <= 4 * DBL_EPSILON * scale + DBL_MIN,
                 QByteArray::number(j->row(i).sum(), 'g', 17).constData());
        QVERIFY((*j)(i, i) >= 0.0);
    }
}

void TestSoftmaxGradients::jacobianTwoClasses_data()
{
    QTest::addColumn<double>("z0");
    QTest::addColumn<double>("z1");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("diagonal");
    // n = 2: s_0 = σ((z0−z1)/T) and J = s0·s1/T · [[1, −1], [−1, 1]].
    // s = softmax([0.5, -1.25]/1.5); s[0]*s[1]/1.5
    QTest::newRow("0.5,-1.25 at T=1.5") << 0.5 << -1.25 << 1.5 << 0.12071447541261927;
    // σ(0)σ(0) = 1/4
    QTest::newRow("equal") << 2.0 << 2.0 << 1.0 << 0.25;
    // σ(40)σ(-40) = exp(-40)/(1+exp(-40))**2: s0 − s0² would be 0 here
    QTest::newRow("0,-40") << 0.0 << -40.0 << 1.0 << 4.248354255291589e-18;
    QTest::newRow("-40,0") << -40.0 << 0.0 << 1.0 << 4.248354255291589e-18;
}

void TestSoftmaxGradients::jacobianTwoClasses()
{
    QFETCH(double, z0);
    QFETCH(double, z1);
    QFETCH(double, temperature);
    QFETCH(double, diagonal);
    const auto j = softmaxJacobian(Eigen::Vector2d(z0, z1), temperature);
    QVERIFY(j);
    QVERIFY(close((*j)(0, 0), diagonal, kUlps));
    QVERIFY(close((*j)(1, 1), diagonal, kUlps));
    QVERIFY(close((*j)(0, 1), -diagonal, kUlps));
    QVERIFY(close((*j)(1, 0), -diagonal, kUlps));
}

void TestSoftmaxGradients::jacobianAccurateNearCertainty()
{
    // Three classes, one dominant: J_00 = s0(1 − s0) = s0(s1 + s2).
    // s = softmax([0,-40,-45]); s[0]*(s[1]+s[2]) in mpmath
    const auto j = softmaxJacobian(Eigen::Vector3d(0, -40, -45), 1.0);
    QVERIFY(j);
    QVERIFY2(close((*j)(0, 0), 4.276979441097083e-18, kUlps), QByteArray::number((*j)(0, 0), 'g', 17).constData());
}

void TestSoftmaxGradients::crossEntropyValues_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("expected");
    // log(e+e²+e³) − z_t
    QTest::newRow("1,2,3 target 0") << QList<double>{1, 2, 3} << qint64(0) << 1.0 << 2.40760596444438;
    QTest::newRow("1,2,3 target 2") << QList<double>{1, 2, 3} << qint64(2) << 1.0 << 0.4076059644443803;
    QTest::newRow("1000,1001,1002 target 2")
        << QList<double>{1000, 1001, 1002} << qint64(2) << 1.0 << 0.4076059644443803;
    // log(e²+e⁴+e⁶) − 4
    QTest::newRow("1,2,3 target 1 at T=0.5") << QList<double>{1, 2, 3} << qint64(1) << 0.5 << 2.1429316284998996;
    // log1p(exp(-40)): a confident right answer, tiny but not 0
    QTest::newRow("confident, right") << QList<double>{0, -40} << qint64(0) << 1.0 << 4.248354255291589e-18;
    // 1000 + log1p(exp(-1000))
    QTest::newRow("confident, wrong") << QList<double>{1000, 0} << qint64(1) << 1.0 << 1000.0;
    QTest::newRow("uniform: log 4") << QList<double>{9, 9, 9, 9} << qint64(3) << 1.0 << 1.3862943611198906;
    QTest::newRow("masked target") << QList<double>{1, -kInf} << qint64(1) << 1.0 << kInf;
    QTest::newRow("single class") << QList<double>{-3} << qint64(0) << 1.0 << 0.0;
}

void TestSoftmaxGradients::crossEntropyValues()
{
    QFETCH(QList<double>, z);
    QFETCH(qint64, target);
    QFETCH(double, temperature);
    QFETCH(double, expected);
    const auto ce = crossEntropy(vec(z), target, temperature);
    QVERIFY2(ce, ce ? "" : ce.error().c_str());
    QVERIFY2(close(*ce, expected, kUlps), QByteArray::number(*ce, 'g', 17).constData());
    QVERIFY(*ce >= 0.0);
}

void TestSoftmaxGradients::crossEntropyGradientValues_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<QList<double>>("expected");
    // softmax([1,2,3]) − [0,0,1]
    QTest::newRow("1,2,3 target 2") << QList<double>{1, 2, 3} << qint64(2) << 1.0
                                    << QList<double>{0.09003057317038046, 0.24472847105479764, -0.3347590442251781};
    // (softmax([1,2,3]/2) − [1,0,0])/2
    QTest::newRow("1,2,3 target 0 at T=2") << QList<double>{1, 2, 3} << qint64(0) << 2.0
                                           << QList<double>{-0.4068381383870762, 0.1535979428592492, 0.253240195527827};
    // [σ(40) − 1, σ(−40)] = [−exp(-40)/(1+exp(-40)), exp(-40)/(1+exp(-40))]: σ(40) − 1 would round to 0
    QTest::newRow("confident, right") << QList<double>{0, -40} << qint64(0) << 1.0
                                      << QList<double>{-4.248354255291589e-18, 4.248354255291589e-18};
    QTest::newRow("masked target") << QList<double>{-kInf, 0} << qint64(0) << 1.0 << QList<double>{-1.0, 1.0};
}

void TestSoftmaxGradients::crossEntropyGradientValues()
{
    QFETCH(QList<double>, z);
    QFETCH(qint64, target);
    QFETCH(double, temperature);
    QFETCH(QList<double>, expected);
    const auto g = crossEntropyGradient(vec(z), target, temperature);
    QVERIFY2(g, g ? "" : g.error().c_str());
    compareVectors(*g, expected, kUlps);
}

void TestSoftmaxGradients::targetOutOfRange_data()
{
    QTest::addColumn<qint64>("target");
    QTest::newRow("-1") << qint64(-1);
    QTest::newRow("n") << qint64(3);
    QTest::newRow("far") << qint64(40);
}

void TestSoftmaxGradients::targetOutOfRange()
{
    QFETCH(qint64, target);
    const Eigen::Vector3d z(1, 2, 3);
    const auto ce = crossEntropy(z, target);
    QVERIFY(!ce);
    QVERIFY2(ce.error().find("target class " + std::to_string(target)) != std::string::npos, ce.error().c_str());
    const auto g = crossEntropyGradient(z, target);
    QVERIFY(!g);
    QCOMPARE(g.error(), ce.error());
}

QTEST_GUILESS_MAIN(TestSoftmaxGradients)
#include "tst_softmaxgradients.moc"
