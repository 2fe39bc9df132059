// SPDX-License-Identifier: MIT
// The Simplified Chinese catalogue is complete: every message of the .ts is finished (none
// unfinished, vanished or empty) and keeps its placeholders, mnemonic and markup, and every
// registry text the UI shows has Chinese. The window and dialogs in zh_CN are checked in
// tst_translationwindow, switching the language in tst_language.
#include "englishwords.h"

#include "registry.h"
#include "text/coretext.h"
#include "text/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

using namespace uitest;

namespace {

QSet<QString> placeholders(const QString &s)
{
    QSet<QString> set;
    static const QRegularExpression re(QStringLiteral("%L?\\d"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        set.insert(it.next().captured().remove(QLatin1Char('L')));
    return set;
}

QStringList tags(const QString &s)
{
    QStringList list;
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z0-9]+)[^>]*>"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        list.append(it.next().captured(0).section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('>')));
    std::sort(list.begin(), list.end());
    return list;
}

// A mnemonic is '&' followed by a letter or digit, '&&' being a literal ampersand; entities
// (&lt; &nbsp;) in rich text are not mnemonics.
int mnemonics(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-zA-Z]+;|#\\d+;)(?=[^\\s])"));
    return static_cast<int>(s.count(re));
}

struct TsMessage {
    QString context;
    QString source;
    QString translation;
    QString type;
    bool numerus = false;
    QStringList forms;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
            current = TsMessage{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.forms.append(xml.readElementText());
                }
            } else {
                current.translation = xml.readElementText();
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void tsFileComplete();
    void translationsKeepPlaceholdersAndMarkup();
    void registryTextsTranslated();
};

void TestTranslation::initTestCase()
{
    QVERIFY2(!actviz::registry().empty(), "the registry is empty");
}

void TestTranslation::cleanup()
{
    Language::instance()->setCurrent(QStringLiteral("en"));
}

void TestTranslation::tsFileComplete()
{
    QString error;
    const QList<TsMessage> messages = readTs(kTsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString id = QStringLiteral("[%1] “%2”").arg(m.context, m.source.left(80));
        if (!m.type.isEmpty())
            problems.append(QStringLiteral("%1 is %2").arg(id, m.type));
        else if (m.numerus ? (m.forms.isEmpty() || m.forms.contains(QString())) : m.translation.isEmpty())
            problems.append(QStringLiteral("%1 has an empty translation").arg(id));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslation::translationsKeepPlaceholdersAndMarkup()
{
    QString error;
    const QList<TsMessage> messages = readTs(kTsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QStringList translations = m.numerus ? m.forms : QStringList{m.translation};
        for (const QString &t : translations) {
            const QString id = QStringLiteral("[%1] “%2” → “%3”").arg(m.context, m.source.left(60), t.left(60));
            if (placeholders(t) != placeholders(m.source))
                problems.append(QStringLiteral("%1: placeholders differ").arg(id));
            if (tags(t) != tags(m.source))
                problems.append(QStringLiteral("%1: markup differs").arg(id));
            if (mnemonics(t) != mnemonics(m.source))
                problems.append(QStringLiteral("%1: mnemonic (&) count differs").arg(id));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslation::registryTextsTranslated()
{
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    TextCollector collector;
    for (const actviz::Activation &a : actviz::registry()) {
        const QString id = QString::fromUtf8(a.id.data(), static_cast<qsizetype>(a.id.size()));
        collector.add(id + QStringLiteral(" name"), CoreText::name(a));
        collector.add(id + QStringLiteral(" formula"), CoreText::text(a.formula));
        collector.add(id + QStringLiteral(" derivative"), CoreText::text(a.derivativeFormula));
        collector.add(id + QStringLiteral(" kink convention"), CoreText::text(a.kinkConvention));
        collector.add(id + QStringLiteral(" range"), CoreText::text(a.properties.range));
        collector.add(id + QStringLiteral(" max |f'| where"), CoreText::text(a.properties.maxAbsDerivativeWhere));
        for (const actviz::ParamSpec &p : a.params) {
            collector.add(id + QStringLiteral(" parameter meaning"), CoreText::text(p.meaning));
            collector.add(id + QStringLiteral(" parameter domain"), CoreText::text(p.domain));
        }
        collector.add(id + QStringLiteral(" group"),
                      QCoreApplication::translate("FunctionListPanel", actviz::groupName(a.group).data()));
    }
    QVERIFY2(collector.empty(), qPrintable(QStringLiteral("registry texts without Chinese (add them to ui/coretext.cpp "
                                                          "and translate):\n") +
                                           collector.report()));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
