// SPDX-License-Identifier: MIT
// The actviz command line end to end: the real binary run through QProcess, its stdout,
// stderr and exit code checked. Expected numbers are closed forms or 17-digit mpmath values
// (50-digit working precision), each with the expression that produced it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The table, in its order.
const QStringList kIds = {
    "identity",      "step",        "sigmoid",   "tanh",       "relu",        "relu6",
    "leaky_relu",    "prelu",       "rrelu",     "elu",        "celu",        "selu",
    "gelu",          "gelu_tanh",   "silu",      "swish",      "mish",        "softplus",
    "softsign",      "hardsigmoid", "hardswish", "hardtanh",   "logsigmoid",  "tanhshrink",
    "softshrink",    "hardshrink",  "gaussian",  "arctan",     "lecun_tanh",  "symmetric_sigmoid",
    "bent_identity", "loglog",      "isru",      "squareplus", "threshold",   "sinusoid",
    "cosine",        "sinc",        "abs",       "sign",       "exponential",
};

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(ACTVIZ_BINARY), args);
    Run result;
    if (!process.waitForStarted()) {
        result.err = "could not start " ACTVIZ_BINARY;
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = "actviz did not finish normally";
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> all = text.split('\n');
    if (!all.isEmpty() && all.back().isEmpty())
        all.pop_back();
    return all;
}

// strtod from the C library, not the from_chars the program uses: the whole text must be
// one number.
std::optional<double> number(const QByteArray &text)
{
    const std::string s = text.toStdString();
    char *end = nullptr;
    const double x = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size())
        return std::nullopt;
    return x;
}

// Within rel·|want|; NaN matches NaN, infinities and zeros must match exactly.
bool near(double got, double want, double rel = 1e-15)
{
    if (std::isnan(want))
        return std::isnan(got);
    if (std::isinf(want) || want == 0.0)
        return got == want;
    return std::fabs(got - want) <= rel * std::fabs(want);
}

void compareNumbers(const QByteArray &out, const QList<double> &expected, double rel = 1e-15)
{
    const QList<QByteArray> got = lines(out);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        const auto x = number(got[i]);
        QVERIFY2(x.has_value(), qPrintable("line " + QString::number(i + 1) + " is not a number: " + got[i]));
        QVERIFY2(near(*x, expected[i], rel), qPrintable(QStringLiteral("line %1: got %2, want %3")
                                                            .arg(i + 1)
                                                            .arg(QString::fromLatin1(got[i]))
                                                            .arg(expected[i], 0, 'g', 17)));
    }
}

// The parameters the issue gives each function, as name → default.
QHash<QString, QList<QPair<QString, double>>> expectedParameters()
{
    return {
        {"leaky_relu", {{"alpha", 0.01}}},
        {"prelu", {{"alpha", 0.25}}},
        {"rrelu", {{"alpha", 1.0 / 8.0}, {"beta", 1.0 / 3.0}}},
        {"elu", {{"alpha", 1.0}}},
        {"celu", {{"alpha", 1.0}}},
        {"swish", {{"beta", 1.0}}},
        {"softplus", {{"beta", 1.0}}},
        {"softshrink", {{"alpha", 0.5}}},
        {"hardshrink", {{"alpha", 0.5}}},
        {"isru", {{"alpha", 1.0}}},
        {"squareplus", {{"beta", 4.0}}},
        {"threshold", {{"alpha", 1.0}, {"beta", 0.0}}},
    };
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void help_data();
    void help();
    void version();
    void listJson();
    void listTable();
    void eval_data();
    void eval();
    void roundTrip_data();
    void roundTrip();
    void roundTripManyLines();
    void evalAnswersBeforeEndOfInput();
    void evalBadLine_data();
    void evalBadLine();
    void unknownFunctionListsIds();
    void badArguments_data();
    void badArguments();
    void softmax_data();
    void softmax();
    void softmaxJacobian_data();
    void softmaxJacobian();
    void saturation_data();
    void saturation();
};

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("help") << QStringList{"help"};
    QTest::newRow("--help") << QStringList{"--help"};
    QTest::newRow("-h") << QStringList{"-h"};
    QTest::newRow("eval --help") << QStringList{"eval", "relu", "--help"};
    QTest::newRow("softmax -h") << QStringList{"softmax", "-h", "1,2"};
}

void TestCli::help()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.startsWith("Usage: actviz"));
    for (const char *word : {"list", "eval", "softmax", "saturation", "export FILE", "--json", "--alpha", "--beta",
                             "--derivative", "--temperature", "--log", "--jacobian", "--epsilon", "--range",
                             "--version", "1e400", "Exit status: 0", "1 when", "2 on a bad"})
        QVERIFY2(r.out.contains(word), word);
}

