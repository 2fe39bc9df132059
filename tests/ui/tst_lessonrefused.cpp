// SPDX-License-Identifier: MIT
// Lesson files that are refused: malformed, future-version, oversized, wrong-typed and unknown-id
// files are refused with a message naming the problem, and a refused open changes neither the
// live state, the window nor the settings; numbers below the double range round, as everywhere.
// What opens is in tst_lessonfile.
#include "lessontest.h"

#include "lesson/lessonactions.h"
#include "lesson/lessonfile.h"
#include "shell/mainwindow.h"
#include "state/appstate.h"
#include "text/language.h"

#include "customactivation.h"
#include "pau.h"
#include "registry.h"

#include <QMap>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace uitest;

namespace {

// Everything in the settings, for a before/after comparison.
QMap<QString, QVariant> snapshot(const QSettings &settings)
{
    QMap<QString, QVariant> all;
    for (const QString &key : settings.allKeys())
        all.insert(key, settings.value(key));
    return all;
}

const char *kValidHeader = R"("format": "actviz-lesson", "version": 1)";

QByteArray lessonWithState(const QByteArray &state)
{
    return "{" + QByteArray(kValidHeader) + R"(, "state": )" + state + "}";
}

} // namespace

class TestLessonRefused : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void refused_data();
    void refused();
    void oversizedRefusedBeforeParsing();
    void refusedOpenChangesNothing_data();
    void refusedOpenChangesNothing();
    void numbersBelowTheDoubleRangeRound();

private:
    QTemporaryDir m_dir;
};

void TestLessonRefused::initTestCase()
{
    QVERIFY(isolateSettings(m_dir));
}

void TestLessonRefused::cleanup()
{
    Language::instance()->setCurrent(QStringLiteral("en"));
}

