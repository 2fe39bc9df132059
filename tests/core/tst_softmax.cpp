// SPDX-License-Identifier: MIT
// Softmax and log-softmax against closed forms and mpmath values (mp.dps = 50; the expression is
// in the comment beside each constant), and the input errors of every softmax function. The
// Jacobian and the cross-entropy are in tst_softmaxgradients.cpp.
#include "softmax.h"
#include "softmaxcompare.h"

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
using coretest::close;
using coretest::compareVectors;
using coretest::kUlps;
using coretest::vec;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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
    void errors_data();
    void errors();
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
    // softmax of [1, 2, 3]/T in mpmath with T the double 0.01 (0.01000000000000000020816…), not 1/100:
    // exp(−200) would be 1.3838965267367376e-87, 40 ulp from the softmax of these inputs.
    QTest::newRow("1,2,3 at T=0.01") << QList<double>{1, 2, 3} << 0.01
                                     << QList<double>{1.3838965267367433e-87, 3.7200759760208437e-44, 1.0};
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

QTEST_GUILESS_MAIN(TestSoftmax)
#include "tst_softmax.moc"
