// SPDX-License-Identifier: MIT
// Bernoulli likelihood against the numbers (exact decimals: 0.1³·0.9⁷ = 0.0004782969, …),
// Python's fractions and math.comb for the binomial probabilities, and mpmath (mp.dps = 40) for
// the log-likelihood of 10⁶ outcomes, which would underflow outside log space.
#include "likelihood.h"

#include <QTest>

#include <cmath>
#include <limits>

using actviz::BernoulliCounts;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr const char *kDefaultOutcomes = "1,0,1,0,0,0,1,0,0,0";

BernoulliCounts counts(qint64 k, qint64 n)
{
    const auto c = actviz::bernoulliCounts(k, n);
    if (!c)
        qFatal("%s", c.error().c_str());
    return *c;
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

class TestLikelihood : public QObject
{
    Q_OBJECT

private slots:
    void defaultOutcomes();
    void likelihoodValues_data();
    void likelihoodValues();
    void edges_data();
    void edges();
    void millionOutcomes();
    void curves();
    void parseErrors_data();
    void parseErrors();
    void countErrors_data();
    void countErrors();
};

void TestLikelihood::defaultOutcomes()
{
    const auto c = actviz::parseOutcomes(kDefaultOutcomes);
    QVERIFY2(c, c ? "" : c.error().message.c_str());
    QCOMPARE(c->successes, 3);
    QCOMPARE(c->trials, 10);
    QCOMPARE(actviz::maximumLikelihood(*c), 0.3);
    // Any separator the vector parser takes, brackets included.
    const auto same = actviz::parseOutcomes("[1 0 1 0 0 0 1 0 0 0]");
    QVERIFY(same);
    QCOMPARE(*same, *c);
}

void TestLikelihood::likelihoodValues_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("likelihood");  // p³(1 − p)⁷, exact decimal
    QTest::addColumn<double>("logLikelihood"); // its natural log (mpmath)
    QTest::addColumn<double>("binomial");    // math.comb(10, 3)·p³(1 − p)⁷, exact decimal
    QTest::newRow("p=0.1") << 0.1 << 0.0004782969 << -7.6452788885869211606 << 0.057395628;
    QTest::newRow("p=0.2") << 0.2 << 0.0016777216 << -6.3903185965017694142 << 0.201326592;
    QTest::newRow("p=0.3 (the maximum)") << 0.3 << 0.0022235661 << -6.1086430205489346303 << 0.266827932;
    QTest::newRow("p=0.5") << 0.5 << 0.0009765625 << -6.9314718055994530942 << 0.1171875;
}

void TestLikelihood::likelihoodValues()
{
    QFETCH(double, p);
    QFETCH(double, likelihood);
    QFETCH(double, logLikelihood);
    QFETCH(double, binomial);
    const BernoulliCounts c = counts(3, 10);
    QVERIFY2(close(actviz::likelihood(c, p), likelihood, 2e-15), show(actviz::likelihood(c, p), likelihood).constData());
    QVERIFY2(close(actviz::logLikelihood(c, p), logLikelihood, 1e-15),
             show(actviz::logLikelihood(c, p), logLikelihood).constData());
    // ln C(10, 3) from lgamma: a few ulp of ~15 in the exponent.
    QVERIFY2(close(actviz::binomialProbability(c, p), binomial, 1e-14),
             show(actviz::binomialProbability(c, p), binomial).constData());
}

void TestLikelihood::edges_data()
{
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("logLikelihood");
    QTest::addColumn<double>("binomial");
    // 0·ln 0 = 0: an outcome that never happened costs nothing.
    QTest::newRow("k=0, p=0: certain") << qint64(0) << qint64(5) << 0.0 << 0.0 << 1.0;
    QTest::newRow("k=n, p=1: certain") << qint64(5) << qint64(5) << 1.0 << 0.0 << 1.0;
    QTest::newRow("k>0, p=0: impossible") << qint64(1) << qint64(5) << 0.0 << -kInf << 0.0;
    QTest::newRow("k<n, p=1: impossible") << qint64(4) << qint64(5) << 1.0 << -kInf << 0.0;
    // n·log1p(−p) keeps a tiny p: 10⁶·(−1e-300) = −1e-294 (log(1 − p) would give 0).
    QTest::newRow("k=0, p=1e-300") << qint64(0) << qint64(1000000) << 1e-300 << -1e-294 << 1.0;
    QTest::newRow("p<0") << qint64(1) << qint64(2) << -0.1 << std::nan("") << std::nan("");
    QTest::newRow("p>1") << qint64(1) << qint64(2) << 1.5 << std::nan("") << std::nan("");
    QTest::newRow("p NaN") << qint64(1) << qint64(2) << std::nan("") << std::nan("") << std::nan("");
}

void TestLikelihood::edges()
{
    QFETCH(qint64, k);
    QFETCH(qint64, n);
    QFETCH(double, p);
    QFETCH(double, logLikelihood);
    QFETCH(double, binomial);
    const BernoulliCounts c = counts(k, n);
    const double l = actviz::logLikelihood(c, p);
    const double b = actviz::binomialProbability(c, p);
    if (std::isnan(logLikelihood)) {
        QVERIFY(std::isnan(l));
        QVERIFY(std::isnan(b));
        return;
    }
    QVERIFY2(close(l, logLikelihood, 1e-15), show(l, logLikelihood).constData());
    QVERIFY2(close(b, binomial, 1e-15), show(b, binomial).constData());
}