void TestLessonRefused::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // a part of the message that names the problem

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("one JSON object");
    QTest::newRow("no format") << QByteArray(R"({"version": 1, "state": {}})")
                               << QStringLiteral("not an actviz lesson");
    QTest::newRow("other format") << QByteArray(R"({"format": "matplotlibrc", "version": 1, "state": {}})")
                                  << QStringLiteral("not an actviz lesson");
    QTest::newRow("future version")
        << QByteArray(R"({"format": "actviz-lesson", "version": 2, "state": {}})")
        << QStringLiteral("this lesson was written by a newer actviz (version 2); this build reads up to 1");
    QTest::newRow("far future version") << QByteArray(
                                               R"({"format": "actviz-lesson", "version": 40, "state": {"new": true}})")
                                        << QStringLiteral("newer actviz (version 40)");
    QTest::newRow("version 0") << QByteArray(R"({"format": "actviz-lesson", "version": 0, "state": {}})")
                               << QStringLiteral("version 0");
    QTest::newRow("version as text") << QByteArray(R"({"format": "actviz-lesson", "version": "1", "state": {}})")
                                     << QStringLiteral("“version” must be a whole number");
    QTest::newRow("version 1.5") << QByteArray(R"({"format": "actviz-lesson", "version": 1.5, "state": {}})")
                                 << QStringLiteral("“version” must be a whole number");
    QTest::newRow("no version") << QByteArray(R"({"format": "actviz-lesson", "state": {}})")
                                << QStringLiteral("no “version”");
    QTest::newRow("no state") << QByteArray(R"({"format": "actviz-lesson", "version": 1})")
                              << QStringLiteral("no “state”");
    QTest::newRow("state is a list") << lessonWithState("[]") << QStringLiteral("“state” must be an object");
    QTest::newRow("unknown top key") << QByteArray(
                                            R"({"format": "actviz-lesson", "version": 1, "state": {}, "colour": 1})")
                                     << QStringLiteral("unknown key “colour”");
    QTest::newRow("title a number") << QByteArray(
                                           R"({"format": "actviz-lesson", "version": 1, "title": 5, "state": {}})")
                                    << QStringLiteral("“title” must be a string");
    QTest::newRow("language fr") << QByteArray(
                                        R"({"format": "actviz-lesson", "version": 1, "language": "fr", "state": {}})")
                                 << QStringLiteral("“language” must be one of en, zh_CN");
    QTest::newRow("unknown view") << QByteArray(
                                         R"({"format": "actviz-lesson", "version": 1, "view": "3d", "state": {}})")
                                  << QStringLiteral("“view” must be one of");
    QTest::newRow("unknown state key") << lessonWithState(R"({"colour": "red"})")
                                       << QStringLiteral("unknown key “colour”");
    QTest::newRow("shown not a list") << lessonWithState(R"({"shown": "relu"})")
                                      << QStringLiteral("“state.shown” must be a list of function ids");
    QTest::newRow("unknown id shown") << lessonWithState(R"({"shown": ["relu", "relu_max"]})")
                                      << QStringLiteral("unknown function id “relu_max”");
    QTest::newRow("id twice") << lessonWithState(R"({"shown": ["relu", "tanh", "relu"]})")
                              << QStringLiteral("“relu” is listed twice");
    QTest::newRow("unknown current") << lessonWithState(R"({"current": "sigmoidal"})")
                                     << QStringLiteral("unknown function id “sigmoidal”");
    QTest::newRow("unknown id parameters") << lessonWithState(R"({"parameters": {"leaky": {"alpha": 0.1}}})")
                                           << QStringLiteral("unknown function id “leaky”");
    QTest::newRow("parameter a string") << lessonWithState(R"({"parameters": {"elu": {"alpha": "1"}}})")
                                        << QStringLiteral("“state.parameters.elu.alpha” must be a number");
    QTest::newRow("parameter not used") << lessonWithState(R"({"parameters": {"relu": {"alpha": 0.5}}})")
                                        << QStringLiteral("relu has no alpha");
    QTest::newRow("parameter outside domain")
        << lessonWithState(R"({"parameters": {"celu": {"alpha": 0}}})") << QStringLiteral("outside the domain of celu");
    QTest::newRow("parameter key gamma") << lessonWithState(R"({"parameters": {"elu": {"gamma": 1}}})")
                                         << QStringLiteral("unknown key “gamma”");
    QTest::newRow("epsilon too large") << lessonWithState(R"({"epsilon": 0.9})")
                                       << QStringLiteral("“state.epsilon” is 0.9, outside the allowed 0.001 … 0.5");
    QTest::newRow("epsilon a string") << lessonWithState(R"({"epsilon": "0.1"})")
                                      << QStringLiteral("“state.epsilon” must be a number");
    QTest::newRow("temperature too small")
        << lessonWithState(R"({"temperature": 0.001})") << QStringLiteral("“state.temperature” is 0.001");
    QTest::newRow("x range reversed") << lessonWithState(R"({"xRange": [3, -3]})")
                                      << QStringLiteral("low end must be below the high end");
    QTest::newRow("x range three numbers")
        << lessonWithState(R"({"xRange": [1, 2, 3]})") << QStringLiteral("a list of two numbers");
    QTest::newRow("y range word") << lessonWithState(R"({"yRange": "fit"})") << QStringLiteral("“auto” or a list");
    QTest::newRow("toggle a number") << lessonWithState(R"({"derivatives": 1})")
                                     << QStringLiteral("“state.derivatives” must be true/false");
    QTest::newRow("colours repeat") << lessonWithState(
                                           R"({"shown": ["relu", "tanh"], "colorSlots": {"relu": 1, "tanh": 1}})")
                                    << QStringLiteral("its own colour");
    // Slots 0 … registry size + custom slots − 1 (a slot for every function that can be shown).
    const auto slotCount = static_cast<qint64>(actviz::registry().size()) + actviz::kCustomSlots;
    QTest::newRow("colour beyond every slot")
        << lessonWithState(QStringLiteral(R"({"shown": ["relu"], "colorSlots": {"relu": %1}})").arg(slotCount).toUtf8())
        << QStringLiteral("its own colour from 0 to %1").arg(slotCount - 1);
    // Typed formulas (issue 12): the error names the key and the column.
    QTest::newRow("formula typo") << lessonWithState(R"j({"custom": {"custom1": "x*tnah(x)"}})j")
                                  << QStringLiteral("“state.custom.custom1”: unknown name “tnah” at column 3; did you mean tanh?");
    QTest::newRow("formula without x") << lessonWithState(R"({"custom": {"custom1": "2*alpha"}})")
                                       << QStringLiteral("does not depend on x");
    QTest::newRow("formula not a string") << lessonWithState(R"({"custom": {"custom1": 2}})")
                                          << QStringLiteral("“state.custom.custom1” must be a formula");
    QTest::newRow("custom slot beyond 8") << lessonWithState(R"({"custom": {"custom9": "x"}})")
                                          << QStringLiteral("“custom9” is not a custom function id");
    QTest::newRow("custom list") << lessonWithState(R"({"custom": ["x"]})")
                                 << QStringLiteral("“state.custom” must be an object of formulas");
    QTest::newRow("shown custom not defined") << lessonWithState(R"({"custom": {"custom1": "x"}, "shown": ["custom2"]})")
                                              << QStringLiteral("unknown function id “custom2”");
    QTest::newRow("custom parameter it does not use")
        << lessonWithState(R"({"custom": {"custom1": "alpha*x"}, "parameters": {"custom1": {"beta": 3}}})")
        << QStringLiteral("custom1 has no beta");
    QTest::newRow("state version 2") << lessonWithState(R"({"version": 2})") << QStringLiteral("“state.version” is 2");
    QTest::newRow("view in state unknown")
        << lessonWithState(R"({"view": "surface"})") << QStringLiteral("“state.view”");
    QTest::newRow("depth layers text") << lessonWithState(R"({"depth": {"layers": "many"}})")
                                       << QStringLiteral("“state.depth.layers” must be a number");
    QTest::newRow("depth unknown key") << lessonWithState(R"({"depth": {"neurons": 3}})")
                                       << QStringLiteral("unknown key “neurons”");
    QTest::newRow("depth network too large")
        << lessonWithState(R"({"depth": {"width": 512, "layers": 100, "batch": 512}})")
        << QStringLiteral("width × batch × layers is 26214400");
    QTest::newRow("gated unknown unit") << lessonWithState(R"({"gated": {"unit": "swish", "range": 4}})")
                                        << QStringLiteral("swish");
    QTest::newRow("gated square too large") << lessonWithState(R"({"gated": {"unit": "glu", "range": 5000}})")
                                            << QStringLiteral("“state.gated.range”");
    QTest::newRow("gated range text") << lessonWithState(R"({"gated": {"range": "big"}})")
                                      << QStringLiteral("“state.gated.range” must be a number");
    QTest::newRow("gated unknown key") << lessonWithState(R"({"gated": {"units": "glu"}})")
                                       << QStringLiteral("unknown key “units”");
    QTest::newRow("compare unknown id") << lessonWithState(R"({"compare": ["gelu", "gelu_erf"]})")
                                        << QStringLiteral("“state.compare”");
    // One rule for typed numbers (core/numberparse.h): beyond the double range is named.
    QTest::newRow("number beyond a double")
        << lessonWithState(R"({"xRange": [-1e400, 1]})") << QStringLiteral("the number -1e400 at character");
    // PAU's coefficients (core/pau.h): 6 and 4 finite numbers, each at most 1e100 in magnitude.
    QTest::newRow("pau not an object") << lessonWithState(R"({"pau": [1, 2]})")
                                       << QStringLiteral("“state.pau” must be an object");
    QTest::newRow("pau five in the numerator")
        << lessonWithState(R"({"pau": {"numerator": [1, 2, 3, 4, 5], "denominator": [1, 2, 3, 4]}})")
        << QStringLiteral("“state.pau.numerator” must be an array of 6 numbers");
    QTest::newRow("pau text entry")
        << lessonWithState(R"({"pau": {"numerator": [1, 2, 3, 4, 5, 6], "denominator": [1, "2", 3, 4]}})")
        << QStringLiteral("“state.pau.denominator[1]” must be a number");
    QTest::newRow("pau too large")
        << lessonWithState(R"({"pau": {"numerator": [1, 2, 3, 4, 5, 1e101], "denominator": [1, 2, 3, 4]}})")
        << QStringLiteral("“state.pau.numerator[5]” is 1e+101");
    QTest::newRow("pau unknown key")
        << lessonWithState(R"({"pau": {"numerator": [1, 2, 3, 4, 5, 6], "denominator": [1, 2, 3, 4], "b0": 1}})")
        << QStringLiteral("“state.pau” has an unknown key “b0”");
    QTest::newRow("x range too narrow") << lessonWithState(R"({"xRange": [0, 1e-13]})")
                                        << QStringLiteral("“state.xRange”: the range 0 … 1e-13 is too narrow");
}

