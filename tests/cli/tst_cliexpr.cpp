// SPDX-License-Identifier: MIT
// `actviz eval --expr` and `actviz saturation --expr`: a typed formula on the command line. The
// typed Mish agrees with the built-in within 4 ulp (two independent implementations, the
// built-in itself checked against mpmath), closed forms come out exactly, and a formula with a
// typo, a constant or a FUNCTION beside it exits 2 naming the problem.
#include "clirun.h"
#include "registry.h"

#include <QTest>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>

using namespace clitest;

namespace {

// Distance in units in the last place between two finite doubles of the same sign.

std::int64_t ulps(double a, double b)
{
    std::int64_t ia = 0;
    std::int64_t ib = 0;
    std::memcpy(&ia, &a, sizeof a);
    std::memcpy(&ib, &b, sizeof b);
    return ia > ib ? ia - ib : ib - ia;
}

QList<double> numbersOf(const QByteArray &out)
{
    QList<double> values;
    for (const QByteArray &line : lines(out))
        values.append(number(line).value_or(kNaN));
    return values;
}

} // namespace

class TestCliExpr : public QObject
{
    Q_OBJECT
private slots:
    void typedMishMatchesTheBuiltIn_data();
    void typedMishMatchesTheBuiltIn();
    void closedForms();
    void saturationOfATypedFormula();
    void refusals_data();
    void refusals();
};

void TestCliExpr::typedMishMatchesTheBuiltIn_data()
{
    QTest::addColumn<bool>("derivative");
    QTest::newRow("f") << false;
    QTest::newRow("f′") << true;
}

void TestCliExpr::typedMishMatchesTheBuiltIn()
{
    QFETCH(bool, derivative);
    QByteArray input;
    for (int i = 0; i <= 400; ++i)
        input += QByteArray::number(-20.0 + 0.1 * i, 'g', 17) + '\n';
    QStringList typed{"eval", "--expr", "x*tanh(softplus(x))"};
    QStringList builtIn{"eval", "mish"};
    if (derivative) {
        typed << "--derivative";
        builtIn << "--derivative";
    }
    const Run a = run(typed, input);
    const Run b = run(builtIn, input);
    QVERIFY2(a.exitCode == 0, a.err.constData());
    QVERIFY2(b.exitCode == 0, b.err.constData());
    const QList<double> got = numbersOf(a.out);
    const QList<double> want = numbersOf(b.out);
    QCOMPARE(got.size(), 401);
    QCOMPARE(got.size(), want.size());
    // f within 4 ulp. f′ = tanh(sp) + x·sech²(sp)·σ(x) sums two terms that cancel around its zero
    // at x ≈ −1.19, where no evaluation as typed keeps every digit: within 4 ulp of the larger of
    // |f′| and |tanh(softplus(x))| (the built-in forms one fraction without the cancellation).
    const actviz::Activation *softplus = actviz::findActivation("softplus");
    QVERIFY(softplus);
    double worst = 0.0;
    for (qsizetype i = 0; i < got.size(); ++i) {
        const double x = -20.0 + 0.1 * static_cast<double>(i);
        double scale = std::fabs(want[i]);
        if (derivative)
            scale = std::max(scale, std::fabs(std::tanh(softplus->value(x, softplus->defaults()))));
        // mish(0) = 0 exactly: an ulp of the smallest normal there (ilogb(0) would be INT_MIN).
        const double ulp = std::ldexp(1.0, std::ilogb(std::max(scale, DBL_MIN)) - 52);
        worst = std::max(worst, std::fabs(got[i] - want[i]) / ulp);
    }
    QVERIFY2(worst <= 4.0, qPrintable(QStringLiteral("%1 ulp").arg(worst)));
}

void TestCliExpr::closedForms()
{
    // x² at 3 is 9, its derivative 6; α·x with --alpha 2.5; sigmoid(0) = ½ and its slope ¼.
    compareNumbers(run({"eval", "--expr", "x^2"}, "3\n-1.5\n").out, {9.0, 2.25}, 0.0);
    compareNumbers(run({"eval", "--expr", "x^2", "--derivative"}, "3\n").out, {6.0}, 0.0);
    compareNumbers(run({"eval", "--expr", "alpha*x", "--alpha", "2.5"}, "4\n").out, {10.0}, 0.0);
    compareNumbers(run({"eval", "--expr", "sigmoid(x)", "--derivative"}, "0\n").out, {0.25}, 0.0);
    // NaN in, NaN out; the unselected branch of if() never leaks.
    compareNumbers(run({"eval", "--expr", "if(x > 0, log(x), 0)"}, "nan\n-1\n").out, {kNaN, 0.0}, 0.0);
}

void TestCliExpr::saturationOfATypedFormula()
{
    // A leaky ELU typed by hand: f′ = α·eˣ below 0, so |f′| < 0.05 for x < ln(0.05/α); with
    // α = 0.2 that is ln(0.25) = −1.3862943611198906188… (closed form).
    const Run r = run({"saturation", "--expr", "if(x > 0, x, α*expm1(x))", "--alpha", "0.2", "--range", "-10:10"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> got = lines(r.out);
    QCOMPARE(got.size(), 1);
    const QList<QByteArray> ends = got.first().split(',');
    QCOMPARE(ends.size(), 2);
    QCOMPARE(number(ends[0]).value_or(kNaN), -10.0);
    QVERIFY2(ulps(number(ends[1]).value_or(kNaN), std::log(0.25)) <= 4, ends[1].constData());
}

void TestCliExpr::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("typo") << QStringList{"eval", "--expr", "x*tnah(x)"} << "did you mean tanh";
    QTest::newRow("column") << QStringList{"eval", "--expr", "x +* 2"} << "column";
    QTest::newRow("constant") << QStringList{"eval", "--expr", "5"} << "does not depend on x";
    QTest::newRow("both") << QStringList{"eval", "mish", "--expr", "x"} << "not both";
    QTest::newRow("beta unused") << QStringList{"eval", "--expr", "x", "--beta", "2"} << "--beta";
    QTest::newRow("saturation typo") << QStringList{"saturation", "--expr", "max(0, x"} << "--expr";
}

void TestCliExpr::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const Run r = run(args, "1\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliExpr)
#include "tst_cliexpr.moc"