void TestCli::version()
{
    const Run r = run({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.startsWith("actviz "));
    QCOMPARE(lines(r.out).size(), 1);
}

void TestCli::listJson()
{
    const Run r = run({"list", "--json"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray functions = doc.array();
    QCOMPARE(functions.size(), kIds.size());
    const auto parameters = expectedParameters();
    for (qsizetype i = 0; i < functions.size(); ++i) {
        const QJsonObject f = functions[i].toObject();
        const QString id = f["id"].toString();
        QCOMPARE(id, kIds[i]);
        QVERIFY2(!f["name"].toString().isEmpty(), qPrintable(id));
        const QJsonArray params = f["parameters"].toArray();
        const auto want = parameters.value(id);
        QVERIFY2(params.size() == want.size(), qPrintable(id));
        for (qsizetype k = 0; k < params.size(); ++k) {
            const QJsonObject p = params[k].toObject();
            QCOMPARE(p["name"].toString(), want[k].first);
            // The text round-trips, so a default of 1/3 comes back as exactly 1.0/3.0.
            QCOMPARE(p["default"].toDouble(), want[k].second);
            QVERIFY2(p["min"].isDouble() && p["max"].isDouble(), qPrintable(id));
            QVERIFY2(p["min"].toDouble() <= p["default"].toDouble(), qPrintable(id));
            QVERIFY2(p["default"].toDouble() <= p["max"].toDouble(), qPrintable(id));
        }
    }
}

void TestCli::listTable()
{
    const Run r = run({"list"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QList<QByteArray> rows = lines(r.out);
    QCOMPARE(rows.size(), kIds.size() + 1); // a header, then one row per function
    const qsizetype nameColumn = rows[0].indexOf("NAME");
    QVERIFY(nameColumn > 0);
    for (qsizetype i = 0; i < kIds.size(); ++i) {
        const QByteArray &row = rows[i + 1];
        QVERIFY2(row.startsWith(kIds[i].toLatin1() + ' '), row.constData());
        // Aligned: every name starts under the header's NAME.
        QVERIFY2(row.at(nameColumn - 1) == ' ' && row.at(nameColumn) != ' ', row.constData());
    }
    QVERIFY(rows[kIds.indexOf("leaky_relu") + 1].contains("alpha=0.01"));
    QVERIFY(rows[kIds.indexOf("squareplus") + 1].contains("beta=4"));
    QVERIFY(!rows[kIds.indexOf("sigmoid") + 1].contains("alpha"));
}

void TestCli::eval_data()
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
}

void TestCli::eval()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QList<double>, expected);
    const Run r = run(QStringList{"eval"} + args, input);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    compareNumbers(r.out, expected);
}

void TestCli::roundTrip_data()
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

void TestCli::roundTrip()
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
void TestCli::roundTripManyLines()
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
void TestCli::evalAnswersBeforeEndOfInput()
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

void TestCli::evalBadLine_data()
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
}

void TestCli::evalBadLine()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, inError);
    const Run r = run({"eval", "relu"}, input);
    QCOMPARE(r.exitCode, 2);
    for (const QString &part : inError)
        QVERIFY2(r.err.contains(part.toUtf8()), qPrintable(QString::fromUtf8(r.err)));
}

