// SPDX-License-Identifier: MIT
// core/expr's parser and printer (issue 12): a table of accepted formulas with their printed form
// and value, a table of refused ones with the column and the message, the limits (length, depth),
// round trips through toString, and the stability hints.
#include "expr.h"
#include "exprcompile.h"

#include <QObject>
#include <QTest>
#include <cmath>
#include <string>

using namespace actviz;

namespace {

double evalAt(const Expr &e, double x, const Params &p = {0.5, 2.0})
{
    return CompiledExpr::compile(e).eval(x, p);
}

Expr parsed(const char *text)
{
    auto r = parseExpr(text);
    if (!r)
        qFatal("%s: %s", text, r.error().message.c_str());
    return *r;
}

} // namespace

class TestExprParser : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void limits();
    void roundTrip_data();
    void roundTrip();
    void hints_data();
    void hints();
};

// Formula, its printed form, and its value at x = 1.5 with α = 0.5, β = 2 (exact or libm-free
// enough to compare with a few ulp of slack: the expected values are simple closed forms).
void TestExprParser::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<double>("value");
    const double x = 1.5;
    QTest::newRow("number") << "2.5"
                            << "2.5" << 2.5;
    QTest::newRow("scientific") << "1e-3"
                                << "0.001" << 1e-3;
    QTest::newRow("exponent with unicode minus") << "2.5e\u22122"
                                                 << "0.025" << 0.025;
    QTest::newRow("x") << "x"
                       << "x" << x;
    QTest::newRow("alpha word") << "alpha*x"
                                << "\u03b1\u00b7x" << 0.75;
    QTest::newRow("alpha greek") << "\u03b1*x"
                                 << "\u03b1\u00b7x" << 0.75;
    QTest::newRow("beta word and greek") << "beta + \u03b2"
                                         << "\u03b2 + \u03b2" << 4.0;
    QTest::newRow("unicode minus") << "x \u2212 1"
                                   << "x \u2212 1" << 0.5;
    QTest::newRow("unary minus binds looser than ^") << "-x^2"
                                                     << "\u2212x^2" << -2.25;
    QTest::newRow("^ right-associative") << "2^3^2"
                                         << "2^3^2" << 512.0;
    QTest::newRow("negative literal base") << "(-2)^2"
                                           << "(\u22122)^2" << 4.0;
    QTest::newRow("exponent with sign") << "2^-1"
                                        << "2^\u22121" << 0.5;
    QTest::newRow("precedence") << "1 + 2*3"
                                << "1 + 2\u00b73" << 7.0;
    QTest::newRow("parentheses kept where needed") << "(1 + x)*2"
                                                   << "(1 + x)\u00b72" << 5.0;
    QTest::newRow("redundant parentheses dropped") << "((x))*(2)"
                                                   << "x\u00b72" << 3.0;
    QTest::newRow("right-nested sum keeps them") << "1 - (x - 1)"
                                                 << "1 \u2212 (x \u2212 1)" << 0.5;
    QTest::newRow("middle dot and times") << "2\u00b7x\u00d72"
                                          << "2\u00b7x\u00b72" << 6.0;
    QTest::newRow("division chain") << "8/2/2"
                                    << "8/2/2" << 2.0;
    QTest::newRow("exp") << "exp(0)"
                         << "exp(0)" << 1.0;
    QTest::newRow("log1p and expm1") << "log1p(0) + expm1(0)"
                                     << "log1p(0) + expm1(0)" << 0.0;
    QTest::newRow("sqrt abs") << "sqrt(abs(-4))"
                              << "sqrt(abs(\u22124))" << 2.0;
    QTest::newRow("max min") << "max(x, 2) + min(x, 2)"
                             << "max(x, 2) + min(x, 2)" << 3.5;
    QTest::newRow("if >") << "if(x > 1, 10, 20)"
                          << "if(x > 1, 10, 20)" << 10.0;
    QTest::newRow("if <=") << "if(x <= 1, 10, 20)"
                           << "if(x \u2264 1, 10, 20)" << 20.0;
    QTest::newRow("if \u2265") << "if(x \u2265 1.5, 1, 0)"
                               << "if(x \u2265 1.5, 1, 0)" << 1.0;
    QTest::newRow("if < with sums") << "if(x + 1 < 2*x, 1, 0)"
                                    << "if(x + 1 < 2\u00b7x, 1, 0)" << 1.0;
    QTest::newRow("inf and nan names") << "min(inf, x)"
                                       << "min(inf, x)" << x;
    QTest::newRow("whitespace everywhere") << " \tsigmoid ( 0 ) "
                                           << "sigmoid(0)" << 0.5;
    QTest::newRow("softplus of 0 is log 2") << "softplus(0)"
                                            << "softplus(0)" << std::log(2.0);
    QTest::newRow("tanh sech") << "tanh(0) + sech(0)"
                               << "tanh(0) + sech(0)" << 1.0;
    QTest::newRow("sin cos erf") << "sin(0) + cos(0) + erf(0)"
                                 << "sin(0) + cos(0) + erf(0)" << 1.0;
    QTest::newRow("negated parenthesis") << "-(x*2)"
                                         << "\u2212(x\u00b72)" << -3.0;
    QTest::newRow("double negation") << "--x"
                                     << "\u2212\u2212x" << x;
}

