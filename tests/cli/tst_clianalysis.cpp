// SPDX-License-Identifier: MIT
// The actviz softmax and saturation commands end to end: softmax, log-softmax and the Jacobian of
// a typed vector, and the intervals where |f'| < ε. Expected numbers are closed forms or 17-digit
// mpmath values (50-digit working precision), each with the expression that produced it.
#include "clirun.h"

#include <QTest>
#include <cmath>
#include <vector>

using namespace clitest;

class TestCliAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void softmax_data();
    void softmax();
    void softmaxRefusals_data();
    void softmaxRefusals();
    void longVectorRefusalIsShort();
    void softmaxJacobian_data();
    void softmaxJacobian();
    void saturation_data();
    void saturation();
};

void TestCliAnalysis::softmax_data()
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
    // Beside softmax (issue 13), worked by hand. sparsemax(1, 2, 2.5): τ = (2 + 2.5 − 1)/2 = 1.75.
    QTest::newRow("--map sparsemax") << QStringList{"--map", "sparsemax", "1, 2, 2.5"} << QList<double>{0, 0.25, 0.75};
    // 1.5-entmax(0, 2): [x/2 − τ]₊² over (0, 1) sums to 1 at τ = 0: (0, 1).
    QTest::newRow("--map entmax15") << QStringList{"--map", "entmax15", "0, 2"} << QList<double>{0, 1};
    // softmax1(0, 0) = 1/(1 + 2) each.
    QTest::newRow("--map softmax1") << QStringList{"--map=softmax1", "0, 0"} << QList<double>{1.0 / 3, 1.0 / 3};
    // top-2 of (1, 2, 3): softmax(2, 3) = σ(−1), σ(1).
    QTest::newRow("--top-k 2") << QStringList{"--top-k", "2", "1, 2, 3"}
                               << QList<double>{0, 0.26894142136999512, 0.73105857863000488};
    // top-p 0.5 of softmax(1, 2, 3) keeps 0.665 alone.
    QTest::newRow("--top-p 0.5") << QStringList{"--top-p", "0.5", "1, 2, 3"} << QList<double>{0, 0, 1};
    QTest::newRow("--support") << QStringList{"--support", "--map", "sparsemax", "1, 2, 2.5"} << QList<double>{2};
}

void TestCliAnalysis::softmax()
{
    QFETCH(QStringList, args);
    QFETCH(QList<double>, expected);
    const Run r = run(QStringList{"softmax"} + args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    compareNumbers(r.out, expected, 2e-15);
}

// A bad option of the maps beside softmax: exit 2, the flag and the value named.
void TestCliAnalysis::softmaxRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown map") << QStringList{"--map", "sparse", "1, 2"} << "--map 'sparse' is not one of";
    QTest::newRow("fractional k") << QStringList{"--top-k", "1.5", "1, 2"} << "--top-k '1.5' must be a whole number";
    QTest::newRow("p = 0") << QStringList{"--top-p", "0", "1, 2"} << "--top-p '0' must be a number in (0, 1]";
    QTest::newRow("seed -1") << QStringList{"--gumbel", "-1", "1, 2"} << "--gumbel '-1' must be a whole number";
    // Above 2^53 − 1 a seed would be read as a neighbour; from 2^52 a fraction would be lost.
    QTest::newRow("seed 2^53 + 1") << QStringList{"--gumbel", "9007199254740993", "1, 2"}
                                   << "--gumbel '9007199254740993' must be a whole number from 0 to 9007199254740991";
    QTest::newRow("seed 2^53") << QStringList{"--gumbel", "9007199254740992", "1, 2"} << "--gumbel '9007199254740992'";
    QTest::newRow("seed 2^52 + 0.5") << QStringList{"--gumbel", "4503599627370496.5", "1, 2"}
                                     << "--gumbel '4503599627370496.5' must be written in digits alone";
    QTest::newRow("seed 2^53 - 1 with a point") << QStringList{"--gumbel", "9007199254740991.0", "1, 2"}
                                                << "must be written in digits alone from 4503599627370496 (2^52)";
    QTest::newRow("empty seed") << QStringList{"--gumbel", "", "1, 2"} << "option --gumbel needs a value";
    QTest::newRow("empty k") << QStringList{"--top-k=", "1, 2"} << "option --top-k needs a value";
    QTest::newRow("blank p") << QStringList{"--top-p", " ", "1, 2"} << "option --top-p needs a value";
    QTest::newRow("empty map") << QStringList{"--map", "", "1, 2"} << "option --map needs a value";
    QTest::newRow("--log with --map") << QStringList{"--log", "--map", "sparsemax", "1, 2"}
                                      << "--log is log-softmax only";
    QTest::newRow("NaN entry") << QStringList{"--map", "entmax15", "1, nan"} << "entry 2";
    // The parser's reason quotes the bad entry: shown, not sent to the terminal.
    QTest::newRow("escape sequence in an entry") << QStringList{"1,\x1b[31mX,3"} << "(\"\\x1b[31mX\")";
    QTest::newRow("DEL in an entry") << QStringList{"1,\x7fX"} << "\\x7fX";
}

void TestCliAnalysis::softmaxRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(QStringList{"softmax"} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    for (const char c : r.err.chopped(1))
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F, r.err.constData());
}

// The refusal of a long vector names the bad entry in a message of a few lines: the vector is
// quoted only by its start, cut at a character boundary (the full-width commas are 3 bytes).
void TestCliAnalysis::longVectorRefusalIsShort()
{
    QStringList entries(999, QStringLiteral("0.125"));
    entries.append(QStringLiteral("zz"));
    const Run r = run({"softmax", entries.join(QChar(0xFF0C))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QLatin1String("zz")) && err.contains(QLatin1String("1000")), r.err.constData());
    QVERIFY2(r.err.size() < 400, r.err.constData());
    QCOMPARE(err.toUtf8(), r.err); // whole characters only
    QVERIFY(err.contains(QStringLiteral("…'")));
}

void TestCliAnalysis::softmaxJacobian_data()
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

void TestCliAnalysis::softmaxJacobian()
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

void TestCliAnalysis::saturation_data()
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

void TestCliAnalysis::saturation()
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

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_clianalysis.moc"