// 300 000 successes in 10⁶ trials: L(p̂) = e^−610864.3 is 0 in double; its logarithm is not.
void TestLikelihood::millionOutcomes()
{
    Eigen::VectorXd outcomes = Eigen::VectorXd::Zero(1000000);
    for (Eigen::Index i = 0; i < outcomes.size(); i += 10) // 1,0,1,0,0,0,1,0,0,0 repeated
        outcomes[i] = outcomes[i + 2] = outcomes[i + 6] = 1.0;
    const auto c = actviz::countOutcomes(outcomes);
    QVERIFY(c);
    QCOMPARE(c->successes, 300000);
    QCOMPARE(c->trials, 1000000);
    QCOMPARE(actviz::maximumLikelihood(*c), 0.3);
    // 300000*log(0.3) + 700000*log(0.7) and at 0.31 and 0.001 (mpmath)
    QVERIFY(close(actviz::logLikelihood(*c, 0.3), -610864.30205489346303, 1e-15));
    QVERIFY(close(actviz::logLikelihood(*c, 0.31), -611099.47142446592672, 1e-15));
    QVERIFY(close(actviz::logLikelihood(*c, 0.001), -2073026.9339281495891, 1e-15));
    QCOMPARE(actviz::likelihood(*c, 0.3), 0.0); // the honest answer outside log space
    // log(binomial(10**6, 3*10**5)) + ℓ(p) (mpmath): lgamma of 1e6 carries ~4e-9 absolute error.
    QVERIFY2(std::fabs(actviz::logBinomialProbability(*c, 0.3) - -7.0463702515465391000) < 1e-7,
             QByteArray::number(actviz::logBinomialProbability(*c, 0.3), 'g', 17).constData());
    QVERIFY(std::fabs(actviz::logBinomialProbability(*c, 0.31) - -242.21573982401022926) < 1e-7);
    const auto curves = actviz::likelihoodCurves(*c, 101);
    QVERIFY(curves);
    // The relative likelihood stays plottable: 1 at p̂, e^(ℓ(0.31) − ℓ(0.3)) ≈ e^−235 at 0.31.
    QVERIFY(std::fabs(curves->relativeLikelihood[30] - 1.0) < 1e-9);
    QVERIFY(close(curves->relativeLikelihood[31], std::exp(-611099.47142446592672 + 610864.30205489346303), 1e-8));
    QVERIFY((curves->logLikelihood.segment(1, 99).isFinite()).all());
}

void TestLikelihood::curves()
{
    const auto r = actviz::likelihoodCurves(counts(3, 10), 11);
    QVERIFY(r);
    QCOMPARE(r->p.size(), 11);
    QCOMPARE(r->p[0], 0.0);
    QCOMPARE(r->p[10], 1.0);
    QCOMPARE(r->logLikelihood[0], -kInf);
    QCOMPARE(r->likelihood[0], 0.0);
    QCOMPARE(r->relativeLikelihood[10], 0.0);
    QVERIFY(close(r->likelihood[5], 0.0009765625, 2e-15));
    QVERIFY(close(r->binomialProbability[5], 0.1171875, 1e-14));
    // L/L(p̂) peaks at p̂ = 0.3: 1 up to the rounding of the grid point 0.3.
    Eigen::Index top = 0;
    r->relativeLikelihood.maxCoeff(&top);
    QCOMPARE(top, 3);
    QVERIFY(std::fabs(r->relativeLikelihood[3] - 1.0) < 1e-14);
    QVERIFY(!actviz::likelihoodCurves(counts(3, 10), 1));
}

void TestLikelihood::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("entry");
    QTest::newRow("a 2") << "1,0,2" << "entry 3 (2) is not 0 or 1" << 3;
    QTest::newRow("a half") << "1,0.5,0" << "entry 2 (0.5) is not 0 or 1" << 2;
    QTest::newRow("a minus one") << "-1, 1" << "entry 1 (-1) is not 0 or 1" << 1;
    QTest::newRow("a mask") << "1,0,-inf" << "entry 3 (-inf) is not 0 or 1" << 3;
    // Syntax errors come from the vector parser, with its entry numbers.
    QTest::newRow("garbage") << "1,x,0" << "entry 2 (\"x\") is not a number" << 2;
    QTest::newRow("empty entry") << "1,,0" << "entry 2 (\"\") is empty" << 2;
    QTest::newRow("empty input") << "  " << "the vector is empty" << 0;
}

void TestLikelihood::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, entry);
    const auto c = actviz::parseOutcomes(text.toStdString());
    QVERIFY(!c);
    QVERIFY2(QString::fromStdString(c.error().message).contains(message), c.error().message.c_str());
    QCOMPARE(int(c.error().entry), entry);
}

void TestLikelihood::countErrors_data()
{
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("n");
    QTest::newRow("no trials") << qint64(0) << qint64(0);
    QTest::newRow("negative k") << qint64(-1) << qint64(3);
    QTest::newRow("k > n") << qint64(4) << qint64(3);
}

void TestLikelihood::countErrors()
{
    QFETCH(qint64, k);
    QFETCH(qint64, n);
    QVERIFY(!actviz::bernoulliCounts(k, n));
    QVERIFY(!actviz::countOutcomes(Eigen::VectorXd()));
}

QTEST_GUILESS_MAIN(TestLikelihood)
#include "tst_likelihood.moc"