void TestCli::unknownFunctionListsIds()
{
    for (const QString &command : {QStringLiteral("eval"), QStringLiteral("saturation")}) {
        const Run r = run({command, "reluu"}, "1\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("reluu"));
        for (const QString &id : kIds)
            QVERIFY2(r.err.contains(id.toLatin1()), qPrintable(id));
    }
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("inError");
    QTest::newRow("unknown command") << QStringList{"plot"} << QStringList{"plot", "export"};
    QTest::newRow("unknown top-level option") << QStringList{"--bogus"} << QStringList{"--bogus"};
    QTest::newRow("list: extra argument") << QStringList{"list", "extra"} << QStringList{"extra"};
    QTest::newRow("list: --json=1") << QStringList{"list", "--json=1"} << QStringList{"--json"};
    QTest::newRow("list: unknown option") << QStringList{"list", "--yaml"} << QStringList{"--yaml"};
    QTest::newRow("eval: no function") << QStringList{"eval"} << QStringList{"FUNCTION"};
    QTest::newRow("eval: two functions") << QStringList{"eval", "relu", "tanh"} << QStringList{"tanh"};
    QTest::newRow("eval: unknown option") << QStringList{"eval", "relu", "--frobnicate"} << QStringList{"--frobnicate"};
    QTest::newRow("eval: unknown short option") << QStringList{"eval", "relu", "-x"} << QStringList{"-x"};
    QTest::newRow("eval: flag with value")
        << QStringList{"eval", "relu", "--derivative=1"} << QStringList{"--derivative"};
    QTest::newRow("eval: --alpha missing value")
        << QStringList{"eval", "leaky_relu", "--alpha"} << QStringList{"--alpha"};
    QTest::newRow("eval: --alpha not a number")
        << QStringList{"eval", "leaky_relu", "--alpha", "abc"} << QStringList{"--alpha", "abc"};
    QTest::newRow("eval: --alpha=1x") << QStringList{"eval", "leaky_relu", "--alpha=1x"}
                                      << QStringList{"--alpha", "1x"};
    QTest::newRow("eval: --alpha empty") << QStringList{"eval", "leaky_relu", "--alpha="} << QStringList{"--alpha"};
    QTest::newRow("eval: --alpha inf") << QStringList{"eval", "leaky_relu", "--alpha", "inf"}
                                       << QStringList{"--alpha", "inf"};
    QTest::newRow("eval: --alpha nan") << QStringList{"eval", "leaky_relu", "--alpha", "nan"}
                                       << QStringList{"--alpha", "nan"};
    QTest::newRow("eval: --alpha 1e400") << QStringList{"eval", "leaky_relu", "--alpha", "1e400"}
                                         << QStringList{"--alpha", "1e400", "range of a double"};
    QTest::newRow("eval: parameter not used") << QStringList{"eval", "sigmoid", "--alpha", "1"} << QStringList{"alpha"};
    QTest::newRow("eval: beta not used") << QStringList{"eval", "leaky_relu", "--beta=2"} << QStringList{"beta"};
    QTest::newRow("eval: celu alpha 0 outside domain")
        << QStringList{"eval", "celu", "--alpha", "0"} << QStringList{"--alpha", "'0'"};
    QTest::newRow("eval: softplus beta 0 outside domain")
        << QStringList{"eval", "softplus", "--beta", "0"} << QStringList{"--beta", "'0'"};
    QTest::newRow("eval: squareplus beta -1 outside domain")
        << QStringList{"eval", "squareplus", "--beta", "-1"} << QStringList{"--beta", "'-1'"};
    QTest::newRow("softmax: no values") << QStringList{"softmax"} << QStringList{"VALUES"};
    QTest::newRow("softmax: --temperature missing value")
        << QStringList{"softmax", "--temperature"} << QStringList{"--temperature"};
    QTest::newRow("softmax: temperature 0")
        << QStringList{"softmax", "--temperature", "0", "1,2"} << QStringList{"--temperature", "'0'"};
    QTest::newRow("softmax: temperature -1")
        << QStringList{"softmax", "--temperature", "-1", "1,2"} << QStringList{"--temperature", "'-1'"};
    QTest::newRow("softmax: temperature inf")
        << QStringList{"softmax", "--temperature=inf", "1,2"} << QStringList{"--temperature", "'inf'"};
    QTest::newRow("softmax: temperature word")
        << QStringList{"softmax", "--temperature", "hot", "1,2"} << QStringList{"--temperature", "hot"};
    QTest::newRow("softmax: --log with --jacobian")
        << QStringList{"softmax", "--log", "--jacobian", "1,2"} << QStringList{"--jacobian"};
    QTest::newRow("softmax: unknown option") << QStringList{"softmax", "--loud", "1"} << QStringList{"--loud"};
    QTest::newRow("softmax: empty entry") << QStringList{"softmax", "1,,2"} << QStringList{"1,,2", "entry 2"};
    QTest::newRow("softmax: garbage") << QStringList{"softmax", "1, abc"} << QStringList{"abc"};
    QTest::newRow("softmax: nan") << QStringList{"softmax", "1, nan"} << QStringList{"nan"};
    QTest::newRow("softmax: +inf") << QStringList{"softmax", "inf, 1"} << QStringList{"inf"};
    QTest::newRow("softmax: all masked") << QStringList{"softmax", "-inf, -inf"} << QStringList{"-inf, -inf"};
    QTest::newRow("saturation: no function") << QStringList{"saturation"} << QStringList{"FUNCTION"};
    QTest::newRow("saturation: epsilon 0")
        << QStringList{"saturation", "relu", "--epsilon", "0"} << QStringList{"--epsilon", "'0'"};
    QTest::newRow("saturation: epsilon -0.1")
        << QStringList{"saturation", "relu", "--epsilon", "-0.1"} << QStringList{"--epsilon", "'-0.1'"};
    QTest::newRow("saturation: epsilon word")
        << QStringList{"saturation", "relu", "--epsilon=small"} << QStringList{"--epsilon", "small"};
    QTest::newRow("saturation: --range missing value")
        << QStringList{"saturation", "relu", "--range"} << QStringList{"--range"};
    QTest::newRow("saturation: range reversed")
        << QStringList{"saturation", "relu", "--range", "5:1"} << QStringList{"--range", "'5:1'"};
    QTest::newRow("saturation: range without colon")
        << QStringList{"saturation", "relu", "--range", "1"} << QStringList{"--range", "'1'"};
    QTest::newRow("saturation: range words")
        << QStringList{"saturation", "relu", "--range", "a:b"} << QStringList{"--range", "'a:b'"};
    QTest::newRow("saturation: range beyond double")
        << QStringList{"saturation", "relu", "--range=-1e999:0"} << QStringList{"--range", "-1e999", "range of a double"};
    QTest::newRow("softmax: 1e400") << QStringList{"softmax", "1, 1e400"} << QStringList{"1e400", "range of a double"};
    QTest::newRow("saturation: infinite range")
        << QStringList{"saturation", "relu", "--range=-inf:0"} << QStringList{"--range", "'-inf:0'"};
    QTest::newRow("saturation: parameter not used")
        << QStringList{"saturation", "relu", "--alpha", "1"} << QStringList{"alpha"};
    QTest::newRow("saturation: unknown option")
        << QStringList{"saturation", "relu", "--eps", "1"} << QStringList{"--eps"};
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, inError);
    const Run r = run(args, "1\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    for (const QString &part : inError)
        QVERIFY2(r.err.contains(part.toUtf8()), qPrintable(QString::fromUtf8(r.err)));
}

void TestCli::softmax_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<double>>("expected");
    // softmax(0, 1, 2) = e^k / (1 + e + e²)
    const QList<double> s012 = {0.090030573170380458, 0.24472847105479765, 0.66524095577482189};
    QTest::newRow("1000, 1001, 1002") << QStringList{"1000, 1001, 1002"} << s012;
    QTest::newRow("1 2 3 unquoted") << QStringList{"1", "2", "3"} << s012;
    QTest::newRow("brackets and semicolons") << QStringList{"[1; 2; 3]"} << s012;
    // σ(1), σ(−1)
    QTest::newRow("-1000, -1001") << QStringList{"-1000, -1001"}
                                  << QList<double>{0.73105857863000488, 0.26894142136999512};
    QTest::newRow("-inf masks") << QStringList{"-inf, 1"} << QList<double>{0.0, 1.0};
    QTest::newRow("full-width comma") << QStringList{"1\uFF0C2"}
                                      << QList<double>{0.26894142136999512, 0.73105857863000488};
    // softmax(−1, 2, 3)
    QTest::newRow("VALUES starting with -")
        << QStringList{"-1,2,3"} << QList<double>{0.013212886953789415, 0.26538792877224193, 0.72139918427396865};
    // softmax(1/2, 1, 3/2)
    const QList<double> t2 = {0.18632372322584758, 0.3071958857184984, 0.50648039105565403};
    QTest::newRow("--temperature 2") << QStringList{"--temperature", "2", "1,2,3"} << t2;
    QTest::newRow("--temperature=2 after VALUES") << QStringList{"1,2,3", "--temperature=2"} << t2;
    // log softmax(1, 2, 3) = k − log(e + e² + e³)
    QTest::newRow("--log") << QStringList{"--log", "1, 2, 3"}
                           << QList<double>{-2.4076059644443803, -1.4076059644443803, -0.4076059644443803};
    QTest::newRow("--log with a mask") << QStringList{"--log", "-inf, 0"} << QList<double>{-kInf, 0.0};
    QTest::newRow("-- before VALUES") << QStringList{"--log", "--", "-inf, 0"} << QList<double>{-kInf, 0.0};
}