void TestLessonRefused::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const LessonReadResult read = LessonFile::parse(bytes);
    QVERIFY2(!read.lesson, "a bad lesson was accepted");
    QVERIFY2(read.error.contains(message),
             qPrintable(QStringLiteral("message “%1” lacks “%2”").arg(read.error, message)));
}

void TestLessonRefused::oversizedRefusedBeforeParsing()
{
    // Valid JSON, but one byte over 1 MiB: refused on its size, whatever it holds.
    QByteArray bytes = lessonWithState("{}");
    bytes.append(QByteArray(LessonFile::kMaxBytes + 1 - bytes.size(), ' '));
    QCOMPARE(bytes.size(), LessonFile::kMaxBytes + 1);
    const QString path = writeFile(m_dir, QStringLiteral("big.json"), bytes);
    QVERIFY(!path.isEmpty());
    const LessonReadResult read = LessonFile::read(path);
    QVERIFY(!read.lesson);
    QVERIFY2(read.error.contains(QStringLiteral("1048577 bytes")), qPrintable(read.error));
    // Exactly 1 MiB is still read.
    bytes.chop(1);
    QVERIFY(LessonFile::read(writeFile(m_dir, QStringLiteral("limit.json"), bytes)).lesson);
}

void TestLessonRefused::refusedOpenChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("malformed") << QByteArray(R"({"format": "actviz-lesson", "version": 1, "state": {)");
    QTest::newRow("future version") << QByteArray(
        R"({"format": "actviz-lesson", "version": 3, "language": "zh_CN", "state": {}})");
    QTest::newRow("wrong type late in the file")
        << QByteArray(R"({"format": "actviz-lesson", "version": 1, "language": "zh_CN", "view": "softmax",
                         "state": {"shown": ["mish"], "epsilon": 0.2, "temperature": 5, "logSoftmax": "yes"}})");
    QTest::newRow("unknown id after valid keys")
        << QByteArray(R"({"format": "actviz-lesson", "version": 1, "view": "softmax",
                         "state": {"epsilon": 0.3, "xRange": [-1, 1], "shown": ["tanh", "nope"]}})");
    QTest::newRow("formula refused after one that parses")
        << QByteArray(R"({"format": "actviz-lesson", "version": 1,
                         "state": {"custom": {"custom2": "x^3", "custom3": "sin("}, "shown": ["custom2"]}})");
    QTest::newRow("pau refused after coefficients that would change the curve")
        << QByteArray(R"({"format": "actviz-lesson", "version": 1,
                         "state": {"pau": {"numerator": [0, 1, 0, 0, 0, 0], "denominator": [0, 0, 0, 0]},
                                   "epsilon": "high"}})");
    QTest::newRow("missing file") << QByteArray();
}

