// SPDX-License-Identifier: MIT
// The actviz eval command end to end: values and derivatives from stdin, numbers that print in
// the shortest form reading back exactly, answers streamed line by line, and bad input lines
// refused by number. Expected numbers are closed forms or 17-digit mpmath values (50-digit
// working precision), each with the expression that produced it.
#include "clirun.h"

#include <QProcess>
#include <QTest>
#include <cmath>
#include <vector>

using namespace clitest;

class TestCliEval : public QObject
{
    Q_OBJECT

private slots:
    void eval_data();
    void eval();
    void roundTrip_data();
    void roundTrip();
    void roundTripManyLines();
    void evalAnswersBeforeEndOfInput();
    void evalBadLine_data();
    void evalBadLine();
};

void TestCliEval::eval_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<double>>("expected");

    QTest::newRow("sigmoid(0) = 1/2") << QStringList{"sigmoid"} << QByteArray("0\n") << QList<double>{0.5};
    QTest::newRow("relu(-2) = 0") << QStringList{"relu"} << QByteArray("-2\n") << QList<double>{0.0};
    // sigmoid(1) = 1/(1+e^-1); sigmoid(-700) = 1/(1+e^700); sigmoid(-800) ≈ e^-800 < 2^-1074.
    QTest::newRow("sigmoid tails") << QStringList{"sigmoid"} << QByteArray("1\n-700\n-800\n")
                                   << QList<double>{0.73105857863000488, 9.8596765437597709e-305, 0.0};
    // tanh(0.5)
    QTest::newRow("tanh with inf and nan") << QStringList{"tanh"} << QByteArray("0.5\n400\n-inf\ninf\nnan\n")
                                           << QList<double>{0.46211715726000976, 1.0, -1.0, 1.0, kNaN};
    // x·Φ(x) at 1 and at -20 (= -10·erfc(20/√2))
    QTest::newRow("gelu") << QStringList{"gelu"} << QByteArray("1\n-20\n")
                          << QList<double>{0.84134474606854295, -5.5072482372124674e-88};
    // log1p(e^-40); softplus(800) = 800 + log1p(e^-800)
    QTest::newRow("softplus") << QStringList{"softplus"} << QByteArray("-40\n800\n")
                              << QList<double>{4.248354255291589e-18, 800.0};
    // 0.5·log1p(e^2)
    QTest::newRow("softplus --beta 2") << QStringList{"softplus", "--beta", "2"} << QByteArray("1\n")
                                       << QList<double>{1.0634640055214862};
    // -log1p(e^-50)
    QTest::newRow("logsigmoid(50)") << QStringList{"logsigmoid"} << QByteArray("50\n")
                                    << QList<double>{-1.9287498479639178e-22};
    // sech²(25)
    QTest::newRow("tanh'(25)") << QStringList{"tanh", "--derivative"} << QByteArray("25\n")
                               << QList<double>{7.7149993918556711e-22};
    // σ'(0) = 1/4; σ'(-700) = σ(-700)·σ(700)
    QTest::newRow("sigmoid'") << QStringList{"sigmoid", "--derivative"} << QByteArray("0\n-700\n")
                              << QList<double>{0.25, 9.8596765437597709e-305};
    // σ(1) + σ(1)·(1 − σ(1))
    QTest::newRow("silu'(1)") << QStringList{"silu", "--derivative"} << QByteArray("1\n")
                              << QList<double>{0.92767051187148673};
    // e^-1 − 1; λ·a·(e^-1 − 1) with the 32-digit λ and a
    QTest::newRow("elu(-1)") << QStringList{"elu"} << QByteArray("-1\n") << QList<double>{-0.63212055882855768};
    QTest::newRow("selu(-1)") << QStringList{"selu"} << QByteArray("-1\n") << QList<double>{-1.1113307378125628};
    // tanh(log1p(e))
    QTest::newRow("mish(1)") << QStringList{"mish"} << QByteArray("1\n") << QList<double>{0.86509838826731035};
    QTest::newRow("leaky_relu default alpha")
        << QStringList{"leaky_relu"} << QByteArray("-1\n") << QList<double>{-0.01};
    QTest::newRow("--alpha -2") << QStringList{"leaky_relu", "--alpha", "-2"} << QByteArray("-1\n")
                                << QList<double>{2.0};
    QTest::newRow("--alpha=-2") << QStringList{"leaky_relu", "--alpha=-2"} << QByteArray("-1\n") << QList<double>{2.0};
    QTest::newRow("option before function")
        << QStringList{"--alpha", "-2", "leaky_relu"} << QByteArray("-1\n") << QList<double>{2.0};
    QTest::newRow("threshold --beta -1") << QStringList{"threshold", "--beta", "-1"} << QByteArray("0\n2\n")
                                         << QList<double>{-1.0, 2.0};
    // (0 + √4)/2
    QTest::newRow("squareplus default beta 4") << QStringList{"squareplus"} << QByteArray("0\n") << QList<double>{1.0};
    // PyTorch's values at the kinks, as the issue states them.
    QTest::newRow("relu'(0) = 0") << QStringList{"relu", "--derivative"} << QByteArray("0\n") << QList<double>{0.0};
    QTest::newRow("leaky_relu'(0) = alpha")
        << QStringList{"leaky_relu", "--derivative"} << QByteArray("0\n") << QList<double>{0.01};
    QTest::newRow("hardtanh'(±1) = 0") << QStringList{"hardtanh", "--derivative"} << QByteArray("1\n-1\n0\n")
                                       << QList<double>{0.0, 0.0, 1.0};
    QTest::newRow("whitespace, CRLF, trailing blank lines")
        << QStringList{"relu"} << QByteArray(" 1 \r\n\t-3\t\n+2\n\n \n") << QList<double>{1.0, 0.0, 2.0};
    QTest::newRow("no final newline") << QStringList{"identity"} << QByteArray("3\n4") << QList<double>{3.0, 4.0};
    QTest::newRow("Unicode minus") << QStringList{"identity"} << QByteArray("\u22122.5\n") << QList<double>{-2.5};
    // One rule for typed numbers (core/numberparse.h): below the double range rounds, to a
    // subnormal or to ±0; the words inf and -inf are infinities.
    QTest::newRow("literals below the double range")
        << QStringList{"identity"} << QByteArray("1e-400\n-1e-400\n1e-320\n4.9e-324\n")
        << QList<double>{0.0, -0.0, 9.99988671826831e-321, 4.9406564584124654e-324};
    QTest::newRow("inf and -inf as words")
        << QStringList{"identity"} << QByteArray("inf\n-Infinity\n") << QList<double>{kInf, -kInf};
    QTest::newRow("empty input") << QStringList{"relu"} << QByteArray() << QList<double>{};
    QTest::newRow("byte-order mark first")
        << QStringList{"identity"} << QByteArray("\xEF\xBB\xBF-1.5\n2\n") << QList<double>{-1.5, 2.0};
}