void TestCli::softmax()
{
    QFETCH(QStringList, args);
    QFETCH(QList<double>, expected);
    const Run r = run(QStringList{"softmax"} + args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    compareNumbers(r.out, expected, 2e-15);
}

void TestCli::softmaxJacobian_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("n");
    QTest::addColumn<QList<double>>("diagonal");
    // s_k(1 − s_k) for s = softmax(1, 2, 3)
    QTest::newRow("1, 2, 3") << QStringList{"1, 2, 3"} << 3
                             << QList<double>{0.081925069064993228, 0.18483644650997872, 0.22269542653462336};
    QTest::newRow("with a mask") << QStringList{"-inf, 0"} << 2 << QList<double>{0.0, 0.0};
    QTest::newRow("five entries") << QStringList{"0 0 0 0 0"} << 5 << QList<double>{0.16, 0.16, 0.16, 0.16, 0.16};
}

void TestCli::softmaxJacobian()
{
    QFETCH(QStringList, args);
    QFETCH(int, n);
    QFETCH(QList<double>, diagonal);
    const Run r = run(QStringList{"softmax", "--jacobian"} + args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> rows = lines(r.out);
    QCOMPARE(rows.size(), qsizetype(n));
    std::vector<std::vector<double>> j(n);
    for (int i = 0; i < n; ++i) {
        const QList<QByteArray> fields = rows[i].split(',');
        QCOMPARE(fields.size(), qsizetype(n));
        double sum = 0.0;
        for (const QByteArray &field : fields) {
            const auto x = number(field);
            QVERIFY2(x.has_value(), field.constData());
            j[i].push_back(*x);
            sum += *x;
        }
        QVERIFY2(std::fabs(sum) < 1e-15, qPrintable(QString::number(sum)));
        QVERIFY2(near(j[i][i], diagonal[i], 1e-14), rows[i].constData());
    }
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            QCOMPARE(j[a][b], j[b][a]);
}

void TestCli::saturation_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<double>>("endpoints"); // lo, hi of each interval in turn
    QTest::addColumn<QStringList>("kinds");       // with --verbose: the third field of each line
    QTest::addColumn<double>("tolerance");
    QTest::newRow("relu") << QStringList{"relu"} << QList<double>{-10, 0} << QStringList{} << 0.0;
    QTest::newRow("relu on -5:5, verbose")
        << QStringList{"relu", "--range", "-5:5", "--verbose"} << QList<double>{-5, 0} << QStringList{"dead"} << 0.0;
    QTest::newRow("relu on -20:-10") << QStringList{"relu", "--range=-20:-10"} << QList<double>{-20, -10}
                                     << QStringList{} << 0.0;
    // σ(1 − σ) = ε at x = ±log(σ/(1 − σ)), σ = (1 + √(1 − 4ε))/2: 2.8872709503576207 for ε = 0.05
    QTest::newRow("sigmoid") << QStringList{"sigmoid"}
                             << QList<double>{-10, -2.8872709503576207, 2.8872709503576207, 10} << QStringList{}
                             << 1e-9;
    QTest::newRow("sigmoid, verbose") << QStringList{"sigmoid", "--verbose"}
                                      << QList<double>{-10, -2.8872709503576207, 2.8872709503576207, 10}
                                      << QStringList{"saturated", "saturated"} << 1e-9;
    // the same for ε = 0.1
    QTest::newRow("sigmoid, epsilon 0.1")
        << QStringList{"sigmoid", "--epsilon", "0.1"} << QList<double>{-10, -2.0634370688955605, 2.0634370688955605, 10}
        << QStringList{} << 1e-9;
    QTest::newRow("sigmoid on -3:3") << QStringList{"sigmoid", "--range=-3:3"}
                                     << QList<double>{-3, -2.8872709503576207, 2.8872709503576207, 3} << QStringList{}
                                     << 1e-9;
    // 1 − tanh² = ε at x = ±atanh(√(1 − ε))
    QTest::newRow("tanh") << QStringList{"tanh"} << QList<double>{-10, -2.1782722103008761, 2.1782722103008761, 10}
                          << QStringList{} << 1e-9;
    QTest::newRow("leaky_relu --alpha -0.01: |f'| = 0.01 < ε")
        << QStringList{"leaky_relu", "--alpha", "-0.01"} << QList<double>{-10, 0} << QStringList{} << 0.0;
    QTest::newRow("identity: none") << QStringList{"identity"} << QList<double>{} << QStringList{} << 0.0;
}

void TestCli::saturation()
{
    QFETCH(QStringList, args);
    QFETCH(QList<double>, endpoints);
    QFETCH(QStringList, kinds);
    QFETCH(double, tolerance);
    const Run r = run(QStringList{"saturation"} + args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    const QList<QByteArray> rows = lines(r.out);
    QCOMPARE(rows.size() * 2, endpoints.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QList<QByteArray> fields = rows[i].split(',');
        QCOMPARE(fields.size(), kinds.isEmpty() ? qsizetype(2) : qsizetype(3));
        for (int k = 0; k < 2; ++k) {
            const auto x = number(fields[k]);
            QVERIFY2(x.has_value(), rows[i].constData());
            QVERIFY2(std::fabs(*x - endpoints[2 * i + k]) <= tolerance, rows[i].constData());
        }
        if (!kinds.isEmpty())
            QCOMPARE(QString::fromLatin1(fields[2]), kinds[i]);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
