// SPDX-License-Identifier: MIT
// The teaching notes (resources/notes/activation_notes.json): the compiled-in resource parses,
// its ids are exactly the registry's and in its order, every field is filled and renderable as Qt
// rich text (balanced tags, no LaTeX source), the key facts a lecturer expects are in them (with
// the numbers checked against mpmath, not against our own code), a broken document is refused,
// and every note string has a finished Simplified Chinese translation in actviz_zh_CN.ts that
// the compiled catalogue actually delivers.
#include "registry.h"
#include "richtextcheck.h"
#include "text/activationnotes.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <array>

using namespace Qt::StringLiterals;
using uitest::hasChinese;
using uitest::markupProblem;
using uitest::tags;

namespace {

struct Field {
    const char *name;
    QString ActivationNote::*member;
    bool prose; // words only, so its translation must contain Chinese
};

constexpr std::array kFields = {
    Field{"formulaHtml", &ActivationNote::formulaHtml, false},
    Field{"derivativeHtml", &ActivationNote::derivativeHtml, false},
    Field{"outputRange", &ActivationNote::outputRange, false},
    Field{"derivativeRange", &ActivationNote::derivativeRange, false},
    Field{"pros", &ActivationNote::pros, true},
    Field{"cons", &ActivationNote::cons, true},
    Field{"typicalUse", &ActivationNote::typicalUse, true},
};

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString fieldText(const ActivationNote &note, const char *fieldName)
{
    for (const Field &f : kFields)
        if (qstrcmp(f.name, fieldName) == 0)
            return note.*f.member;
    return {};
}

struct Translation {
    QString text;
    QString type; // empty when finished
};

// The messages of one context of a Qt Linguist file, source text → translation.
QHash<QString, Translation> readContext(const QString &path, const QString &context, QString *error)
{
    QHash<QString, Translation> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open "_s + path;
        return out;
    }
    QXmlStreamReader xml(&file);
    QString contextName;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"context")
            contextName.clear();
        else if (xml.name() == u"name")
            contextName = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation" && contextName == context) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            out.insert(source, {xml.readElementText(), type});
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QString translationFile()
{
    return QStringLiteral(ACTVIZ_TEST_DATA_DIR) + u"/../../resources/translations/actviz_zh_CN.ts"_s;
}

// A notes document with these notes, and a note with every key.
QByteArray document(const QJsonArray &notes)
{
    const QJsonObject top{{u"format"_s, u"actviz-notes"_s}, {u"version"_s, 1}, {u"notes"_s, notes}};
    return QJsonDocument(top).toJson();
}

QJsonObject completeNote(const QString &id)
{
    QJsonObject note{{u"id"_s, id}};
    for (const char *key : {"formula", "derivative", "outputRange", "derivativeRange", "pros", "cons", "typicalUse"})
        note.insert(QLatin1StringView(key), u"<i>x</i>"_s);
    return note;
}

QJsonObject with(QJsonObject note, const QString &key, const QJsonValue &value)
{
    note.insert(key, value);
    return note;
}

QJsonObject without(QJsonObject note, const QString &key)
{
    note.remove(key);
    return note;
}

} // namespace

class TestActivationNotes : public QObject
{
    Q_OBJECT

private slots:
    void resourceParses();
    void everyRegistryFunctionHasANote();
    void notesFollowTheRegistry();
    void fields_data();
    void fields();
    void keyFacts_data();
    void keyFacts();
    void markupCheckerRejectsBrokenHtml_data();
    void markupCheckerRejectsBrokenHtml();
    void parseRefusesBrokenDocuments_data();
    void parseRefusesBrokenDocuments();
    void chineseTranslation_data();
    void chineseTranslation();
    void compiledTranslation_data() { chineseTranslation_data(); }
    void compiledTranslation();
};

// The compiled-in file is a notes document, one note per registry function.
void TestActivationNotes::resourceParses()
{
    QFile file(QString::fromLatin1(ActivationNotes::kResource));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ActivationNotesReadResult read = ActivationNotes::parse(file.readAll());
    QVERIFY2(read.notes, qPrintable(read.error));
    QCOMPARE(read.notes->size(), qsizetype(actviz::registry().size()));
    QCOMPARE(ActivationNotes::all().size(), read.notes->size());
}