void TestCliEval::eval()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QList<double>, expected);
    const Run r = run(QStringList{"eval"} + args, input);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    compareNumbers(r.out, expected);
}

void TestCliEval::roundTrip_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");
    // identity prints its input back in the shortest form that reads back exactly.
    QTest::newRow("0.1") << "identity" << QByteArray("0.1") << QByteArray("0.1");
    QTest::newRow("0.1 + 0.2") << "identity" << QByteArray("0.30000000000000004") << QByteArray("0.30000000000000004");
    QTest::newRow("-0") << "identity" << QByteArray("-0") << QByteArray("-0");
    QTest::newRow("integer") << "identity" << QByteArray("100") << QByteArray("100");
    QTest::newRow("largest double") << "identity" << QByteArray("1.7976931348623157e308")
                                    << QByteArray("1.7976931348623157e+308");
    QTest::newRow("smallest normal") << "identity" << QByteArray("2.2250738585072014e-308")
                                     << QByteArray("2.2250738585072014e-308");
    QTest::newRow("smallest subnormal") << "identity" << QByteArray("4.9406564584124654e-324") << QByteArray("5e-324");
    QTest::newRow("17 significant digits") << "identity" << QByteArray("0.10000000000000001") << QByteArray("0.1");
    QTest::newRow("inf") << "identity" << QByteArray("inf") << QByteArray("inf");
    QTest::newRow("-inf") << "identity" << QByteArray("-inf") << QByteArray("-inf");
    QTest::newRow("nan") << "identity" << QByteArray("nan") << QByteArray("nan");
    QTest::newRow("-nan prints nan") << "identity" << QByteArray("-nan") << QByteArray("nan");
    QTest::newRow("sigmoid(0)") << "sigmoid" << QByteArray("0") << QByteArray("0.5");
    QTest::newRow("exponential(0)") << "exponential" << QByteArray("0") << QByteArray("1");
}

void TestCliEval::roundTrip()
{
    QFETCH(QString, function);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    const Run r = run({"eval", function}, input + '\n');
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, output + '\n');
}

