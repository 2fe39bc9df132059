// SPDX-License-Identifier: MIT
// The lesson and language options of the actviz binary, run as a user would: every shipped
// lesson renders headless to a non-blank PNG, in English and in Chinese; other options override
// a lesson's values; a bad lesson or language exits 2 with a message, writes nothing and, for the
// window, never opens one.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kLessons = QStringLiteral(ACTVIZ_TEST_DATA_DIR "/../../resources/lessons");

struct Run {
    int exitCode = -1;
    QString err;
};

Run actviz(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACTVIZ_BINARY), args);
    // A window that opened would never exit on its own: the timeout makes that a failure.
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

// The share of pixels that differ from the corner (background) colour, and the colour count.
std::pair<double, int> ink(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    qint64 differing = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb c = image.pixel(x, y);
            differing += c != background ? 1 : 0;
            colours.insert(c);
        }
    return {double(differing) / (double(image.width() / 2) * (image.height() / 2)), int(colours.size())};
}

} // namespace

class TestLessonExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyLessonRenders_data();
    void everyLessonRenders();
    void optionsOverrideTheLesson();
    void badLessonRefused_data();
    void badLessonRefused();
    void badLanguageRefused_data();
    void badLanguageRefused();

private:
    QTemporaryDir m_dir;
};

void TestLessonExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(ACTVIZ_BINARY)));
}

void TestLessonExport::everyLessonRenders_data()
{
    QTest::addColumn<QString>("lesson");
    const QStringList names = QDir(kLessons).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << QDir(kLessons).filePath(name);
}

void TestLessonExport::everyLessonRenders()
{
    QFETCH(QString, lesson);
    const QString base = QFileInfo(lesson).completeBaseName();
    QImage images[2];
    int i = 0;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString out = m_dir.filePath(base + QLatin1Char('-') + lang + QStringLiteral(".png"));
        const Run run = actviz({QStringLiteral("export"), QStringLiteral("--lang"), lang, QStringLiteral("--lesson"),
                                lesson, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QImage &image = images[i++];
        QVERIFY(image.load(out));
        QCOMPARE(image.size(), QSize(1600, 1000));
        const auto [share, colours] = ink(image);
        QVERIFY2(share > 0.01, qPrintable(QStringLiteral("only %1 of the pixels are drawn").arg(share)));
        QVERIFY2(colours > 20, qPrintable(QStringLiteral("only %1 colours").arg(colours)));
    }
    // Where the figure has words (the softmax view's axis and legend), the Chinese one differs.
    if (base == QLatin1String("softmax-temperature"))
        QVERIFY(images[0] != images[1]);
}

void TestLessonExport::optionsOverrideTheLesson()
{
    const QString out = m_dir.filePath(QStringLiteral("small.png"));
    const Run run = actviz({QStringLiteral("export"), QStringLiteral("--lesson"),
                            QDir(kLessons).filePath(QStringLiteral("relu-family.json")), QStringLiteral("--size"),
                            QStringLiteral("640x400"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QImage image;
    QVERIFY(image.load(out));
    QCOMPARE(image.size(), QSize(640, 400));
}

void TestLessonExport::badLessonRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("future") << QByteArray(R"({"format": "actviz-lesson", "version": 7, "state": {}})")
                            << QStringLiteral("newer actviz (version 7)");
    QTest::newRow("malformed") << QByteArray("{\"format\": \"actviz-lesson\"") << QStringLiteral("not valid JSON");
    QTest::newRow("unknown id") << QByteArray(R"({"format": "actviz-lesson", "version": 1, "state": {"shown": ["xyz"]}})")
                                << QStringLiteral("unknown function id “xyz”");
}

void TestLessonExport::badLessonRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString lesson = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(lesson);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const QString out = m_dir.filePath(QStringLiteral("never.png"));
    Run run = actviz({QStringLiteral("export"), QStringLiteral("--lesson"), lesson, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message) && run.err.contains(lesson), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
    // The window refuses it on the command line, before any window exists (or it would not exit).
    run = actviz({lesson});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message) && run.err.contains(lesson), qPrintable(run.err));
}

void TestLessonExport::badLanguageRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("export fr") << QStringList{QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("fr"),
                                              QStringLiteral("OUT")};
    QTest::newRow("export zh") << QStringList{QStringLiteral("export"), QStringLiteral("--lang=zh"), QStringLiteral("OUT")};
    QTest::newRow("export no value") << QStringList{QStringLiteral("export"), QStringLiteral("OUT"), QStringLiteral("--lang")};
    QTest::newRow("window de") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")};
    QTest::newRow("window no value") << QStringList{QStringLiteral("--lang")};
    QTest::newRow("window extra") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--fast")};
}

void TestLessonExport::badLanguageRefused()
{
    QFETCH(QStringList, args);
    const QString out = m_dir.filePath(QStringLiteral("lang.png"));
    args.replaceInStrings(QStringLiteral("OUT"), out);
    const Run run = actviz(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--lang")) || run.err.contains(QStringLiteral("--fast")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestLessonExport)
#include "tst_lessonexport.moc"
