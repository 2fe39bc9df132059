// SPDX-License-Identifier: MIT
// Softmax, log-softmax, Jacobian and cross-entropy against closed forms and mpmath values
// (mp.dps = 50; the expression is in the comment beside each constant).
#include "softmax.h"

#include <QList>
#include <QTest>
#include <cfloat>
#include <cmath>
#include <limits>

using actviz::crossEntropy;
using actviz::crossEntropyGradient;
using actviz::logSoftmax;
using actviz::softmax;
using actviz::softmaxJacobian;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// A few ulp: each result goes through exp, one sum and one division (or log1p).
constexpr double kUlps = 8 * DBL_EPSILON;

Eigen::VectorXd vec(const QList<double> &v)
{
    return Eigen::Map<const Eigen::VectorXd>(v.data(), v.size());
}

// Relative comparison that treats equal infinities and exact zeros as equal.
bool close(double actual, double expected, double rtol)
{
    if (actual == expected)
        return true;
    return std::fabs(actual - expected) <= rtol * std::fabs(expected);
}

QByteArray describe(const Eigen::VectorXd &actual, const QList<double> &expected)
{
    QByteArray s = "actual [";
    for (Eigen::Index i = 0; i < actual.size(); ++i)
        s += QByteArray::number(actual[i], 'g', 17) + (i + 1 < actual.size() ? ", " : "");
    s += "] expected [";
    for (qsizetype i = 0; i < expected.size(); ++i)
        s += QByteArray::number(expected[i], 'g', 17) + (i + 1 < expected.size() ? ", " : "");
    return s + "]";
}

void compareVectors(const Eigen::VectorXd &actual, const QList<double> &expected, double rtol)
{
    QCOMPARE(actual.size(), expected.size());
    for (Eigen::Index i = 0; i < actual.size(); ++i)
        QVERIFY2(close(actual[i], expected[i], rtol), describe(actual, expected).constData());
}

} // namespace

class TestSoftmax : public QObject
{
    Q_OBJECT

private slots:
    void sumsToOne_data();
    void sumsToOne();
    void againstReference_data();
    void againstReference();
    void shiftInvariance_data();
    void shiftInvariance();
    void masksAreExactlyZero_data();
    void masksAreExactlyZero();
    void logSoftmaxAgainstReference_data();
    void logSoftmaxAgainstReference();
    void logSoftmaxIsLogOfSoftmax_data();
    void logSoftmaxIsLogOfSoftmax();
    void jacobianRowsSumToZero_data();
    void jacobianRowsSumToZero();
    void jacobianTwoClasses_data();
    void jacobianTwoClasses();
    void jacobianAccurateNearCertainty();
    void crossEntropyValues_data();
    void crossEntropyValues();
    void crossEntropyGradientValues_data();
    void crossEntropyGradientValues();
    void errors_data();
    void errors();
    void targetOutOfRange_data();
    void targetOutOfRange();
};

void TestSoftmax::sumsToOne_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<double>("temperature");
    QTest::newRow("1,2,3") << QList<double>{1, 2, 3} << 1.0;
    QTest::newRow("single entry") << QList<double>{42} << 1.0;
    QTest::newRow("huge positive") << QList<double>{1000, 1001, 1002} << 1.0;
    QTest::newRow("huge negative") << QList<double>{-1000, -1001} << 1.0;
    QTest::newRow("near DBL_MAX, both signs") << QList<double>{1e308, -1e308, 0} << 1.0;
    QTest::newRow("ties") << QList<double>{5, 5, 5, 5} << 1.0;
    QTest::newRow("with masks") << QList<double>{-kInf, 0.5, -kInf, -2} << 1.0;
    QTest::newRow("subnormal entries") << QList<double>{4.9e-324, -4.9e-324, 0} << 1.0;
    QTest::newRow("hot T=100") << QList<double>{-3, 7, 0.25} << 100.0;
    QTest::newRow("cold T=1e-3") << QList<double>{-3, 7, 6.999} << 1e-3;
    QTest::newRow("tiny T=1e-300") << QList<double>{1, 2} << 1e-300;
    QList<double> many;
    for (int i = 0; i < 1000; ++i)
        many << std::sin(i) * 30.0;
    QTest::newRow("1000 entries") << many << 1.0;
}

