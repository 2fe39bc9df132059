// SPDX-License-Identifier: MIT
// The example lessons of typed formulas (resources/lessons/formula-*.json, issue 12): each opens,
// from the source tree and as compiled in, shows its formulas with one of them current, and every
// formula it defines is one that tests/data/expr_reference.csv has mpmath references for — matched
// by the formula text, so a lesson whose formula drifts from the reference fails. The function the
// lesson defines (findActivation(id), what the plot draws) is checked against those rows within
// tst_exprreference's bounds, by its rule: ulps of max(|reference|, scale).
#include "lessontest.h"

#include "activation.h"
#include "lesson/lessonactions.h"
#include "lesson/lessonfile.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/language.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cfloat>
#include <cmath>
#include <optional>
#include <vector>

using namespace uitest;

namespace {

const QString kLessons = QStringLiteral(ACTVIZ_TEST_DATA_DIR "/../../resources/lessons");

// The lessons this suite checks; every shipped lesson that defines formulas must be among them.
const QStringList kFormulaLessons = {
    QStringLiteral("formula-mish.json"),     QStringLiteral("formula-smish.json"), QStringLiteral("formula-snake.json"),
    QStringLiteral("formula-rational.json"), QStringLiteral("formula-leaky.json"),
};

struct Row {
    QString name, formula;
    double alpha = 0, beta = 0, x = 0;
    long double f = 0, df = 0, fScale = 0, dfScale = 0;
};

// expr_reference.csv as tst_exprreference reads it: the formula is the one quoted column.
std::vector<Row> readRows()
{
    QFile file(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/expr_reference.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    std::vector<Row> rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype q1 = line.indexOf('"'), q2 = line.indexOf('"', q1 + 1);
        const QStringList head = line.left(q1).split(',');
        const QStringList tail = line.mid(q2 + 2).split(',');
        const auto ld = [](const QString &s) { return std::strtold(s.toUtf8().constData(), nullptr); };
        rows.push_back({head[0], line.mid(q1 + 1, q2 - q1 - 1), tail[0].toDouble(), tail[1].toDouble(),
                        tail[2].toDouble(), ld(tail[3]), ld(tail[4]), ld(tail[5]), ld(tail[6])});
    }
    return rows;
}

// tst_exprreference's bounds per reference name: 4 ulp, except the naive Smish, whose
// log(1 + σ) keeps the error of its spelling (measured 1.4e7 and 7e5 ulp at x = −20).
struct Bound {
    double f, df;
};
std::optional<Bound> boundFor(const QString &name)
{
    if (name == QLatin1String("smish"))
        return Bound{2e7, 1e6};
    for (const char *stable : {"mish", "smish-log1p", "snake", "rational", "leaky"})
        if (name == QLatin1String(stable))
            return Bound{4.0, 4.0};
    return std::nullopt;
}

long double ulpAt(long double m)
{
    m = std::fabs(m);
    if (m < static_cast<long double>(DBL_MIN))
        return std::ldexp(1.0L, -1074);
    return std::ldexp(1.0L, std::ilogb(std::min(m, static_cast<long double>(DBL_MAX))) - 52);
}

double ulpError(double got, long double ref, long double scale)
{
    if (std::isnan(got))
        return HUGE_VAL;
    return static_cast<double>(std::fabs(got - ref) / ulpAt(std::max(std::fabs(ref), scale)));
}

std::optional<Lesson> readLesson(const QString &name)
{
    return LessonFile::read(QDir(kLessons).filePath(name)).lesson;
}

} // namespace

class TestCustomLessons : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void lessonOpens_data();
    void lessonOpens();
    void formulasMatchReference_data();
    void formulasMatchReference();
    void everyFormulaLessonChecked();
    void translated_data();
    void translated();

private:
    QTemporaryDir m_dir;
};

void TestCustomLessons::initTestCase()
{
    QVERIFY(isolateSettings(m_dir));
}

void TestCustomLessons::cleanup()
{
    Language::instance()->setCurrent(QStringLiteral("en"));
}

void TestCustomLessons::lessonOpens_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : kFormulaLessons)
        QTest::newRow(qPrintable(name)) << name;
}