void TestExprParser::accepts()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    QFETCH(double, value);
    const Expr e = parsed(text.toStdString().c_str());
    QCOMPARE(QString::fromStdString(toString(e)), printed);
    QCOMPARE(evalAt(e, 1.5), value);
}

void TestExprParser::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message"); // a part of the message
    QTest::newRow("empty") << "" << 1 << "empty";
    QTest::newRow("blank") << "   " << 1 << "empty";
    QTest::newRow("unknown with suggestion")
        << "x*tnah(x)" << 3 << "unknown name \u201ctnah\u201d at column 3; did you mean tanh?";
    QTest::newRow("unknown after greek") << "\u03b1*sigmod(x)" << 3 << "did you mean sigmoid?";
    QTest::newRow("unknown far from all") << "zzzzzz" << 1 << "unknown name \u201czzzzzz\u201d at column 1";
    QTest::newRow("y suggests x") << "y + 1" << 1 << "did you mean x?";
    QTest::newRow("missing close") << "(x + 1" << 7 << "expected \u201c)\u201d";
    QTest::newRow("missing close in call") << "exp(x" << 6 << "expected \u201c,\u201d or \u201c)\u201d";
    QTest::newRow("extra close") << "x)" << 2 << "unexpected \u201c)\u201d at column 2";
    QTest::newRow("dangling operator") << "x +" << 4 << "expected a number, a name or";
    QTest::newRow("two operators") << "x * / 2" << 5 << "found \u201c/\u201d";
    QTest::newRow("bad character") << "x # 2" << 3 << "unexpected character \u201c#\u201d";
    QTest::newRow("bad unicode after greek") << "\u03b2 \u2605 x" << 3 << "\u2605";
    QTest::newRow("implicit product") << "2x" << 2 << "unexpected \u201cx\u201d";
    QTest::newRow("two points") << "1.2.3" << 1 << "is not a number";
    QTest::newRow("out of range") << "1e400*x" << 1 << "beyond the range";
    QTest::newRow("arity 1 given 2") << "tanh(x, 1)" << 1 << "tanh at column 1 takes 1 argument, not 2";
    QTest::newRow("arity 2 given 1") << "x + max(x)" << 5 << "max at column 5 takes 2 arguments, not 1";
    QTest::newRow("arity 3 given 2") << "if(x > 0, 1)" << 1 << "if at column 1 takes 3 arguments, not 2";
    QTest::newRow("if without comparison") << "if(x, 1, 2)" << 4 << "must be a comparison";
    QTest::newRow("comparison outside if") << "x < 1" << 3 << "only as the first argument of if";
    QTest::newRow("comparison in branch") << "if(x > 0, x < 1, 2)" << 13 << "only as the first argument";
    QTest::newRow("function without parentheses") << "exp x" << 1 << "needs its arguments in parentheses";
    QTest::newRow("variable called") << "x(2)" << 1 << "x at column 1 is not a function";
    QTest::newRow("empty call") << "exp()" << 5 << "expected a number";
    QTest::newRow("unicode minus column")
        << "\u2212\u2212\u03b1 + foo" << 7 << "unknown name \u201cfoo\u201d at column 7";
    QTest::newRow("nested error column") << "max(1, exp(sin(x) +))" << 20 << "found \u201c)\u201d";
    // A long name is quoted by its first 40 bytes: the reason after it stays in sight.
    QTest::newRow("long unknown name") << "x + " + QString(300, QLatin1Char('y')) << 5
                                       << "\u201c" + QString(40, QLatin1Char('y')) + "\u2026\u201d at column 5";
}

void TestExprParser::refuses()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto r = parseExpr(text.toStdString());
    QVERIFY(!r);
    const QString got = QString::fromStdString(r.error().message);
    QVERIFY2(got.contains(message), qPrintable(got));
    QCOMPARE(r.error().column, static_cast<std::size_t>(column));
}