void TestSoftmax::sumsToOne()
{
    QFETCH(QList<double>, z);
    QFETCH(double, temperature);
    const auto s = softmax(vec(z), temperature);
    QVERIFY2(s, s ? "" : s.error().c_str());
    QVERIFY((s->array() >= 0.0).all() && (s->array() <= 1.0).all());
    QVERIFY2(std::fabs(s->sum() - 1.0) <= 4 * DBL_EPSILON, QByteArray::number(s->sum() - 1.0, 'g', 17).constData());
}

void TestSoftmax::againstReference_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<QList<double>>("expected");
    // [exp(z_i)/sum(exp(z_j)) for z_i in [1,2,3]]
    const QList<double> s123{0.09003057317038046, 0.24472847105479764, 0.6652409557748219};
    QTest::newRow("1,2,3") << QList<double>{1, 2, 3} << 1.0 << s123;
    QTest::newRow("1000,1001,1002 = shifted 1,2,3") << QList<double>{1000, 1001, 1002} << 1.0 << s123;
    // 1/(1+exp(-1)), exp(-1)/(1+exp(-1))
    QTest::newRow("-1000,-1001") << QList<double>{-1000, -1001} << 1.0
                                 << QList<double>{0.7310585786300049, 0.2689414213699951};
    // softmax of [1,2,3]/2 in mpmath
    QTest::newRow("1,2,3 at T=2") << QList<double>{1, 2, 3} << 2.0
                                  << QList<double>{0.1863237232258476, 0.3071958857184984, 0.506480391055654};
    // softmax of [100, 200, 300] in mpmath: exp(-200)/(1+exp(-100)+exp(-200)), ...
    QTest::newRow("1,2,3 at T=0.01") << QList<double>{1, 2, 3} << 0.01
                                     << QList<double>{1.3838965267367376e-87, 3.720075976020836e-44, 1.0};
    QTest::newRow("ties are uniform") << QList<double>{-7, -7, -7, -7} << 1.0 << QList<double>{0.25, 0.25, 0.25, 0.25};
    QTest::newRow("very hot is uniform") << QList<double>{1, 2} << 1e300 << QList<double>{0.5, 0.5};
    // (z_1 - z_0)/T = -1e310 overflows: the exact probability underflows to 0 anyway.
    QTest::newRow("very cold") << QList<double>{1, 2} << 1e-310 << QList<double>{0.0, 1.0};
    QTest::newRow("opposite DBL_MAX") << QList<double>{-1.7e308, 1.7e308} << 1.0 << QList<double>{0.0, 1.0};
    QTest::newRow("masked entry") << QList<double>{1, -kInf, 2, 3} << 1.0
                                  << QList<double>{s123[0], 0.0, s123[1], s123[2]};
}

void TestSoftmax::againstReference()
{
    QFETCH(QList<double>, z);
    QFETCH(double, temperature);
    QFETCH(QList<double>, expected);
    const auto s = softmax(vec(z), temperature);
    QVERIFY2(s, s ? "" : s.error().c_str());
    compareVectors(*s, expected, kUlps);
}

void TestSoftmax::shiftInvariance_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<double>("shift");
    QTest::addColumn<double>("temperature");
    // Shifts whose sums are exact in double, so that z + c is the same input moved.
    QTest::newRow("+1000") << QList<double>{0.5, -1.25, 3} << 1000.0 << 1.0;
    QTest::newRow("-1e5") << QList<double>{0.5, -1.25, 3} << -1e5 << 1.0;
    QTest::newRow("+2^40 at T=3") << QList<double>{1, 2, 4, 8} << 1099511627776.0 << 3.0;
    QTest::newRow("with a mask") << QList<double>{-kInf, 2, 0} << 512.0 << 0.5;
}

void TestSoftmax::shiftInvariance()
{
    QFETCH(QList<double>, z);
    QFETCH(double, shift);
    QFETCH(double, temperature);
    const Eigen::VectorXd a = vec(z);
    const Eigen::VectorXd b = (a.array() + shift).matrix();
    QVERIFY(((b.array() - shift) == a.array()).all());
    const auto sa = softmax(a, temperature);
    const auto sb = softmax(b, temperature);
    QVERIFY(sa && sb);
    compareVectors(*sb, QList<double>(sa->data(), sa->data() + sa->size()), kUlps);
    const auto la = logSoftmax(a, temperature);
    const auto lb = logSoftmax(b, temperature);
    QVERIFY(la && lb);
    compareVectors(*lb, QList<double>(la->data(), la->data() + la->size()), kUlps);
}

