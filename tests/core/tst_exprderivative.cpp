// SPDX-License-Identifier: MIT
// core/expr's derivative() (issue 12): every function against finite differences, the simplified
// printed forms, the typed Mish against the built-in one (f and f′, in ulps), and the kinks.
#include "expr.h"
#include "exprcompile.h"
#include "registry.h"

#include <QObject>
#include <QTest>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

using namespace actviz;

namespace {

Expr parsed(const QString &text)
{
    auto r = parseExpr(text.toStdString());
    if (!r)
        qFatal("%s: %s", qPrintable(text), r.error().message.c_str());
    return *r;
}

// Sixth-order central difference (error O(h⁶)).
template <class F> double central6(const F &f, double x, double h)
{
    return (-f(x - 3 * h) + 9 * f(x - 2 * h) - 45 * f(x - h) + 45 * f(x + h) - 9 * f(x + 2 * h) + f(x + 3 * h)) /
           (60 * h);
}

// Distance of two doubles in units in the last place (adjacent doubles: 1).
double ulpDistance(double a, double b)
{
    if (a == b)
        return 0.0;
    const auto key = [](double v) {
        const auto bits = std::bit_cast<std::int64_t>(v);
        return bits < 0 ? -(bits & std::numeric_limits<std::int64_t>::max()) : bits;
    };
    return std::fabs(static_cast<double>(key(a) - key(b)));
}

} // namespace

class TestExprDerivative : public QObject
{
    Q_OBJECT
private slots:
    void finiteDifferences_data();
    void finiteDifferences();
    void simplified_data();
    void simplified();
    void mishMatchesBuiltIn();
    void kinks_data();
    void kinks();
};

void TestExprDerivative::finiteDifferences_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    const auto row = [](const char *f, double lo, double hi) { QTest::newRow(f) << QString(f) << lo << hi; };
    row("exp(0.7*x - 0.2)", -3, 3);
    row("log(x^2 + 0.5)", -3, 3);
    row("log1p(x/4)", -3, 3);
    row("expm1(-x/2)", -3, 3);
    row("sqrt(x + 4)", -3, 3);
    row("abs(x - 0.3) + abs(x)", 0.35, 3);
    row("abs(x - 0.3)", -3, 0.2);
    row("sin(2*x + 1)", -3, 3);
    row("cos(x^2)", -3, 3);
    row("tanh(1.5*x)", -3, 3);
    row("sech(x - 1)", -3, 3);
    row("erf(x/2)", -3, 3);
    row("sigmoid(alpha*x)", -3, 3);
    row("softplus(beta*x - 1)", -3, 3);
    row("max(x^2, 1)", 1.05, 3);
    row("min(x^2, 1)", 1.05, 3);
    row("if(x < 0, x^3, sin(x))", -3, -0.05);
    row("if(x < 0, x^3, sin(x))", 0.05, 3);
    row("x^3 - 2*x^-2 + x^alpha", 0.5, 3);
    row("x^x", 0.5, 3);
    row("2^(x/3)", -3, 3);
    row("(x + 0.5*x^2)/(1 + abs(x))", 0.05, 3);
    row("1/(1 + x^2) - x/(alpha + beta)", -3, 3);
    row("-(x*sigmoid(x))^2", -3, 3);
    row("alpha*x*tanh(log(1+sigmoid(beta*x)))", -3, 3);
}

void TestExprDerivative::finiteDifferences()
{
    QFETCH(QString, formula);
    QFETCH(double, lo);
    QFETCH(double, hi);
    const Params p{0.75, 1.5};
    const Expr e = parsed(formula);
    const CompiledExpr f = CompiledExpr::compile(e);
    const CompiledExpr df = CompiledExpr::compile(derivative(e));
    for (int i = 0; i <= 100; ++i) {
        const double x = lo + (hi - lo) * i / 100.0;
        const double numeric = central6([&](double t) { return f.eval(t, p); }, x, 0x1p-9);
        const double exact = df.eval(x, p);
        QVERIFY2(std::fabs(numeric - exact) <= 1e-8 * std::max(1.0, std::fabs(exact)),
                 qPrintable(QStringLiteral("x = %1: f′ %2, finite differences %3").arg(x).arg(exact).arg(numeric)));
    }
}

void TestExprDerivative::simplified_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("derivative");
    QTest::newRow("constant") << "alpha*beta + 3"
                              << "0";
    QTest::newRow("1·u and u + 0") << "x + 2"
                                   << "1";
    QTest::newRow("constant factor") << "3*x"
                                     << "3";
    QTest::newRow("square") << "x^2"
                            << "2\u00b7x";
    QTest::newRow("constant denominator") << "x^2/2"
                                          << "2\u00b7x/2";
    QTest::newRow("double negation") << "-(-x^3)"
                                     << "3\u00b7x^2";
    QTest::newRow("sign into the constant") << "-x^2"
                                            << "\u22122\u00b7x";
    QTest::newRow("mish") << "x*tanh(softplus(x))"
                          << "tanh(softplus(x)) + x\u00b7(sech(softplus(x))^2\u00b7sigmoid(x))";
    QTest::newRow("sigmoid") << "sigmoid(2*x)"
                             << "2\u00b7(sigmoid(2\u00b7x)\u00b7sigmoid(\u22122\u00b7x))";
    QTest::newRow("log") << "log(x)"
                         << "1/x";
    QTest::newRow("log of a sum") << "log(1 + exp(x))"
                                  << "exp(x)/(1 + exp(x))";
    QTest::newRow("erf") << "erf(x)"
                         << "1.1283791670955126\u00b7exp(\u2212x^2)";
    QTest::newRow("cos") << "cos(x)"
                         << "\u2212sin(x)";
    QTest::newRow("abs") << "abs(x)"
                         << "if(x < 0, \u22121, 1)";
    QTest::newRow("max") << "max(0, x)"
                         << "if(0 > x, 0, 1)";
    QTest::newRow("min") << "min(x, alpha*x)"
                         << "if(x < \u03b1\u00b7x, 1, \u03b1)";
    QTest::newRow("if") << "if(x > 0, x, alpha*expm1(x))"
                        << "if(x > 0, 1, \u03b1\u00b7exp(x))";
    QTest::newRow("if with equal branches") << "if(x > 0, 2*x, 2*x + 1)"
                                            << "2";
    QTest::newRow("quotient") << "x/(1 + x)"
                              << "(1 \u2212 x/(1 + x))/(1 + x)";
}