void TestExprParser::limits()
{
    // Depth: refused by name, at the first level too many, never a stack overflow.
    std::string deep = std::string(kMaxExprDepth - 1, '(') + "x" + std::string(kMaxExprDepth - 1, ')');
    QVERIFY(parseExpr(deep));
    deep = std::string(kMaxExprDepth, '(') + "x" + std::string(kMaxExprDepth, ')');
    auto r = parseExpr(deep);
    QVERIFY(!r);
    QVERIFY(r.error().message.find("nests deeper than 100") != std::string::npos);
    QVERIFY(!parseExpr(std::string(300, '-') + "x"));
    QVERIFY(!parseExpr(std::string(400, '(')));
    std::string powers = "x";
    for (int i = 0; i < 200; ++i)
        powers += "^x";
    QVERIFY(!parseExpr(powers));
    // Length: 1000 code points are fine (α is two bytes but one character), 1001 are not.
    std::string sum = "x";
    while (sum.size() < 999)
        sum += "+x";
    QVERIFY(parseExpr(sum));
    std::string greek = "\u03b1";
    for (int i = 0; i < 499; ++i)
        greek += "+\u03b1";
    QVERIFY(parseExpr(greek)); // 999 characters, 1997 bytes
    r = parseExpr(sum + "+x");
    QVERIFY(!r);
    QVERIFY(r.error().message.find("longer than 1000") != std::string::npos);
}

void TestExprParser::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t : {"x*tanh(softplus(x))", "alpha*x*tanh(log(1+sigmoid(beta*x)))", "x + sin(alpha*x)^2/alpha",
                          "(x + 0.5*x^2)/(1 + abs(x))", "if(x > 0, x, alpha*expm1(x))", "1 - (x - (1 - x))",
                          "(1 + x) + (x + 1)", "x/(x/(x/2))", "-(-x)", "(-x)^-2^-x", "2^(x^2)", "(2^x)^2",
                          "-1e-300*x + 0.1", "max(0, x) - min(-x, 3)*abs(x - 1)", "if(x >= -1, -x, x^0.5)",
                          "exp(-x^2/2)/sqrt(2*3.141592653589793)", "erf(x)*cos(x) - sin(x)/x"})
        QTest::newRow(t) << QString::fromUtf8(t);
}

// parse(toString(e)) prints the same, and evaluates to the same bits; so does the derivative.
void TestExprParser::roundTrip()
{
    QFETCH(QString, text);
    for (const Expr &e : {parsed(text.toStdString().c_str()), derivative(parsed(text.toStdString().c_str()))}) {
        const std::string printed = toString(e);
        const Expr again = parsed(printed.c_str());
        QCOMPARE(toString(again), printed);
        const CompiledExpr a = CompiledExpr::compile(e);
        const CompiledExpr b = CompiledExpr::compile(again);
        for (double x = -4.0; x <= 4.0; x += 0.125) {
            const double va = a.eval(x, {0.7, 1.3});
            const double vb = b.eval(x, {0.7, 1.3});
            QVERIFY2(va == vb || (std::isnan(va) && std::isnan(vb)), printed.c_str());
        }
    }
}

void TestExprParser::hints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stable"); // empty: no hint
    QTest::newRow("log(1 + exp(u))") << "2*log(1 + exp(beta*x))"
                                     << "softplus(\u03b2\u00b7x)";
    QTest::newRow("log(exp(u) + 1)") << "log(exp(x) + 1)"
                                     << "softplus(x)";
    QTest::newRow("1/(1 + exp(-u))") << "x/2 + 1/(1 + exp(-x))"
                                     << "sigmoid(x)";
    QTest::newRow("log(1 + u)") << "log(1 + x^2)"
                                << "log1p(x^2)";
    QTest::newRow("exp(u) - 1") << "exp(2*x) - 1"
                                << "expm1(2\u00b7x)";
    QTest::newRow("stable already") << "softplus(x) + sigmoid(x) + log1p(x) + expm1(x)"
                                    << "";
    QTest::newRow("log(2 + u) is fine") << "log(2 + x)"
                                        << "";
}

void TestExprParser::hints()
{
    QFETCH(QString, text);
    QFETCH(QString, stable);
    const auto hint = stabilityHint(parsed(text.toStdString().c_str()));
    QCOMPARE(hint.has_value(), !stable.isEmpty());
    if (hint)
        QVERIFY2(QString::fromStdString(*hint).contains(stable), hint->c_str());
}

QTEST_GUILESS_MAIN(TestExprParser)
#include "tst_exprparser.moc"
