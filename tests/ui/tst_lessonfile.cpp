// SPDX-License-Identifier: MIT
// Lesson files that open: a set-up saved as a lesson opens to the identical state, view and
// language, directly and through the window; the saved file looks as FORMAT.md documents it; the
// shipped examples and the documented example read; a failed write leaves no file. What is
// refused is in tst_lessonrefused.
#include "lessontest.h"

#include "lesson/lessonactions.h"
#include "lesson/lessonfile.h"
#include "registry.h"
#include "shell/mainwindow.h"
#include "state/appstate.h"
#include "text/language.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace uitest;

class TestLessonFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void roundTrip();
    void roundTripThroughWindow();
    void roundTripBeyondThePalette();
    void savedFileLooksDocumented();
    void shippedLessonsRead_data();
    void shippedLessonsRead();
    void shippedLessonsListedInResources();
    void exampleMenuFilledWhenFileOpens();
    void documentedExampleReads();
    void parametersAtTheirDefaultsRead();
    void openAppliesViewAndLanguage();
    void writeFailureLeavesNoFile();

private:
    QTemporaryDir m_dir;
};

void TestLessonFile::initTestCase()
{
    QVERIFY(isolateSettings(m_dir));
}

void TestLessonFile::cleanup()
{
    Language::instance()->setCurrent(QStringLiteral("en"));
}

void TestLessonFile::roundTrip()
{
    AppState a;
    customise(a);
    Lesson lesson = LessonFile::capture(a, QStringLiteral("zh_CN"));
    lesson.title = QStringLiteral("Saturation «and» \"quotes\" — 饱和");
    lesson.description = QStringLiteral("line one\nline two");
    const QString path = m_dir.filePath(QStringLiteral("round.json"));
    QCOMPARE(LessonFile::write(lesson, path), QString());

    const LessonReadResult read = LessonFile::read(path);
    QVERIFY2(read.lesson, qPrintable(read.error));
    QCOMPARE(read.lesson->title, lesson.title);
    QCOMPARE(read.lesson->description, lesson.description);
    QCOMPARE(read.lesson->language, QStringLiteral("zh_CN"));
    QCOMPARE(read.lesson->view, QStringLiteral("softmax")); // the state's view
    AppState b;
    b.setShownFunctions({QStringLiteral("mish")});
    b.setParam(QStringLiteral("leaky_relu"), actviz::ParamId::Alpha, 0.3); // must not survive
    LessonFile::apply(*read.lesson, b);
    QCOMPARE(b.toJson(), a.toJson());
    QCOMPARE(b.params(QStringLiteral("leaky_relu")).alpha, 0.01);
}

void TestLessonFile::roundTripThroughWindow()
{
    AppState a;
    customise(a);
    MainWindow wa(&a);
    a.setCurrentView(ViewId::Softmax);
    QCOMPARE(wa.tabs()->currentWidget(), wa.page(ViewId::Softmax));
    const QString path = m_dir.filePath(QStringLiteral("window.json"));
    QCOMPARE(LessonActions::save(a, path), QString());

    AppState b;
    MainWindow wb(&b);
    QCOMPARE(wb.tabs()->currentWidget(), wb.page(ViewId::Functions));
    QString status;
    QCOMPARE(LessonActions::open(b, path, &status), QString());
    QCOMPARE(b.toJson(), a.toJson());
    QCOMPARE(wb.tabs()->currentWidget(), wb.page(ViewId::Softmax));
    QVERIFY2(status.contains(QStringLiteral("window")), qPrintable(status)); // the title: the file's name
}

// More functions shown than the palette has colours: the ninth and later get slots 8, 9, …
// (drawn darker), and the lesson saved for them opens again (found by tests/fuzz/fuzz_lesson:
// a lesson with 9 functions was refused as “each shown function needs its own colour from 0 to 7”).
void TestLessonFile::roundTripBeyondThePalette()
{
    QStringList ids;
    for (const actviz::Activation &f : actviz::registry())
        ids << QString::fromUtf8(f.id.data(), static_cast<qsizetype>(f.id.size()));
    AppState a;
    a.setShownFunctions(ids);
    a.setShown(ids.at(3), false); // a free slot below the last one
    QCOMPARE(a.colorSlot(ids.last()), ids.size() - 1);
    const Lesson lesson = LessonFile::capture(a, QString());
    const LessonReadResult read = LessonFile::parse(LessonFile::serialize(lesson));
    QVERIFY2(read.lesson, qPrintable(read.error));
    AppState b;
    LessonFile::apply(*read.lesson, b);
    QCOMPARE(b.toJson(), a.toJson());
}