void TestLessonRefused::refusedOpenChangesNothing()
{
    QFETCH(QByteArray, bytes);
    AppState state;
    customise(state);
    state.setCurrentView(ViewId::Functions);
    MainWindow window(&state);
    {
        QSettings settings;
        state.save(settings);
        Language::remember(settings, QStringLiteral("en"));
        settings.setValue(QStringLiteral("lessons/lastDirectory"), m_dir.path());
    }
    const QMap<QString, QVariant> settingsBefore = snapshot(QSettings());
    const QJsonObject stateBefore = state.toJson();
    const int tabBefore = window.tabs()->currentIndex();

    const QString path = bytes.isEmpty() ? m_dir.filePath(QStringLiteral("absent.json"))
                                         : writeFile(m_dir, QStringLiteral("bad.json"), bytes);
    const QString error = LessonActions::open(state, path);
    QVERIFY2(!error.isEmpty(), "a bad lesson was opened");
    QCOMPARE(state.toJson(), stateBefore);
    // The formulas' slots in core too: what custom2 computes did not change.
    QCOMPARE(actviz::findActivation("custom2")->value(-1.0, state.params(QStringLiteral("custom2"))), 0.5 * std::expm1(-1.0));
    QVERIFY(!actviz::findActivation("custom3"));
    // PAU's coefficients in core too: the window still draws the state's.
    QVERIFY(actviz::pauCoefficients() == state.pauCoefficients());
    QCOMPARE(actviz::findActivation("pau")->value(0.5, {}), 17.0 / 77.0); // customise's: f(½) = 17/77
    QCOMPARE(window.tabs()->currentIndex(), tabBefore);
    QCOMPARE(Language::instance()->current(), QStringLiteral("en"));
    QCOMPARE(snapshot(QSettings()), settingsBefore);
}

void TestLessonRefused::numbersBelowTheDoubleRangeRound()
{
    // Qt's JSON reader refuses 1e-400 as an illegal number; actviz rounds it, as everywhere.
    const LessonReadResult read =
        LessonFile::parse(lessonWithState(R"({"xRange": [-1e-400, 4.9e-324e0], "epsilon": 0.05})"));
    QVERIFY2(!read.lesson, "4.9e-324e0 is not a number");
    const LessonReadResult ok =
        LessonFile::parse(lessonWithState(R"({"xRange": [-1e-400, 2], "yRange": [1e-330, 3]})"));
    QVERIFY2(ok.lesson, qPrintable(ok.error));
    AppState state;
    LessonFile::apply(*ok.lesson, state);
    QCOMPARE(state.xMin(), 0.0);
    QCOMPARE(state.xMax(), 2.0);
    QCOMPARE(state.yMin(), 0.0);
}

QTEST_MAIN(TestLessonRefused)
#include "tst_lessonrefused.moc"
