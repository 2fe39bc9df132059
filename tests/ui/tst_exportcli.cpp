// SPDX-License-Identifier: MIT
// `actviz export` end to end through QProcess: exit codes, the argument named on bad input,
// the file's pixel size, and no file (and an old file untouched) when writing fails — also on a
// full disk (a 64 KiB tmpfs, when the test runs as root, as CI does).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

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
    // As in cron jobs and CI: Qt would warn about it on stderr unless actviz provides one.
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
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
    void readOnlyFileIsNamed();
    void hugeSoftmaxIsCountedNotEchoed();
    void badLesson_data();
    void badLesson();
    void fullDisk_data();
    void fullDisk();

private:
    QTemporaryDir m_dir;
};

void TestExportCli::writesFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("default size") << "a.png" << QStringList() << QSize(1600, 1000);
    QTest::newRow("everything")
        << "b.png" << QStringList{"--functions", "leaky_relu,elu", "--derivatives", "--saturation", "--epsilon",
                                  "0.1",         "--alpha",        "0.3",           "--xrange",     "-3:3",
                                  "--yrange",    "-1:3",           "--size",        "800x500",      "--dpr",
                                  "2",           "--title",        "ReLU family"}
        << QSize(1600, 1000);
    QTest::newRow("negative values") << "c.png" << QStringList{"--xrange", "-10:-2", "--size=640x480"}
                                     << QSize(640, 480);
    QTest::newRow("softmax") << "d.png"
                             << QStringList{"--softmax", "-1, 0, 3", "--temperature", "2", "--size", "900x600"}
                             << QSize(900, 600);
    QTest::newRow("svg") << "e.svg" << QStringList() << QSize();
    QTest::newRow("pdf") << "f.pdf" << QStringList() << QSize();
    // The edges of the ranges a plot accepts (AppState::checkRange): these used to hang (Qt
    // Charts asked for 10¹³ tick labels) or draw no labels.
    QTest::newRow("narrowest range at 0")
        << "g.png" << QStringList{"--xrange", "0:1e-10", "--size", "480x300"} << QSize(480, 300);
    QTest::newRow("narrow range at 1") << "h.png"
                                       << QStringList{"--xrange", "1:1.000000002", "--derivatives", "--size", "480x300"}
                                       << QSize(480, 300);
    QTest::newRow("huge range") << "i.png"
                                << QStringList{"--xrange",      "-8e307:8e307", "--functions", "identity,sigmoid,relu",
                                               "--derivatives", "--saturation", "--size",      "480x300"}
                                << QSize(480, 300);
    QTest::newRow("far tail") << "j.png" << QStringList{"--xrange", "1e300:2e300", "--size", "480x300"}
                              << QSize(480, 300);
    QTest::newRow("pau with coefficients") << "l.png" << QStringList{"--functions",
                                                                     "pau,leaky_relu",
                                                                     "--derivatives",
                                                                     "--pau",
                                                                     "0,1,0,0.1111,0,0.001/0,0.4444,0,0.0159",
                                                                     "--size",
                                                                     "480x300"}
                                           << QSize(480, 300);
    QTest::newRow("smallest figure") << "m.png"
                                     << QStringList{"--size",       "480x300", "--derivatives",
                                                    "--saturation", "--title", "The smallest figure actviz draws"}
                                     << QSize(480, 300);
    QTest::newRow("size written with ×") << "q.png" << QStringList{"--size", "640×400"} << QSize(640, 400);
    QTest::newRow("smallest figure with its caption")
        << "n.png" << QStringList{"--size", "640x400", "--derivatives", "--caption"} << QSize(640, 400);
    QTest::newRow("smallest figure of several charts")
        << "o.png" << QStringList{"--view", "depth", "--size", "800x500"} << QSize(800, 500);
    QTest::newRow("smallest figure of several charts with its caption")
        << "p.png" << QStringList{"--view", "training", "--size", "900x560", "--caption"} << QSize(900, 560);
    QTest::newRow("underflowing literal")
        << "k.png" << QStringList{"--xrange", "-1e-400:1", "--size", "480x300"} << QSize(480, 300);
}