void TestLessonFile::savedFileLooksDocumented()
{
    AppState a;
    Lesson lesson = LessonFile::capture(a, QStringLiteral("en"));
    lesson.title = QStringLiteral("T");
    const QByteArray bytes = LessonFile::serialize(lesson);
    // The header leads, pretty-printed, as resources/lessons/FORMAT.md shows it.
    QVERIFY2(bytes.startsWith("{\n    \"format\": \"actviz-lesson\",\n    \"version\": 1,\n    \"title\": \"T\","),
             bytes.left(120).constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("state")).toObject(), a.toJson());
    QCOMPARE(doc.object().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

void TestLessonFile::shippedLessonsRead_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/../../resources/lessons"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestLessonFile::shippedLessonsRead()
{
    QFETCH(QString, path);
    const LessonReadResult read = LessonFile::read(path);
    QVERIFY2(read.lesson, qPrintable(read.error));
    QVERIFY(!read.lesson->title.isEmpty());
    QVERIFY(!read.lesson->description.isEmpty());
    // Examples carry no language: opening one keeps the reader's.
    QVERIFY(read.lesson->language.isEmpty());
    // Their title and description are translated (context "Lessons").
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    QVERIFY(LessonFile::displayTitle(*read.lesson) != read.lesson->title);
    QVERIFY(LessonFile::displayDescription(*read.lesson) != read.lesson->description);
}

void TestLessonFile::shippedLessonsListedInResources()
{
    const QDir dir(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/../../resources/lessons"));
    QStringList names;
    for (const QString &path : LessonActions::examplePaths())
        names.append(QFileInfo(path).fileName());
    QCOMPARE(names, dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name));
    QVERIFY(names.size() >= 3 && names.size() <= 12); // a menu, not a catalogue
}

void TestLessonFile::exampleMenuFilledWhenFileOpens()
{
    // The examples are read when File first opens (not while the window is built), each once,
    // under its translated title, and a click opens the lesson.
    AppState state;
    QWidget parent;
    QMenu file;
    file.addAction(QStringLiteral("Quit"));
    LessonActions actions(&state, &parent, &file);
    auto *examples = file.findChild<QMenu *>(QStringLiteral("exampleLessonsMenu"));
    QVERIFY(examples);
    QVERIFY(examples->isEmpty());
    emit file.aboutToShow();
    emit file.aboutToShow();
    const QStringList paths = LessonActions::examplePaths();
    QCOMPARE(examples->actions().size(), paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const LessonReadResult read = LessonFile::read(paths[i]);
        QVERIFY2(read.lesson, qPrintable(read.error));
        QCOMPARE(examples->actions()[i]->text(), LessonFile::displayTitle(*read.lesson));
    }
    QVERIFY(examples->isEnabled());
}

void TestLessonFile::documentedExampleReads()
{
    // The example in resources/lessons/FORMAT.md (its first json block), with "…" standing for
    // the rest of the description.
    QFile doc(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/../../resources/lessons/FORMAT.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```json\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    const LessonReadResult read = LessonFile::parse(text.mid(start + 8, end - start - 8));
    QVERIFY2(read.lesson, qPrintable(read.error));
    QCOMPARE(read.lesson->language, QStringLiteral("zh_CN"));
    AppState state;
    LessonFile::apply(*read.lesson, state);
    QCOMPARE(state.params(QStringLiteral("leaky_relu")).alpha, 0.1);
    QCOMPARE(state.shownFunctions().size(), 4);
}

// A lesson may write a parameter at its default (ELU with alpha 1, as a teacher spells out the
// standard ELU); AppState keeps no entry for it, and the check that nothing was dropped must not
// take that for a refused value (found writing the formula lessons: {"elu": {"alpha": 1}} was refused).
void TestLessonFile::parametersAtTheirDefaultsRead()
{
    const LessonReadResult read = LessonFile::parse(
        R"({"format": "actviz-lesson", "version": 1, "title": "ELU",
            "state": {"shown": ["elu", "leaky_relu"], "parameters": {"elu": {"alpha": 1, "beta": 0},
                                                                     "leaky_relu": {"alpha": 0.2}}}})");
    QVERIFY2(read.lesson, qPrintable(read.error));
    AppState state;
    LessonFile::apply(*read.lesson, state);
    QCOMPARE(state.params(QStringLiteral("elu")).alpha, 1.0);
    QCOMPARE(state.params(QStringLiteral("leaky_relu")).alpha, 0.2);
    // A value that is not the default is still checked: ELU has no β, so only its default may be written.
    const LessonReadResult refused = LessonFile::parse(
        R"({"format": "actviz-lesson", "version": 1, "title": "ELU", "state": {"parameters": {"elu": {"beta": 2}}}})");
    QVERIFY(!refused.lesson);
    QVERIFY2(refused.error.contains(QStringLiteral("parameters.elu.beta")), qPrintable(refused.error));
}

void TestLessonFile::openAppliesViewAndLanguage()
{
    AppState state;
    MainWindow window(&state);
    const QString path = writeFile(
        m_dir, QStringLiteral("zh.json"),
        R"({"format": "actviz-lesson", "version": 1, "title": "Softmax", "language": "zh_CN", "view": "softmax",
            "state": {"softmax": "1000, 1001, 1002", "temperature": 2}})");
    QString status;
    QCOMPARE(LessonActions::open(state, path, &status), QString());
    QVERIFY(!status.isEmpty());
    QCOMPARE(Language::instance()->current(), QStringLiteral("zh_CN"));
    QCOMPARE(state.currentView(), ViewId::Softmax);
    QCOMPARE(window.tabs()->currentWidget(), window.page(ViewId::Softmax));
    QCOMPARE(state.softmaxInput(), QStringLiteral("1000, 1001, 1002"));
    QCOMPARE(state.temperature(), 2.0);
    // Keys the lesson leaves out take their defaults, not what was on screen before.
    QCOMPARE(state.shownFunctions(), AppState().shownFunctions());
}

void TestLessonFile::writeFailureLeavesNoFile()
{
    AppState a;
    const Lesson lesson = LessonFile::capture(a, QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/lesson.json"));
    QVERIFY(!LessonFile::write(lesson, path).isEmpty());
    QVERIFY(!QFile::exists(path));
    // An existing lesson is replaced whole.
    const QString existing = writeFile(m_dir, QStringLiteral("existing.json"), "old");
    QCOMPARE(LessonFile::write(lesson, existing), QString());
    QVERIFY(LessonFile::read(existing).lesson);
}

QTEST_MAIN(TestLessonFile)
#include "tst_lessonfile.moc"