void TestSoftmax::masksAreExactlyZero_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<double>("temperature");
    QTest::newRow("one mask") << QList<double>{1, -kInf, 2} << 1.0;
    QTest::newRow("all but one masked") << QList<double>{-kInf, -kInf, -1e300} << 1.0;
    QTest::newRow("masks beside huge entries") << QList<double>{1000, -kInf, 1001} << 1.0;
    QTest::newRow("mask at high temperature") << QList<double>{-kInf, 0} << 1e300;
}

void TestSoftmax::masksAreExactlyZero()
{
    QFETCH(QList<double>, z);
    QFETCH(double, temperature);
    const auto s = softmax(vec(z), temperature);
    const auto l = logSoftmax(vec(z), temperature);
    const auto j = softmaxJacobian(vec(z), temperature);
    QVERIFY(s && l && j);
    for (qsizetype i = 0; i < z.size(); ++i) {
        if (z[i] != -kInf)
            continue;
        QCOMPARE((*s)[i], 0.0);
        QCOMPARE((*l)[i], -kInf);
        QVERIFY(((*j).row(i).array() == 0.0).all());
        QVERIFY(((*j).col(i).array() == 0.0).all());
    }
    QVERIFY(std::fabs(s->sum() - 1.0) <= 4 * DBL_EPSILON);
}

void TestSoftmax::logSoftmaxAgainstReference_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<QList<double>>("expected");
    // [z_i - log(exp(1)+exp(2)+exp(3)) for z_i in [1,2,3]]
    const QList<double> l123{-2.40760596444438, -1.4076059644443804, -0.4076059644443803};
    QTest::newRow("1,2,3") << QList<double>{1, 2, 3} << 1.0 << l123;
    QTest::newRow("1000,1001,1002") << QList<double>{1000, 1001, 1002} << 1.0 << l123;
    // [2*z_i - log(exp(2)+exp(4)+exp(6))]
    QTest::newRow("1,2,3 at T=0.5") << QList<double>{1, 2, 3} << 0.5
                                    << QList<double>{-4.142931628499899, -2.1429316284998996, -0.14293162849989952};
    // -log1p(exp(-40)), -40 - log1p(exp(-40)): needs log1p, log(1 + 4e-18) rounds to 0
    QTest::newRow("0,-40 (log1p regime)")
        << QList<double>{0, -40} << 1.0 << QList<double>{-4.248354255291589e-18, -40.0};
    // s_1 = e^-1000 underflows, its logarithm does not
    QTest::newRow("0,-1000 (softmax underflows)") << QList<double>{0, -1000} << 1.0 << QList<double>{0.0, -1000.0};
    // -log(2) twice
    QTest::newRow("tie") << QList<double>{3, 3} << 1.0 << QList<double>{-0.6931471805599453, -0.6931471805599453};
    QTest::newRow("masked") << QList<double>{3, -kInf, 3} << 1.0
                            << QList<double>{-0.6931471805599453, -kInf, -0.6931471805599453};
    QTest::newRow("single entry") << QList<double>{-5} << 1.0 << QList<double>{0.0};
}

void TestSoftmax::logSoftmaxAgainstReference()
{
    QFETCH(QList<double>, z);
    QFETCH(double, temperature);
    QFETCH(QList<double>, expected);
    const auto l = logSoftmax(vec(z), temperature);
    QVERIFY2(l, l ? "" : l.error().c_str());
    compareVectors(*l, expected, kUlps);
}

void TestSoftmax::logSoftmaxIsLogOfSoftmax_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<double>("temperature");
    QTest::newRow("mixed") << QList<double>{0.3, -2, 4.5, 1} << 1.0;
    QTest::newRow("hot") << QList<double>{0.3, -2, 4.5, 1} << 7.0;
    QTest::newRow("cold") << QList<double>{0.3, -2, 4.5, 1} << 0.2;
}

