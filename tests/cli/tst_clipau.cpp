// SPDX-License-Identifier: MIT
// PAU from the command line: `actviz eval pau` at the default coefficients and with --pau,
// `actviz saturation pau --pau …`, and --pau refused (exit 2, the flag and the bad token named).
// Expected numbers are mpmath's (tests/data/activation_reference.csv and pau_reference.csv,
// rounded to 17 digits) or closed forms.
#include "clirun.h"

#include <QTest>

using namespace clitest;

namespace {

const QString kKinky = QStringLiteral("0.5,-1,0.25,2,-0.75,0/1.5,-2,-0.5,0.25");

} // namespace

class TestCliPau : public QObject
{
    Q_OBJECT

private slots:
    void eval_data();
    void eval();
    void saturation();
    void refused_data();
    void refused();
};

void TestCliPau::eval_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<double>>("expected");
    // activation_reference.csv, pau at x = 2 and −1 (the authors' leaky-ReLU coefficients)
    QTest::newRow("default f") << QStringList{"pau"} << QByteArray("2\n-1\nnan\n")
                               << QList<double>{2.0011537490492678, -0.0091887417770521331, kNaN};
    QTest::newRow("default f'") << QStringList{"pau", "--derivative"} << QByteArray("2\n-1\n")
                                << QList<double>{1.0144890506675851, 0.033779705022640225};
    // The [5/4] Padé approximant of tanh at 1: 1051/1380; f′(1) from pau_reference.csv.
    QTest::newRow("tanh Padé") << QStringList{"pau", "--pau",
                                              "0,1,0,0.1111111111111111,0,0.0010582010582010583/"
                                              "0,0.4444444444444444,0,0.015873015873015872"}
                               << QByteArray("1\n") << QList<double>{0.76159420289855073};
    QTest::newRow("tanh Padé'") << QStringList{"pau", "--derivative",
                                               "--pau=0,1,0,0.1111111111111111,0,"
                                               "0.0010582010582010583/0,0.4444444444444444,0,"
                                               "0.015873015873015872"}
                                << QByteArray("1\n") << QList<double>{0.41997479521109012};
    // f(½) = 17/77 exactly; f(−inf) = a4/|b4| = −3; f′ at the kink 0 is P′(0)/Q(0) = a1 = −1, next to
    // it −1.75 (the side where S > 0).
    QTest::newRow("a5 = 0") << QStringList{"pau", "--pau", kKinky} << QByteArray("0.5\n-inf\n")
                            << QList<double>{0.22077922077922078, -3.0};
    QTest::newRow("a5 = 0, f'") << QStringList{"pau", "--derivative", "--pau", kKinky} << QByteArray("0\n5e-324\n")
                                << QList<double>{-1.0, -1.75};
}

void TestCliPau::eval()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QList<double>, expected);
    const Run r = run(QStringList{"eval"} + args, input);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    compareNumbers(r.out, expected);
}

void TestCliPau::saturation()
{
    // f ≡ 2 (P = 2, S = 0): f′ ≡ 0, dead on the whole range; f = x: never saturated.
    const Run flat = run({"saturation", "pau", "--pau", "2,0,0,0,0,0/0,0,0,0", "--range", "-3:4", "--verbose"});
    QVERIFY2(flat.exitCode == 0, flat.err.constData());
    QCOMPARE(flat.out, QByteArray("-3,4,dead\n"));
    const Run identity = run({"saturation", "pau", "--pau", "0,1,0,0,0,0/0,0,0,0"});
    QVERIFY2(identity.exitCode == 0, identity.err.constData());
    QCOMPARE(identity.out, QByteArray());
}

void TestCliPau::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("not a number") << QStringList{"eval", "pau", "--pau", "1,2,x,4,5,6/1,2,3,4"}
                                  << QStringList{"--pau", "'x' is not a number"};
    QTest::newRow("five numbers") << QStringList{"eval", "pau", "--pau", "1,2,3,4,5/1,2,3,4"}
                                  << QStringList{"--pau", "numerator needs 6 coefficients, got 5"};
    QTest::newRow("no slash") << QStringList{"eval", "pau", "--pau=1,2,3,4,5,6"}
                              << QStringList{"--pau", "'1,2,3,4,5,6'"};
    QTest::newRow("nan") << QStringList{"saturation", "pau", "--pau", "1,2,3,4,5,6/1,nan,3,4"}
                         << QStringList{"--pau", "'nan'", "finite"};
    QTest::newRow("1e400") << QStringList{"eval", "pau", "--pau", "1,2,3,4,5,6/1,2,3,1e400"}
                           << QStringList{"--pau", "'1e400'", "beyond the range"};
    QTest::newRow("another function") << QStringList{"eval", "relu", "--pau", "1,2,3,4,5,6/1,2,3,4"}
                                      << QStringList{"--pau", "relu"};
    QTest::newRow("missing value") << QStringList{"eval", "pau", "--pau"} << QStringList{"--pau"};
    QTest::newRow("with --expr") << QStringList{"eval", "--expr", "x*x", "--pau", "1,2,3,4,5,6/1,2,3,4"}
                                 << QStringList{"--pau", "--expr"};
    QTest::newRow("saturation with --expr")
        << QStringList{"saturation", "--expr", "tanh(x)", "--pau", "1,2,3,4,5,6/1,2,3,4"}
        << QStringList{"--pau", "--expr"};
}

void TestCliPau::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, named);
    const Run r = run(args, "1\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    for (const QString &part : named)
        QVERIFY2(QString::fromUtf8(r.err).contains(part), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliPau)
#include "tst_clipau.moc"