void TestExportCli::writesFiles()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    QFETCH(QSize, pixels);
    const QString path = m_dir.filePath(name);
    const Run r = actviz(QStringList{"export", path} + options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no Qt chatter on a successful export
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
    QTest::newRow("range without a colon") << QStringList{"--yrange", "5"} << "got “5”";
    QTest::newRow("range end not a number") << QStringList{"--xrange", "1:x"} << "got “1:x”";
    QTest::newRow("epsilon too large") << QStringList{"--epsilon", "2"} << "--epsilon";
    QTest::newRow("alpha not a number") << QStringList{"--alpha", "x"} << "--alpha";
    QTest::newRow("alpha twice") << QStringList{"--functions", "elu", "--alpha", "1", "--alpha=2"} << "--alpha is given twice";
    QTest::newRow("dpr zero") << QStringList{"--dpr", "0"} << "--dpr";
    QTest::newRow("bad softmax") << QStringList{"--softmax", "1, two"} << "two";
    QTest::newRow("temperature zero") << QStringList{"--temperature", "0"} << "--temperature";
    QTest::newRow("unknown option") << QStringList{"--colour", "red"} << "--colour";
    QTest::newRow("missing value") << QStringList{"--title"} << "--title";
    QTest::newRow("range narrower than a plot can show") << QStringList{"--xrange", "0:1e-12"} << "too narrow";
    QTest::newRow("y range narrower than a plot can show") << QStringList{"--yrange", "5:5.000000000001"} << "--yrange";
    QTest::newRow("range wider than a double") << QStringList{"--xrange", "-1e308:1e308"} << "wider than";
    QTest::newRow("literal beyond a double") << QStringList{"--alpha", "1e400"} << "1e400";
    QTest::newRow("range end beyond a double") << QStringList{"--xrange", "-1e999:1"} << "-1e999";
    QTest::newRow("too many pixels") << QStringList{"--size", "16000x16000", "--dpr", "3"} << "100000000";
    QTest::newRow("too many pixels to draw before scaling down")
        << QStringList{"--size", "14000x14000", "--dpr", "0.7"} << "196000000 pixels";
    QTest::newRow("side too long") << QStringList{"--size", "20000x200"} << "16384";
    QTest::newRow("too narrow for the axes") << QStringList{"--size", "479x1000"} << "480x300";
    QTest::newRow("too low for the legend") << QStringList{"--size", "1600x299"} << "480x300";
    QTest::newRow("too small for the caption") << QStringList{"--size", "600x400", "--caption"}
                                               << "--size: the functions view with its caption needs a "
                                                  "figure of at least 640×400 pixels (got 600×400)";
    QTest::newRow("too small for several charts")
        << QStringList{"--view", "loss", "--size", "959x600"} << "the loss view needs a figure of at least 960×600";
    QTest::newRow("too small for the norm view's legend")
        << QStringList{"--view", "norm", "--size", "639x400"} << "the norm view needs a figure of at least 640×400";
    QTest::newRow("parameter no shown function has")
        << QStringList{"--functions", "sigmoid", "--alpha", "2"} << "none of sigmoid has a parameter alpha";
    QTest::newRow("escape sequence in a function id") << QStringList{"--functions", "relu,\x1b[2Jx"} << "“\\x1b[2Jx”";
    QTest::newRow("emoji where the value is cut")
        << QStringList{"--title", "t", "--functions", QString(59, QLatin1Char('x')) + QStringLiteral("😀😀")}
        << QString(59, QLatin1Char('x')) + QStringLiteral("…");
    QTest::newRow("function named twice") << QStringList{"--functions", "relu,relu"} << "“relu” is named twice";
    QTest::newRow("pau coefficient not a number")
        << QStringList{"--functions", "pau", "--pau", "1,2,x,4,5,6/1,2,3,4"} << "--pau: “x” is not a number";
    QTest::newRow("pau without the slash") << QStringList{"--pau", "1,2,3,4,5,6"} << "--pau: “1,2,3,4,5,6” is not";
}