// Enough lines to cross the program's evaluation blocks and read chunks; each printed
// value must read back as exactly the input and be no longer than its %.17g form.
void TestCliEval::roundTripManyLines()
{
    constexpr int n = 200000;
    QByteArray input;
    std::vector<double> xs;
    xs.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double x = std::ldexp(std::sin(i * 0.7), (i % 200) - 100);
        xs.push_back(x);
        input += QByteArray::number(x, 'g', 17) + '\n';
    }
    for (const QString &function : {QStringLiteral("identity"), QStringLiteral("relu")}) {
        const Run r = run({"eval", function}, input);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> got = lines(r.out);
        QCOMPARE(got.size(), qsizetype(n));
        for (int i = 0; i < n; ++i) {
            const double want = function == QStringLiteral("identity") ? xs[i] : std::fmax(xs[i], 0.0);
            const auto x = number(got[i]);
            if (!x || *x != want || got[i].size() > QByteArray::number(want, 'g', 17).size())
                QFAIL(qPrintable(
                    QStringLiteral("%1 line %2: %3").arg(function).arg(i + 1).arg(QString::fromLatin1(got[i]))));
        }
    }
}

// A program that feeds one line at a time gets each answer before it closes stdin.
void TestCliEval::evalAnswersBeforeEndOfInput()
{
    QProcess process;
    process.start(QStringLiteral(ACTVIZ_BINARY), {"eval", "sigmoid"});
    QVERIFY(process.waitForStarted());
    process.write("0\n");
    while (!process.canReadLine())
        QVERIFY(process.waitForReadyRead(60000));
    QCOMPARE(process.readLine(), QByteArray("0.5\n"));
    process.write("inf\n");
    while (!process.canReadLine())
        QVERIFY(process.waitForReadyRead(60000));
    QCOMPARE(process.readLine(), QByteArray("1\n"));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
}

void TestCliEval::evalBadLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("inError");
    QTest::newRow("word") << QByteArray("1\nabc\n3\n") << QStringList{"line 2", "abc"};
    QTest::newRow("blank line inside") << QByteArray("1\n\n3\n") << QStringList{"line 2"};
    QTest::newRow("blank first line") << QByteArray(" \n1\n") << QStringList{"line 1"};
    QTest::newRow("trailing garbage") << QByteArray("1\n2\n3\n4x\n") << QStringList{"line 4", "4x"};
    QTest::newRow("last line without newline") << QByteArray("1\n2\nzz") << QStringList{"line 3", "zz"};
    QTest::newRow("two dots") << QByteArray("1.2.3\n") << QStringList{"line 1", "1.2.3"};
    QTest::newRow("double sign") << QByteArray("--1\n") << QStringList{"line 1", "--1"};
    QTest::newRow("hexadecimal") << QByteArray("0x10\n") << QStringList{"line 1", "0x10"};
    QTest::newRow("two numbers") << QByteArray("1 2\n") << QStringList{"line 1", "1 2"};
    QTest::newRow("comma decimal") << QByteArray("0,5\n") << QStringList{"line 1", "0,5"};
    // A literal beyond the double range is refused, never read as inf (one rule everywhere).
    QTest::newRow("1e400") << QByteArray("1\n1e400\n") << QStringList{"line 2", "1e400", "range of a double"};
    QTest::newRow("-1e309") << QByteArray("-1e309\n") << QStringList{"line 1", "-1e309", "write inf"};
    // Control bytes are shown, not sent: a NUL cut the message short, after the quote.
    QTest::newRow("NUL byte") << QByteArray("1\n2\0003\n", 6) << QStringList{"line 2", "\"2\\x003\" ", "not a number"};
    QTest::newRow("escape sequence") << QByteArray("\x1b[2J\n") << QStringList{"line 1", "\\x1b[2J"};
    QTest::newRow("bytes that are no UTF-8") << QByteArray("2\xff\xfe\n") << QStringList{"line 1", "\"2\\xff\\xfe\""};
    QTest::newRow("C1 control (CSI)") << QByteArray("2\xc2\x9b"
                                                    "31m\n")
                                      << QStringList{"\"2\\xc2\\x9b31m\""};
    QTest::newRow("BOM on line 2") << QByteArray("1\n\xEF\xBB\xBF"
                                                 "2\n")
                                   << QStringList{"line 2"};
    QTest::newRow("long line, cut between characters")
        << (QString(59, QLatin1Char('1')) + QStringLiteral("é") + QString(40, QLatin1Char('2'))).toUtf8() + '\n'
        << QStringList{"line 1", QString(59, QLatin1Char('1')) + QStringLiteral("…\"")};
}

void TestCliEval::evalBadLine()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, inError);
    const Run r = run({"eval", "relu"}, input);
    QCOMPARE(r.exitCode, 2);
    for (const QString &part : inError)
        QVERIFY2(r.err.contains(part.toUtf8()), qPrintable(QString::fromUtf8(r.err)));
    QVERIFY2(QString::fromUtf8(r.err).toUtf8() == r.err, "not UTF-8");
    QVERIFY(r.err.endsWith('\n'));
}
QTEST_GUILESS_MAIN(TestCliEval)
#include "tst_clieval.moc"