void TestActivationNotes::everyRegistryFunctionHasANote()
{
    QCOMPARE(actviz::registry().size(), std::size_t(49));
    for (const actviz::Activation &a : actviz::registry()) {
        const ActivationNote *note = ActivationNotes::find(text(a.id));
        QVERIFY2(note, qPrintable(u"no note for "_s + text(a.id)));
        QCOMPARE(note->id, text(a.id));
    }
    QVERIFY(!ActivationNotes::find(u"no_such_function"));
}

// The ids are exactly the registry's, in its order.
void TestActivationNotes::notesFollowTheRegistry()
{
    const QList<ActivationNote> &all = ActivationNotes::all();
    QCOMPARE(std::size_t(all.size()), actviz::registry().size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY2(actviz::findActivation(all[i].id.toStdString()), qPrintable(u"note for unknown id "_s + all[i].id));
        QCOMPARE(all[i].id, text(actviz::registry()[std::size_t(i)].id));
    }
}

void TestActivationNotes::fields_data()
{
    QTest::addColumn<QString>("value");
    for (const ActivationNote &note : ActivationNotes::all())
        for (const Field &f : kFields)
            QTest::addRow("%s %s", qPrintable(note.id), f.name) << note.*f.member;
}

// Filled, one line, rich text that renders, and no LaTeX source.
void TestActivationNotes::fields()
{
    QFETCH(QString, value);
    QVERIFY(!value.trimmed().isEmpty());
    QVERIFY(!value.contains(u'\n') && !value.contains(u'\r'));
    QVERIFY2(!value.contains(u'\\'), "backslash: LaTeX commands such as \\frac or \\alpha do not render");
    QVERIFY2(!value.contains(u'$'), "dollar sign: LaTeX math mode does not render");
    QVERIFY2(!value.contains(u"^{"_s) && !value.contains(u"_{"_s), "LaTeX-style exponent; use <sup>/<sub>");
    const QString problem = markupProblem(value);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestActivationNotes::keyFacts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("needle");
    auto row = [](const char *name, const char *id, const char *field, const QString &needle) {
        QTest::newRow(name) << QString::fromLatin1(id) << QString::fromLatin1(field) << needle;
    };
    // What a lecturer says about them (the examples).
    row("sigmoid: gradient at most 0.25", "sigmoid", "cons", u"0.25"_s);
    row("sigmoid: vanishing", "sigmoid", "cons", u"vanish"_s);
    row("sigmoid: not zero-centred", "sigmoid", "cons", u"not zero-centred"_s);
    row("sigmoid: binary output layer", "sigmoid", "typicalUse", u"binary classification"_s);
    row("sigmoid: gates", "sigmoid", "typicalUse", u"gates"_s);
    row("tanh: zero-centred", "tanh", "pros", u"Zero-centred"_s);
    row("relu: cheap", "relu", "pros", u"cheap"_s);
    row("relu: sparse", "relu", "pros", u"sparse"_s);
    row("relu: dying", "relu", "cons", u"Dying ReLU"_s);
    row("leaky_relu: cannot die", "leaky_relu", "pros", u"cannot die"_s);
    row("relu6: MobileNet", "relu6", "typicalUse", u"MobileNetV2"_s);
    row("selu: self-normalising", "selu", "pros", u"self-normalising"_s);
    row("selu: LeCun-normal", "selu", "typicalUse", u"LeCun-normal"_s);
    row("selu: AlphaDropout", "selu", "typicalUse", u"AlphaDropout"_s);
    row("gelu: Transformers", "gelu", "typicalUse", u"Transformer"_s);
    row("gelu: BERT", "gelu", "typicalUse", u"BERT"_s);
    row("silu: EfficientNet", "silu", "typicalUse", u"EfficientNet"_s);
    row("swish: EfficientNet", "swish", "typicalUse", u"EfficientNet"_s);
    row("swish: MobileNetV3 hard-swish", "swish", "typicalUse", u"MobileNetV3"_s);
    row("hardswish: MobileNetV3", "hardswish", "typicalUse", u"MobileNetV3"_s);
    row("mish: YOLOv4", "mish", "typicalUse", u"YOLOv4"_s);
    row("step: no gradient", "step", "cons", u"zero everywhere"_s);
    row("softsign: rarely used", "softsign", "cons", u"Rarely used"_s);
    row("squareplus: rarely used", "squareplus", "cons", u"Rarely used"_s);
    row("isru: rarely used", "isru", "cons", u"rarely used"_s);
    // The formulas say what the code computes, kink conventions included.
    row("relu: f'(0) = 0 branch", "relu", "derivativeHtml", u"0,&nbsp;&nbsp;</td><td><i>x</i> ≤ 0"_s);
    row("leaky_relu: f'(0) = α branch", "leaky_relu", "derivativeHtml", u"α,&nbsp;&nbsp;</td><td><i>x</i> ≤ 0"_s);
    row("hardswish: middle branch closed at ±3", "hardswish", "derivativeHtml",
        u"(2<i>x</i> + 3)/6,&nbsp;&nbsp;</td><td>−3 ≤ <i>x</i> ≤ 3"_s);
    row("hardsigmoid: open interval", "hardsigmoid", "derivativeHtml", u"−3 &lt; <i>x</i> &lt; 3"_s);
    row("rrelu: evaluation slope", "rrelu", "formulaHtml", u"s = (α + β)/2"_s);
    row("selu: λ", "selu", "formulaHtml", u"λ ≈ 1.0507"_s);
    row("selu: a", "selu", "formulaHtml", u"a ≈ 1.6733"_s);
    row("softplus: β", "softplus", "formulaHtml", u"(1/β)·ln(1 + e<sup>β<i>x</i></sup>)"_s);
    row("softplus: derivative", "softplus", "derivativeHtml", u"σ(β<i>x</i>)"_s);
    row("celu: C1", "celu", "derivativeHtml", u"e<sup><i>x</i>/α</sup>"_s);
    row("gelu_tanh: constant", "gelu_tanh", "formulaHtml", u"0.044715"_s);
    row("squareplus: f'(0) for β = 0", "squareplus", "derivativeHtml", u"½ at <i>x</i> = 0 when β = 0"_s);
    // Ranges, with the numbers from mpmath (50 digits, rounded), not from our own code.
    row("sigmoid f' max 1/4", "sigmoid", "derivativeRange", u"(0, 0.25]"_s);
    row("symmetric_sigmoid f' max 1/2", "symmetric_sigmoid", "derivativeRange", u"(0, 0.5]"_s);
    row("gelu min -0.16997", "gelu", "outputRange", u"−0.1700"_s);
    row("gelu f' extremes ±1.12890", "gelu", "derivativeRange", u"[≈ −0.1289, ≈ 1.1289]"_s);
    row("gelu_tanh f' extremes", "gelu_tanh", "derivativeRange", u"[≈ −0.1290, ≈ 1.1290]"_s);
    row("silu min -0.278465", "silu", "outputRange", u"−0.2785"_s);
    row("silu f' extremes", "silu", "derivativeRange", u"[≈ −0.0998, ≈ 1.0998]"_s);
    row("mish min -0.308843", "mish", "outputRange", u"−0.3088"_s);
    row("mish f' extremes", "mish", "derivativeRange", u"[≈ −0.1125, ≈ 1.0885]"_s);
    row("sinc min -0.217234", "sinc", "outputRange", u"−0.2172"_s);
    row("sinc f' extremes ±0.436182", "sinc", "derivativeRange", u"0.4362"_s);
    row("gaussian f' max sqrt(2/e)", "gaussian", "derivativeRange", u"0.8578"_s);
    row("loglog f' max 1/e", "loglog", "derivativeRange", u"0.3679"_s);
    row("selu f' max λa", "selu", "derivativeRange", u"1.7581"_s);
    row("lecun_tanh f' max", "lecun_tanh", "derivativeRange", u"1.1439"_s);
    row("hardswish min -3/8", "hardswish", "outputRange", u"−0.375"_s);
    row("hardswish f' range", "hardswish", "derivativeRange", u"[−0.5, 1.5]"_s);
    row("exponential overflow ln(DBL_MAX)", "exponential", "cons", u"709.78"_s);
}

