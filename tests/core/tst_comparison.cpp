// SPDX-License-Identifier: MIT
// Comparing two activations: the largest |f − g| and |f' − g'| and where, against mpmath
// (mp.dps = 40: the maximum is d(x*) at the root x* of d' found by findroot from the best point of a
// 0.01 grid; the expressions are beside the constants) and against closed forms for piecewise pairs.
#include "comparison.h"
#include "registry.h"

#include <QTest>

#include <cmath>
#include <limits>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

actviz::ActivationChoice choice(const QString &id, double alpha = kNaN)
{
    const actviz::Activation *f = actviz::findActivation(id.toStdString());
    if (!f)
        qFatal("unknown activation %s", qPrintable(id));
    actviz::Params p = f->defaults();
    if (!std::isnan(alpha))
        p.alpha = alpha;
    return {f, p};
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void maxima_data();
    void maxima();
    void curvesAreTheDifferences();
    void identicalFunctions();
    void errors_data();
    void errors();
};

void TestComparison::maxima_data()
{
    QTest::addColumn<QString>("f");
    QTest::addColumn<double>("fAlpha");
    QTest::addColumn<QString>("g");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<double>("maxValue");
    QTest::addColumn<double>("valueAt"); // |x| where |f − g| is largest (±x for even differences)
    QTest::addColumn<double>("maxDerivative");
    QTest::addColumn<double>("derivativeAt");
    QTest::addColumn<double>("atTolerance");
    // d(x) = x·ncdf(x) − x/2·(1 + tanh(√(2/π)(x + 0.044715x³))) is even: maximum at ±x*.
    // |d(2.6989413863772703)| = 4.732355206872848771e-4; |d'(2.0186557597718367)| = 8.684518349859138738e-4
    QTest::newRow("gelu vs gelu_tanh") << "gelu" << kNaN << "gelu_tanh" << -8.0 << 8.0 << 4.732355206872848771e-4
                                       << 2.6989413863772703 << 8.684518349859138738e-4 << 2.0186557597718367
                                       << 1e-6;
    // x·(ncdf(x) − σ(x)): 0.19300198798000964330 at ±1.9654689640930993; the derivatives differ by
    // at most 0.15980375830081265549 at ±0.86499354842081870.
    QTest::newRow("gelu vs silu") << "gelu" << kNaN << "silu" << -10.0 << 10.0 << 0.19300198798000964330
                                  << 1.9654689640930993 << 0.15980375830081265549 << 0.86499354842081870 << 1e-6;
    // leaky_relu(α) − relu = αx on x < 0: largest at the range end; f' differs by α on all of
    // x ≤ 0 (the kink too: leaky'(0) = α, relu'(0) = 0), and the leftmost of those is reported.
    QTest::newRow("relu vs leaky_relu α=0.1 on [-5, 5]") << "leaky_relu" << 0.1 << "relu" << -5.0 << 5.0 << 0.5
                                                         << 5.0 << 0.1 << 5.0 << 0.0;
    // step − sigmoid: the jump at 0 is a sample on both sides: 1/2 on either side of it.
    QTest::newRow("step vs sigmoid") << "step" << kNaN << "sigmoid" << -6.0 << 6.0 << 0.5 << 0.0 << 0.25 << 0.0
                                     << 1e-6;
}

void TestComparison::maxima()
{
    QFETCH(QString, f);
    QFETCH(double, fAlpha);
    QFETCH(QString, g);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(double, maxValue);
    QFETCH(double, valueAt);
    QFETCH(double, maxDerivative);
    QFETCH(double, derivativeAt);
    QFETCH(double, atTolerance);
    const auto r = actviz::compareActivations(choice(f, fAlpha), choice(g), lo, hi);
    QVERIFY2(r, r ? "" : r.error().c_str());
    const QByteArray got = "max |f−g| " + QByteArray::number(r->maxValueDiff.value, 'g', 17) + " at "
                           + QByteArray::number(r->maxValueDiff.at, 'g', 17) + ", max |f'−g'| "
                           + QByteArray::number(r->maxDerivativeDiff.value, 'g', 17) + " at "
                           + QByteArray::number(r->maxDerivativeDiff.at, 'g', 17);
    // f and g are each accurate to an ulp or two; their difference, 5e-4 of them for gelu and
    // gelu_tanh, only to ~1e-12 relative.
    QVERIFY2(std::fabs(r->maxValueDiff.value - maxValue) <= 1e-11 * maxValue, got.constData());
    QVERIFY2(std::fabs(r->maxDerivativeDiff.value - maxDerivative) <= 1e-11 * maxDerivative, got.constData());
    QVERIFY2(std::fabs(std::fabs(r->maxValueDiff.at) - valueAt) <= atTolerance * std::max(1.0, valueAt),
             got.constData());
    QVERIFY2(std::fabs(std::fabs(r->maxDerivativeDiff.at) - derivativeAt) <= atTolerance * std::max(1.0, derivativeAt),
             got.constData());
}

void TestComparison::curvesAreTheDifferences()
{
    const actviz::ActivationChoice f = choice("gelu");
    const actviz::ActivationChoice g = choice("gelu_tanh");
    const auto r = actviz::compareActivations(f, g, -4.0, 4.0, 101);
    QVERIFY(r);
    QCOMPARE(r->x.size(), 101);
    QCOMPARE(r->x[0], -4.0);
    QCOMPARE(r->x[100], 4.0);
    for (Eigen::Index i = 0; i < r->x.size(); ++i) {
        const double x = r->x[i];
        QCOMPARE(r->valueDiff[i], f.fn->value(x, f.params) - g.fn->value(x, g.params));
        QCOMPARE(r->derivativeDiff[i], f.fn->derivative(x, f.params) - g.fn->derivative(x, g.params));
    }
    // Kinks are merged into the grid with their neighbours: 0 is already a grid point of an
    // odd-length symmetric grid, so relu adds its two neighbours.
    const auto k = actviz::compareActivations(choice("relu"), choice("gelu"), -4.0, 4.0, 101);
    QVERIFY(k);
    QCOMPARE(k->x.size(), 103);
}

void TestComparison::identicalFunctions()
{
    const auto r = actviz::compareActivations(choice("gelu"), choice("gelu"), -10.0, 10.0);
    QVERIFY(r);
    QCOMPARE(r->maxValueDiff.value, 0.0);
    QCOMPARE(r->maxDerivativeDiff.value, 0.0);
    QCOMPARE(r->maxValueDiff.at, -10.0); // the leftmost of equal values
}

void TestComparison::errors_data()
{
    QTest::addColumn<QString>("f");
    QTest::addColumn<double>("fAlpha");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("samples");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty range") << "relu" << kNaN << 1.0 << 1.0 << 100 << "lo < hi";
    QTest::newRow("NaN end") << "relu" << kNaN << kNaN << 1.0 << 100 << "finite";
    QTest::newRow("one sample") << "relu" << kNaN << -1.0 << 1.0 << 1 << "2 samples";
    QTest::newRow("celu α = 0") << "celu" << 0.0 << -1.0 << 1.0 << 100 << "alpha = 0 is outside the domain of celu";
}

void TestComparison::errors()
{
    QFETCH(QString, f);
    QFETCH(double, fAlpha);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, samples);
    QFETCH(QString, message);
    const auto r = actviz::compareActivations(choice(f, fAlpha), choice("gelu"), lo, hi, samples);
    QVERIFY(!r);
    QVERIFY2(QString::fromStdString(r.error()).contains(message), r.error().c_str());
    const auto none = actviz::compareActivations({}, choice("gelu"), -1.0, 1.0);
    QVERIFY(!none);
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