void TestSoftmax::logSoftmaxIsLogOfSoftmax()
{
    QFETCH(QList<double>, z);
    QFETCH(double, temperature);
    const auto s = softmax(vec(z), temperature);
    const auto l = logSoftmax(vec(z), temperature);
    QVERIFY(s && l);
    for (Eigen::Index i = 0; i < s->size(); ++i)
        QVERIFY(close(std::exp((*l)[i]), (*s)[i], 1e-14));
}

void TestSoftmax::jacobianRowsSumToZero_data()
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

void TestSoftmax::jacobianRowsSumToZero()
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

void TestSoftmax::jacobianTwoClasses_data()
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

void TestSoftmax::jacobianTwoClasses()
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

void TestSoftmax::jacobianAccurateNearCertainty()
{
    // Three classes, one dominant: J_00 = s0(1 − s0) = s0(s1 + s2).
    // s = softmax([0,-40,-45]); s[0]*(s[1]+s[2]) in mpmath
    const auto j = softmaxJacobian(Eigen::Vector3d(0, -40, -45), 1.0);
    QVERIFY(j);
    QVERIFY2(close((*j)(0, 0), 4.276979441097083e-18, kUlps), QByteArray::number((*j)(0, 0), 'g', 17).constData());
}

void TestSoftmax::crossEntropyValues_data()
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

void TestSoftmax::crossEntropyValues()
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

void TestSoftmax::crossEntropyGradientValues_data()
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

void TestSoftmax::crossEntropyGradientValues()
{
    QFETCH(QList<double>, z);
    QFETCH(qint64, target);
    QFETCH(double, temperature);
    QFETCH(QList<double>, expected);
    const auto g = crossEntropyGradient(vec(z), target, temperature);
    QVERIFY2(g, g ? "" : g.error().c_str());
    compareVectors(*g, expected, kUlps);
}

void TestSoftmax::errors_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QList<double>{} << 1.0 << qint64(0) << "empty";
    QTest::newRow("NaN entry") << QList<double>{1, kNaN} << 1.0 << qint64(0) << "entry 2 is NaN";
    QTest::newRow("+inf entry") << QList<double>{kInf, 1} << 1.0 << qint64(0) << "entry 1 is +inf";
    QTest::newRow("all masked") << QList<double>{-kInf, -kInf} << 1.0 << qint64(0) << "every entry is -inf";
    QTest::newRow("T = 0") << QList<double>{1, 2} << 0.0 << qint64(0) << "temperature";
    QTest::newRow("T = -0") << QList<double>{1, 2} << -0.0 << qint64(0) << "temperature";
    QTest::newRow("T < 0") << QList<double>{1, 2} << -1.0 << qint64(0) << "temperature";
    QTest::newRow("T = inf") << QList<double>{1, 2} << kInf << qint64(0) << "temperature";
    QTest::newRow("T = NaN") << QList<double>{1, 2} << kNaN << qint64(0) << "temperature";
}

void TestSoftmax::errors()
{
    QFETCH(QList<double>, z);
    QFETCH(double, temperature);
    QFETCH(qint64, target);
    QFETCH(QString, messagePart);
    const Eigen::VectorXd v = vec(z);
    auto check = [&](const std::string &message) {
        QVERIFY2(QString::fromStdString(message).contains(messagePart), message.c_str());
    };
    const auto s = softmax(v, temperature);
    QVERIFY(!s);
    check(s.error());
    const auto l = logSoftmax(v, temperature);
    QVERIFY(!l);
    check(l.error());
    const auto j = softmaxJacobian(v, temperature);
    QVERIFY(!j);
    check(j.error());
    const auto ce = crossEntropy(v, target, temperature);
    QVERIFY(!ce);
    check(ce.error());
    const auto g = crossEntropyGradient(v, target, temperature);
    QVERIFY(!g);
    check(g.error());
}

void TestSoftmax::targetOutOfRange_data()
{
    QTest::addColumn<qint64>("target");
    QTest::newRow("-1") << qint64(-1);
    QTest::newRow("n") << qint64(3);
    QTest::newRow("far") << qint64(40);
}

void TestSoftmax::targetOutOfRange()
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

QTEST_GUILESS_MAIN(TestSoftmax)
#include "tst_softmax.moc"