void TestExportCli::badArgument()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const QString path = m_dir.filePath(QStringLiteral("bad.png"));
    const Run r = actviz(QStringList{"export", path} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY2(r.err.count(QStringLiteral("got ")) <= 1, qPrintable(r.err));            // the value is quoted once
    QVERIFY2(!r.err.contains(QChar(QChar::ReplacementCharacter)), qPrintable(r.err)); // no half character
    for (const QChar c : r.err)
        QVERIFY2(c >= QChar(0x20) || c == QLatin1Char('\n'), qPrintable(r.err)); // no control character
    // The reason and a pointer to --help, not the whole usage text.
    QVERIFY2(!r.err.contains(QStringLiteral("usage:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("actviz export --help")), qPrintable(r.err));
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

// A read-only file in a folder one may write in: the message names the file, not the folder.
void TestExportCli::readOnlyFileIsNamed()
{
    if (::geteuid() == 0)
        QSKIP("root may replace a read-only file");
    const QString path = m_dir.filePath(QStringLiteral("locked.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const Run r = actviz({QStringLiteral("export"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("is read-only")) && !r.err.contains(QStringLiteral("no permission")),
             qPrintable(r.err));
}

void TestExportCli::hugeSoftmaxIsCountedNotEchoed()
{
    QStringList entries;
    for (int i = 0; i < 60000; ++i)
        entries << QString::number(i % 7);
    const QString path = m_dir.filePath(QStringLiteral("big.png"));
    const Run r = actviz({QStringLiteral("export"), path, QStringLiteral("--softmax"), entries.join(u',')});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("60000")) && r.err.contains(QStringLiteral("1000")), qPrintable(r.err));
    QVERIFY2(r.err.size() < 600, qPrintable(r.err.left(600)));
}

void TestExportCli::badLesson_data()
{
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QStringList>("inError");
    QTest::addColumn<QString>("notInError");
    QTest::newRow("version 1.5") << QByteArray("{}") << QByteArray("1.5") << QStringList{"version", "1.5"}
                                 << "not a number";
    QTest::newRow("bad softmax vector") << QByteArray(R"({"softmax": "1, two", "view": "softmax"})") << QByteArray("1")
                                        << QStringList{"state.softmax", "two"} << "";
    QTest::newRow("bad softmax vector, loss view") << QByteArray(R"({"softmax": "1,,2", "view": "loss"})")
                                                   << QByteArray("1") << QStringList{"state.softmax", "2"} << "";
    QTest::newRow("bad outcomes") << QByteArray(R"({"outcomes": "1, 0, 7", "view": "likelihood"})") << QByteArray("1")
                                  << QStringList{"state.outcomes", "7"} << "";
    QTest::newRow("softmax not a string")
        << QByteArray(R"({"softmax": [1, 2]})") << QByteArray("1") << QStringList{"state.softmax"} << "";
    QTest::newRow("x range too narrow") << QByteArray(R"({"xRange": [0, 1e-13]})") << QByteArray("1")
                                        << QStringList{"state.xRange", "too narrow"} << "";
    QTest::newRow("x range wider than a double")
        << QByteArray(R"({"xRange": [-1e308, 1e308]})") << QByteArray("1") << QStringList{"state.xRange"} << "";
}

void TestExportCli::badLesson()
{
    QFETCH(QByteArray, state);
    QFETCH(QByteArray, version);
    QFETCH(QStringList, inError);
    QFETCH(QString, notInError);
    const QString lesson = m_dir.filePath(QStringLiteral("bad-lesson.json"));
    QFile f(lesson);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"format": "actviz-lesson", "version": )" + version + R"(, "title": "t", "state": )" + state + "}");
    f.close();
    const QString path = m_dir.filePath(QStringLiteral("from-lesson.png"));
    const Run r = actviz({QStringLiteral("export"), path, QStringLiteral("--lesson"), lesson});
    QCOMPARE(r.exitCode, 2);
    for (const QString &part : inError)
        QVERIFY2(r.err.contains(part), qPrintable(r.err));
    if (!notInError.isEmpty())
        QVERIFY2(!r.err.contains(notInError), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestExportCli::fullDisk_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << "old.png";
    QTest::newRow("svg") << "old.svg";
    QTest::newRow("pdf") << "old.pdf";
}

void TestExportCli::fullDisk()
{
    QFETCH(QString, name);
    const QString disk = m_dir.filePath(QStringLiteral("disk-") + QFileInfo(name).suffix());
    QVERIFY(QDir().mkpath(disk));
    if (::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=64k") != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs here (%1); CI runs as root")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    struct Unmount {
        QByteArray path;
        ~Unmount() { ::umount(path.constData()); }
    } unmount{QFile::encodeName(disk)};
    // A good file from before, then the disk filled up to the last 4 KiB.
    const QString path = disk + QLatin1Char('/') + name;
    const QByteArray old("the figure from yesterday");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(old), old.size());
    }
    {
        QFile filler(disk + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        QVERIFY(filler.resize(filler.size() - 4096));
    }
    const Run r = actviz({QStringLiteral("export"), path, QStringLiteral("--size"), QStringLiteral("800x500")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("disk is full")), qPrintable(r.err));
    // The free space is what the failed write left: its temporary file is gone when it is measured.
    const QRegularExpressionMatch free = QRegularExpression(QStringLiteral("(\\d+) bytes free")).match(r.err);
    QVERIFY2(free.hasMatch() && free.captured(1).toLongLong() >= 4096, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("canceled")) && !r.err.contains(QStringLiteral("Unknown error")),
             qPrintable(r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), old);
    // Only the old file and the filler: no temporary file is left behind.
    QCOMPARE(QDir(disk).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