void TestActivationNotes::keyFacts()
{
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(QString, needle);
    const ActivationNote *note = ActivationNotes::find(id);
    QVERIFY(note);
    const QString value = fieldText(*note, field.toLatin1().constData());
    QVERIFY2(value.contains(needle, Qt::CaseInsensitive), qPrintable(value));
}

void TestActivationNotes::markupCheckerRejectsBrokenHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("unclosed sup") << u"e<sup>x"_s;
    QTest::newRow("crossed tags") << u"<i>a<sup>b</i></sup>"_s;
    QTest::newRow("stray close") << u"a</sub>"_s;
    QTest::newRow("bare less-than") << u"0 < x"_s;
    QTest::newRow("bare ampersand") << u"a & b"_s;
    QTest::newRow("unknown element") << u"<div>x</div>"_s;
    QTest::newRow("doubly marked variable") << u"<i><i>x</i></i>"_s;
}

// The checker used above must be able to fail.
void TestActivationNotes::markupCheckerRejectsBrokenHtml()
{
    QFETCH(QString, html);
    QVERIFY(!markupProblem(html).isEmpty());
}

void TestActivationNotes::parseRefusesBrokenDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    const QJsonObject sigmoid = completeNote(u"sigmoid"_s);
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"not JSON"_s;
    QTest::newRow("a lesson") << document({}).replace("actviz-notes", "actviz-lesson") << u"format"_s;
    QTest::newRow("newer version") << document({}).replace("\"version\": 1", "\"version\": 2") << u"version"_s;
    QTest::newRow("notes not a list") << document({}).replace("[\n    ]", "{}") << u"not a list"_s;
    QTest::newRow("note not an object") << document({u"sigmoid"_s}) << u"note 0: not an object"_s;
    QTest::newRow("id missing") << document({without(sigmoid, u"id"_s)}) << u"\"id\" is missing"_s;
    QTest::newRow("pros missing") << document({without(sigmoid, u"pros"_s)}) << u"\"pros\" is missing"_s;
    QTest::newRow("formula a number") << document({with(sigmoid, u"formula"_s, 1)}) << u"\"formula\" is not"_s;
    QTest::newRow("cons empty") << document({with(sigmoid, u"cons"_s, u" "_s)}) << u"\"cons\" is not"_s;
    QTest::newRow("misspelt key") << document({with(sigmoid, u"typicaluse"_s, u"x"_s)}) << u"typicaluse"_s;
    QTest::newRow("id twice") << document({sigmoid, completeNote(u"relu"_s), sigmoid}) << u"note 2"_s;
}

