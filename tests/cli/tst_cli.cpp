// SPDX-License-Identifier: MIT
// The actviz command line end to end, its surface: help and version, the function list as JSON
// and as a table, and the refusal (exit 2, a message naming the problem) of unknown functions
// and bad arguments. The real binary runs through QProcess (clirun.h); eval, softmax and
// saturation results are in tst_clieval and tst_clianalysis.
#include "clirun.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

// The table, in its order.
const QStringList kIds = {
    "identity",      "step",        "sigmoid",   "tanh",       "relu",        "relu6",
    "leaky_relu",    "prelu",       "rrelu",     "elu",        "celu",        "selu",
    "gelu",          "gelu_tanh",   "silu",      "swish",      "mish",        "softplus",
    "softsign",      "hardsigmoid", "hardswish", "hardtanh",   "logsigmoid",  "tanhshrink",
    "softshrink",    "hardshrink",  "gaussian",  "arctan",     "lecun_tanh",  "symmetric_sigmoid",
    "bent_identity", "loglog",      "isru",      "squareplus", "threshold",   "sinusoid",
    "cosine",        "sinc",        "abs",       "sign",       "exponential", "relu2",
    "starrelu",      "sparse_plus", "smish",     "xielu",      "snake",       "dyt",
    "pau",
};

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
        {"starrelu", {{"alpha", 0.8944271909999159}, {"beta", -0.4472135954999579}}},
        {"smish", {{"alpha", 1.0}, {"beta", 1.0}}},
        {"xielu", {{"alpha", 0.8}, {"beta", 0.8}}},
        {"snake", {{"alpha", 1.0}}},
        {"dyt", {{"alpha", 0.5}, {"beta", 1.0}}},
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
    void fullStdoutIsAnError_data();
    void fullStdoutIsAnError();
    void librariesNotFromWorkingDirectory();
    void listJson();
    void listTable();
    void unknownFunctionListsIds();
    void badArguments_data();
    void badArguments();
    void windowWithoutDisplay_data();
    void windowWithoutDisplay();
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

void TestCli::fullStdoutIsAnError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("who");
    QTest::newRow("help") << QStringList{"--help"} << QByteArray() << QByteArray("help");
    QTest::newRow("version") << QStringList{"--version"} << QByteArray() << QByteArray("version");
    QTest::newRow("list") << QStringList{"list"} << QByteArray() << QByteArray("list");
    QTest::newRow("list --json") << QStringList{"list", "--json"} << QByteArray() << QByteArray("list");
    QTest::newRow("softmax") << QStringList{"softmax", "1,2,3"} << QByteArray() << QByteArray("softmax");
    QTest::newRow("softmax --jacobian") << QStringList{"softmax", "--jacobian", "1,2"} << QByteArray()
                                        << QByteArray("softmax");
    QTest::newRow("saturation") << QStringList{"saturation", "sigmoid"} << QByteArray() << QByteArray("saturation");
    QTest::newRow("eval") << QStringList{"eval", "sigmoid"} << QByteArray("0\n1\n") << QByteArray("eval");
    QTest::newRow("export --help") << QStringList{"export", "--help"} << QByteArray() << QByteArray("export");
}

// Output that cannot be written (here to /dev/full, as to a full disk) is exit 1 and a message,
// never a silent success that leaves an empty or cut file behind a pipeline.
void TestCli::fullStdoutIsAnError()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, who);
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(ACTVIZ_BINARY), args);
    QVERIFY(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains("actviz: " + who + ": cannot write stdout: "), err.constData());
}

// The dynamic loader looks for actviz's libraries in the system's directories only: a folder
// holding files named like them (here not libraries at all) changes nothing when actviz runs
// there. An empty entry in the binary's run path would send the loader to that folder first.
void TestCli::librariesNotFromWorkingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6Charts.so.6",
                             "libstdc++.so.6", "libm.so.6"}) {
        QFile decoy(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(decoy.open(QIODevice::WriteOnly));
        decoy.write("not a library\n");
    }
    const Run r = run({"--version"}, {}, dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("actviz "));
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
    QTest::newRow("--version: extra argument") << QStringList{"--version", "extra"} << QStringList{"extra"};
    // A value given twice is refused, not overwritten by the last.
    QTest::newRow("eval: --alpha twice") << QStringList{"eval", "leaky_relu", "--alpha", "1", "--alpha=2"}
                                         << QStringList{"--alpha", "twice", "'1'"};
    QTest::newRow("softmax: --temperature twice")
        << QStringList{"softmax", "--temperature", "2", "--temperature", "3", "1,2"} << QStringList{"--temperature", "twice"};
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
    QTest::newRow("saturation: range beyond double") << QStringList{"saturation", "relu", "--range=-1e999:0"}
                                                     << QStringList{"--range", "-1e999", "range of a double"};
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

void TestCli::windowWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named"); // what the message must name
    // A typo is reported as one, with no display as with one: Qt aborted (SIGABRT) before
    // the arguments were read.
    QTest::newRow("option before a command") << QStringList{"--lang", "zh_CN", "eval", "sigmoid"} << 2 << "“eval”";
    QTest::newRow("unknown language") << QStringList{"--lang", "fr"} << 2 << "“fr”";
    QTest::newRow("language missing") << QStringList{"--lang"} << 2 << "--lang needs a value";
    QTest::newRow("two lessons") << QStringList{"a.json", "b.json"} << 2 << "“b.json”";
    QTest::newRow("missing lesson") << QStringList{"no-such-lesson.json"} << 2 << "no-such-lesson.json";
    // Good arguments and no display: a message and exit code 1.
    QTest::newRow("no display") << QStringList{} << 1 << "no display";
    QTest::newRow("no display, a language") << QStringList{"--lang", "en"} << 1 << "DISPLAY is not set";
}

void TestCli::windowWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ACTVIZ_BINARY), args);
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(err.contains(named), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("actviz: ")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