void TestExprDerivative::simplified()
{
    QFETCH(QString, formula);
    QFETCH(QString, derivative);
    QCOMPARE(QString::fromStdString(toString(actviz::derivative(parsed(formula)))), derivative);
}

// x·tanh(softplus(x)) typed, against the registry's Mish (its own closed forms, tested against
// mpmath in tst_activations): f within 4 ulp; f′ within 4 ulp of the larger of |f′| and the two
// terms that f′ = tanh(sp) + x·sech²(sp)·σ sums: around f′'s zero at
// x ≈ −1.19 they cancel, and no evaluation of the sum as typed keeps all digits there (the built-in
// forms one fraction without the cancellation).
void TestExprDerivative::mishMatchesBuiltIn()
{
    const Activation *mish = findActivation("mish");
    QVERIFY(mish);
    const Expr e = parsed("x*tanh(softplus(x))");
    const CompiledExpr f = CompiledExpr::compile(e);
    const CompiledExpr df = CompiledExpr::compile(derivative(e));
    const CompiledExpr term1 = CompiledExpr::compile(parsed("tanh(softplus(x))"));
    const CompiledExpr term2 = CompiledExpr::compile(parsed("x*sech(softplus(x))^2*sigmoid(x)"));
    double worstF = 0.0, worstDf = 0.0, worstDfRelative = 0.0, worstAt = 0.0;
    for (int i = 0; i < 1000; ++i) {
        const double x = -20.0 + 40.0 * i / 999.0;
        const double want = mish->value(x, {});
        const double wantD = mish->derivative(x, {});
        worstF = std::max(worstF, ulpDistance(f.eval(x, {}), want));
        const double gotD = df.eval(x, {});
        const double scale = std::max({std::fabs(wantD), std::fabs(term1.eval(x, {})), std::fabs(term2.eval(x, {}))});
        const double ulp = std::ldexp(1.0, std::ilogb(scale) - 52);
        if (std::fabs(gotD - wantD) / ulp > worstDf)
            worstAt = x;
        worstDf = std::max(worstDf, std::fabs(gotD - wantD) / ulp);
        worstDfRelative = std::max(worstDfRelative, ulpDistance(gotD, wantD));
    }
    qInfo("mish typed vs built-in on [-20, 20], 1000 points: f %.0f ulp, f' %.2f ulp of the larger term "
          "at x = %.3f (%.0f ulp of f' itself)",
          worstF, worstDf, worstAt, worstDfRelative);
    QVERIFY(worstF <= 4.0);
    QVERIFY(worstDf <= 4.0);
}

void TestExprDerivative::kinks_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("max(0, x)") << "max(0, x)" << QList<double>{0.0};
    QTest::newRow("if(x > 1, x, 0)") << "if(x > 1, x, 0)" << QList<double>{1.0};
    QTest::newRow("abs shifted by alpha") << "abs(x - alpha)" << QList<double>{0.75};
    QTest::newRow("hard tanh") << "max(-1, min(1, x))" << QList<double>{-1.0, 1.0};
    QTest::newRow("linear in x with parameters") << "min(beta*x + 3, 0)" << QList<double>{-2.0};
    QTest::newRow("nonlinear: x^2 = 2") << "max(x^2, 2)" << QList<double>{-std::sqrt(2.0), std::sqrt(2.0)};
    QTest::newRow("nonlinear: exp(x) = 3") << "if(exp(x) < 3, 0, x)" << QList<double>{std::log(3.0)};
    QTest::newRow("equal on a stretch: its ends") << "max(max(x, 0), 0)" << QList<double>{0.0};
    QTest::newRow("nonlinear, equal on a stretch") << "max(max(x^3, 1), 1)" << QList<double>{1.0};
    QTest::newRow("smooth") << "x*tanh(softplus(x))" << QList<double>{};
    QTest::newRow("condition without x") << "if(alpha > 0, x, -x)" << QList<double>{};
}

void TestExprDerivative::kinks()
{
    QFETCH(QString, formula);
    QFETCH(QList<double>, expected);
    const std::vector<double> got = kinkCandidates(parsed(formula), {0.75, 1.5});
    QCOMPARE(got.size(), static_cast<std::size_t>(expected.size()));
    for (std::size_t i = 0; i < got.size(); ++i)
        QVERIFY2(std::fabs(got[i] - expected[static_cast<qsizetype>(i)]) <= 4e-16 * std::max(1.0, std::fabs(got[i])),
                 qPrintable(QString::number(got[i], 'g', 17)));
}

QTEST_GUILESS_MAIN(TestExprDerivative)
#include "tst_exprderivative.moc"