// The parser can fail, and says why; the same document without the fault is read.
void TestActivationNotes::parseRefusesBrokenDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const ActivationNotesReadResult read = ActivationNotes::parse(json);
    QVERIFY(!read.notes);
    QVERIFY2(read.error.contains(reason), qPrintable(read.error));
    const ActivationNotesReadResult good = ActivationNotes::parse(document({completeNote(u"sigmoid"_s)}));
    QVERIFY2(good.notes && good.notes->size() == 1 && good.notes->front().pros == u"<i>x</i>"_s,
             qPrintable(good.error));
}

void TestActivationNotes::chineseTranslation_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("prose");
    for (const ActivationNote &note : ActivationNotes::all())
        for (const Field &f : kFields)
            QTest::addRow("%s %s", qPrintable(note.id), f.name) << note.*f.member << f.prose;
}

// Every note string has a finished zh_CN translation that keeps the source's markup; prose is
// actually in Chinese (formulas may legitimately be identical to the source).
void TestActivationNotes::chineseTranslation()
{
    QFETCH(QString, source);
    QFETCH(bool, prose);
    static QString error;
    static const QHash<QString, Translation> messages =
        readContext(translationFile(), QString::fromLatin1(ActivationNotes::kContext), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.contains(source), qPrintable(u"missing from actviz_zh_CN.ts: "_s + source));
    const Translation &t = messages.value(source);
    QVERIFY2(t.type.isEmpty(), qPrintable(u"translation is "_s + t.type));
    QVERIFY(!t.text.trimmed().isEmpty());
    QCOMPARE(tags(t.text), tags(source));
    if (prose)
        QVERIFY2(hasChinese(t.text), qPrintable(t.text));
}

// What the window shows: the compiled catalogue holds every note string, and a prose one comes
// back from ActivationNotes::translated() in Chinese once the catalogue is installed.
void TestActivationNotes::compiledTranslation()
{
    QFETCH(QString, source);
    QFETCH(bool, prose);
    QTranslator zh;
    QVERIFY(zh.load(u":/i18n/actviz_zh_CN.qm"_s));
    QVERIFY2(!zh.translate(ActivationNotes::kContext, source.toUtf8().constData()).isEmpty(), "not in the .qm");
    QVERIFY(QCoreApplication::installTranslator(&zh));
    const auto uninstall = qScopeGuard([&zh] { QCoreApplication::removeTranslator(&zh); });
    if (prose) {
        const QString shown = ActivationNotes::translated(source);
        QVERIFY2(shown != source && hasChinese(shown), qPrintable(shown));
    }
}

QTEST_GUILESS_MAIN(TestActivationNotes)
#include "tst_activationnotes.moc"
