// SPDX-License-Identifier: MIT
// `actviz export` end to end through QProcess: exit codes, the argument named on bad input,
// the file's pixel size, and no file (and an old file untouched) when writing fails.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run actviz(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The command must choose the offscreen platform itself.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACTVIZ_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void writesFiles_data();
    void writesFiles();
    void badArgument_data();
    void badArgument();
    void unwritablePath();
    void failedWriteKeepsOldFile();

private:
    QTemporaryDir m_dir;
};

void TestExportCli::writesFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("default size") << "a.png" << QStringList() << QSize(1600, 1000);
    QTest::newRow("everything") << "b.png"
                                << QStringList{"--functions", "leaky_relu,elu", "--derivatives", "--saturation",
                                               "--epsilon", "0.1", "--alpha", "0.3", "--xrange", "-3:3",
                                               "--yrange", "-1:3", "--size", "800x500", "--dpr", "2",
                                               "--title", "ReLU family"}
                                << QSize(1600, 1000);
    QTest::newRow("negative values") << "c.png" << QStringList{"--xrange", "-10:-2", "--size=640x480"} << QSize(640, 480);
    QTest::newRow("softmax") << "d.png" << QStringList{"--softmax", "-1, 0, 3", "--temperature", "2", "--size", "900x600"}
                             << QSize(900, 600);
    QTest::newRow("svg") << "e.svg" << QStringList() << QSize();
    QTest::newRow("pdf") << "f.pdf" << QStringList() << QSize();
}

void TestExportCli::writesFiles()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    QFETCH(QSize, pixels);
    const QString path = m_dir.filePath(name);
    const Run r = actviz(QStringList{"export", path} + options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(path));
    if (pixels.isValid())
        QCOMPARE(QImage(path).size(), pixels);
}

void TestExportCli::badArgument_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown function") << QStringList{"--functions", "sigmoid,nope"} << "nope";
    QTest::newRow("bad size") << QStringList{"--size", "big"} << "--size";
    QTest::newRow("inverted range") << QStringList{"--xrange", "3:-3"} << "--xrange";
    QTest::newRow("epsilon too large") << QStringList{"--epsilon", "2"} << "--epsilon";
    QTest::newRow("alpha not a number") << QStringList{"--alpha", "x"} << "--alpha";
    QTest::newRow("dpr zero") << QStringList{"--dpr", "0"} << "--dpr";
    QTest::newRow("bad softmax") << QStringList{"--softmax", "1, two"} << "two";
    QTest::newRow("temperature zero") << QStringList{"--temperature", "0"} << "--temperature";
    QTest::newRow("unknown option") << QStringList{"--colour", "red"} << "--colour";
    QTest::newRow("missing value") << QStringList{"--title"} << "--title";
}

void TestExportCli::badArgument()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const QString path = m_dir.filePath(QStringLiteral("bad.png"));
    const Run r = actviz(QStringList{"export", path} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestExportCli::unwritablePath()
{
    const Run noFile = actviz({QStringLiteral("export")});
    QCOMPARE(noFile.exitCode, 2);
    const Run badExt = actviz({QStringLiteral("export"), m_dir.filePath(QStringLiteral("x.gif"))});
    QCOMPARE(badExt.exitCode, 2);
    const QString path = m_dir.filePath(QStringLiteral("missing/dir/x.png"));
    const Run r = actviz({QStringLiteral("export"), path});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.exitCode != 2);
    QVERIFY(r.err.contains(path));
    QVERIFY(!QFile::exists(path));
}

void TestExportCli::failedWriteKeepsOldFile()
{
    // A directory named like the target: the rename at the end fails and nothing is replaced.
    const QString path = m_dir.filePath(QStringLiteral("taken.png"));
    QVERIFY(QDir().mkpath(path));
    const Run r = actviz({QStringLiteral("export"), path});
    QVERIFY(r.exitCode != 0);
    QVERIFY(QFileInfo(path).isDir());
    // No temporary file is left behind beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("taken*")}, QDir::Files).size(), 0);
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
