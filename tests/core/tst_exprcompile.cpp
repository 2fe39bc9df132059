// SPDX-License-Identifier: MIT
// core/exprcompile (issue 12): the array evaluation is the scalar one bit for bit, NaN in gives
// NaN out, if() never lets the branch it did not take leak a NaN or ∞, and the edge values
// (±0, ±∞, subnormals) come out as the stable kernels promise.
#include "expr.h"
#include "exprcompile.h"

#include <QObject>
#include <QTest>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

using namespace actviz;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Expr parsed(const QString &text)
{
    auto r = parseExpr(text.toStdString());
    if (!r)
        qFatal("%s: %s", qPrintable(text), r.error().message.c_str());
    return *r;
}

// The same bits, or both NaN (a NaN's sign and payload depend on the instruction that made it,
// and the vectorised loops use other instructions than the scalar one).
bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) || (std::isnan(a) && std::isnan(b));
}

const char *const kFormulas[] = {
    "x*tanh(softplus(x))",
    "alpha*x*tanh(log(1+sigmoid(beta*x)))",
    "x + sin(alpha*x)^2/alpha",
    "(x + 0.5*x^2)/(1 + abs(x))",
    "if(x > 0, x, alpha*expm1(x))",
    "max(0, x) - min(alpha, x)*erf(x)",
    "exp(-x^2)*cos(3*x) + sech(x)*log1p(abs(x))",
    "sqrt(abs(x))^beta - x^3/(x^2 + 1)",
    "if(x*x < 2, 1/x, -x)",
};

} // namespace

class TestExprCompile : public QObject
{
    Q_OBJECT
private slots:
    void arrayEqualsScalar_data();
    void arrayEqualsScalar();
    void nanPropagates_data();
    void nanPropagates();
    void ifDoesNotLeak();
    void edgeValues_data();
    void edgeValues();
    void sharedSubtreesComputedOnce();
};

void TestExprCompile::arrayEqualsScalar_data()
{
    QTest::addColumn<QString>("formula");
    for (const char *f : kFormulas)
        QTest::newRow(f) << QString(f);
}

// f and f′ over 2001 points including ±0, ±∞, NaN, subnormals and huge values.
void TestExprCompile::arrayEqualsScalar()
{
    QFETCH(QString, formula);
    const Params p{0.3, 1.7};
    Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(2001, -30.0, 30.0);
    const double edges[] = {0.0, -0.0, kInf, -kInf, kNaN, 4.9e-324, -4.9e-324, 1e300, -1e300, 1e-310, 710.0, -746.0};
    for (std::size_t i = 0; i < std::size(edges); ++i)
        x[static_cast<Eigen::Index>(i)] = edges[i];
    const Expr e = parsed(formula);
    for (const Expr &g : {e, derivative(e)}) {
        const CompiledExpr c = CompiledExpr::compile(g);
        Eigen::ArrayXd out;
        c.eval(x, p, out);
        QCOMPARE(out.size(), x.size());
        for (Eigen::Index i = 0; i < x.size(); ++i)
            QVERIFY2(sameBits(out[i], c.eval(x[i], p)), qPrintable(QStringLiteral("%1 at x = %2: %3 vs %4")
                                                                       .arg(QString::fromStdString(toString(g)))
                                                                       .arg(x[i])
                                                                       .arg(out[i])
                                                                       .arg(c.eval(x[i], p))));
    }
}

void TestExprCompile::nanPropagates_data()
{
    QTest::addColumn<QString>("formula");
    for (const char *f : kFormulas)
        QTest::newRow(f) << QString(f);
    QTest::newRow("constant") << "alpha + 2";
    QTest::newRow("x dropped by simplification") << "alpha*x";
    QTest::newRow("if with constant branches") << "if(x > 0, 1, 2)";
    QTest::newRow("max ignores nothing") << "max(x, 0)";
    QTest::newRow("min ignores nothing") << "min(0, x)";
}

// NaN x gives NaN for f and f′, scalar and array.
void TestExprCompile::nanPropagates()
{
    QFETCH(QString, formula);
    const Expr e = parsed(formula);
    const Eigen::ArrayXd x = Eigen::ArrayXd::Constant(3, kNaN);
    for (const Expr &g : {e, derivative(e)}) {
        const CompiledExpr c = CompiledExpr::compile(g);
        QVERIFY(std::isnan(c.eval(kNaN, {0.5, 1.0})));
        Eigen::ArrayXd out;
        c.eval(x, {0.5, 1.0}, out);
        QVERIFY(out.isNaN().all());
    }
    // A NaN operand of max/min is not dropped (std::fmax would).
    QVERIFY(std::isnan(CompiledExpr::compile(parsed("max(x, nan) + min(nan, x)")).eval(1.0, {})));
}

void TestExprCompile::ifDoesNotLeak()
{
    const CompiledExpr c = CompiledExpr::compile(parsed("if(x > 0, log(x), sqrt(-x)) + if(x < 1, 0, 1/(x - 1))"));
    const Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(9, -2.0, 2.0);
    Eigen::ArrayXd out;
    c.eval(x, {}, out);
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const double want = (x[i] > 0 ? std::log(x[i]) : std::sqrt(-x[i])) + (x[i] < 1 ? 0.0 : 1.0 / (x[i] - 1.0));
        QCOMPARE(out[i], want);
    }
}

void TestExprCompile::edgeValues_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("value");
    QTest::newRow("softplus(-inf)") << "softplus(x)" << -kInf << 0.0;
    QTest::newRow("softplus(inf)") << "softplus(x)" << kInf << kInf;
    QTest::newRow("softplus tail") << "softplus(x)" << -745.0 << 4.9406564584124654e-324;
    QTest::newRow("softplus(1000)") << "softplus(x)" << 1000.0 << 1000.0;
    QTest::newRow("sigmoid(-800) is 0 not NaN") << "sigmoid(x)" << -800.0 << 0.0;
    QTest::newRow("sigmoid tail subnormal") << "sigmoid(x)" << -740.0 << 4.2e-322; // mpmath: e^−740/(1 + e^−740)
    QTest::newRow("sech(inf)") << "sech(x)" << kInf << 0.0;
    QTest::newRow("tanh'(inf) is 0") << "sech(x)^2" << -kInf << 0.0;
    QTest::newRow("tanh(-0) keeps the sign") << "tanh(x)" << -0.0 << -0.0;
    QTest::newRow("expm1 tiny") << "expm1(x)" << 1e-300 << 1e-300;
    QTest::newRow("exp overflow") << "exp(x)" << 710.0 << kInf;
    QTest::newRow("mish(-inf)") << "x*tanh(softplus(x))" << -kInf << kNaN; // −∞·0, as typed
}

void TestExprCompile::edgeValues()
{
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, value);
    const double got = CompiledExpr::compile(parsed(formula)).eval(x, {});
    QVERIFY2(sameBits(got, value) || (std::isnan(got) && std::isnan(value)), qPrintable(QString::number(got, 'g', 17)));
}

void TestExprCompile::sharedSubtreesComputedOnce()
{
    // sech(softplus(x))^2 is one fused instruction; softplus(x) is computed once for f′.
    const Expr e = parsed("x*tanh(softplus(x))");
    QCOMPARE(CompiledExpr::compile(e).size(), std::size_t{3});
    QCOMPARE(CompiledExpr::compile(derivative(e)).size(), std::size_t{7});
}

QTEST_GUILESS_MAIN(TestExprCompile)
#include "tst_exprcompile.moc"