void TestCustomLessons::lessonOpens()
{
    QFETCH(QString, name);
    const LessonReadResult read = LessonFile::read(QDir(kLessons).filePath(name));
    QVERIFY2(read.lesson, qPrintable(read.error));
    QVERIFY(!read.lesson->title.isEmpty());
    QVERIFY(!read.lesson->description.isEmpty());
    // Compiled in (File → Example lessons) and opening as the menu opens it.
    AppState state;
    const QString compiled = QStringLiteral(":/lessons/") + name;
    QVERIFY(LessonActions::examplePaths().contains(compiled));
    QCOMPARE(LessonActions::open(state, compiled), QString());
    QVERIFY(!state.customIds().isEmpty());
    for (const QString &id : state.customIds()) {
        QVERIFY2(state.isShown(id), qPrintable(id));
        QVERIFY2(actviz::findActivation(id.toStdString()), qPrintable(id));
    }
    QVERIFY2(state.isCustom(state.currentFunction()), qPrintable(state.currentFunction()));
}

void TestCustomLessons::formulasMatchReference_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : kFormulaLessons)
        QTest::newRow(qPrintable(name)) << name;
}

void TestCustomLessons::formulasMatchReference()
{
    QFETCH(QString, name);
    static const std::vector<Row> rows = readRows();
    const std::optional<Lesson> lesson = readLesson(name);
    QVERIFY(lesson);
    AppState state;
    LessonFile::apply(*lesson, state);
    for (const QString &id : state.customIds()) {
        const QString formula = state.customFormula(id);
        const actviz::Activation *a = actviz::findActivation(id.toStdString());
        QVERIFY2(a, qPrintable(id));
        double worstF = 0, worstDf = 0, worstFAt = 0, worstDfAt = 0;
        int count = 0;
        QString reference;
        for (const Row &r : rows) {
            if (r.formula != formula)
                continue;
            reference = r.name;
            const actviz::Params p{r.alpha, r.beta};
            const double ef = ulpError(a->value(r.x, p), r.f, r.fScale);
            const double edf = ulpError(a->derivative(r.x, p), r.df, r.dfScale);
            if (ef > worstF)
                worstF = ef, worstFAt = r.x;
            if (edf > worstDf)
                worstDf = edf, worstDfAt = r.x;
            ++count;
        }
        QVERIFY2(count > 0, qPrintable(QStringLiteral("%1: %2 = “%3” has no rows in expr_reference.csv (add it to "
                                                      "generate_expr_reference.py)")
                                           .arg(name, id, formula)));
        const std::optional<Bound> bound = boundFor(reference);
        QVERIFY2(bound, qPrintable(QStringLiteral("no bound for reference “%1”").arg(reference)));
        qInfo("%s %s = %s (%s): %d rows, f %.2f ulp (x = %g), f' %.2f ulp (x = %g)", qPrintable(name), qPrintable(id),
              qPrintable(formula), qPrintable(reference), count, worstF, worstFAt, worstDf, worstDfAt);
        QVERIFY2(worstF <= bound->f, qPrintable(id));
        QVERIFY2(worstDf <= bound->df, qPrintable(id));
    }
}

void TestCustomLessons::everyFormulaLessonChecked()
{
    for (const QString &name : QDir(kLessons).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const std::optional<Lesson> lesson = readLesson(name);
        QVERIFY2(lesson, qPrintable(name));
        if (!lesson->state.value(QStringLiteral("custom")).toObject().isEmpty()) // the read state is complete
            QVERIFY2(kFormulaLessons.contains(name), qPrintable(name + QStringLiteral(" is not in kFormulaLessons")));
    }
}

void TestCustomLessons::translated_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : kFormulaLessons)
        QTest::newRow(qPrintable(name)) << name;
}

void TestCustomLessons::translated()
{
    QFETCH(QString, name);
    const std::optional<Lesson> read = readLesson(name);
    QVERIFY(read);
    const Lesson &lesson = *read;
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    const bool title = LessonFile::displayTitle(lesson) != lesson.title;
    const bool description = LessonFile::displayDescription(lesson) != lesson.description;
    QVERIFY2(title, qPrintable(lesson.title));
    QVERIFY2(description, qPrintable(lesson.description));
}

QTEST_MAIN(TestCustomLessons)
#include "tst_customlessons.moc"
