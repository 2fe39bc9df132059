// SPDX-License-Identifier: MIT
// The Simplified Chinese interface is complete: every message of the .ts is finished (none
// unfinished, vanished or empty) and keeps its placeholders, mnemonic and markup; the window,
// rebuilt in zh_CN without a restart, shows no English word outside a short explicit list (function
// names, units, formats, identifiers); every registry text the UI shows has Chinese; and Chinese
// text is drawn with a Simplified Chinese font, not boxes.
#include "export/exportdialog.h"
#include "registry.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"
#include "shell/windowhost.h"
#include "state/appstate.h"
#include "text/coretext.h"
#include "text/language.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGlyphRun>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRawFont>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidget>
#include <QXmlStreamReader>

namespace {

const QString kTsFile = QStringLiteral(ACTVIZ_TEST_DATA_DIR "/../../resources/translations/actviz_zh_CN.ts");

// Words a Chinese lecturer leaves in Latin letters: function and product names, file formats,
// notation and identifiers. Compared case-insensitively; registry ids are added at run time.
const QStringList kAllowed{
    // activation names kept in their standard form
    QStringLiteral("ReLU"),
    QStringLiteral("ReLU6"),
    QStringLiteral("PReLU"),
    QStringLiteral("RReLU"),
    QStringLiteral("Leaky"),
    QStringLiteral("ELU"),
    QStringLiteral("CELU"),
    QStringLiteral("SELU"),
    QStringLiteral("GELU"),
    QStringLiteral("SiLU"),
    QStringLiteral("Swish"),
    QStringLiteral("Mish"),
    QStringLiteral("Softplus"),
    QStringLiteral("Softsign"),
    QStringLiteral("Sigmoid"),
    QStringLiteral("Tanh"),
    QStringLiteral("Tanhshrink"),
    QStringLiteral("Softshrink"),
    QStringLiteral("Hardshrink"),
    QStringLiteral("LeCun"),
    QStringLiteral("ISRU"),
    QStringLiteral("Squareplus"),
    QStringLiteral("Sinc"),
    QStringLiteral("Softmax"),
    // mathematical notation
    QStringLiteral("max"),
    QStringLiteral("min"),
    QStringLiteral("argmax"),
    QStringLiteral("log"),
    QStringLiteral("exp"),
    QStringLiteral("sin"),
    QStringLiteral("cos"),
    QStringLiteral("sech"),
    QStringLiteral("arctan"),
    QStringLiteral("sign"),
    QStringLiteral("diag"),
    QStringLiteral("clamp"),
    QStringLiteral("onehot"),
    QStringLiteral("inf"),
    QStringLiteral("NaN"),
    QStringLiteral("Var"),
    QStringLiteral("logit"),
    QStringLiteral("logits"),
    QStringLiteral("dBCE"),
    QStringLiteral("dMSE"),
    QStringLiteral("BCE"),
    QStringLiteral("MSE"),
    // number formats, file formats, products, initialisations, the language menu, key names
    QStringLiteral("float32"),
    QStringLiteral("float64"),
    QStringLiteral("PNG"),
    QStringLiteral("SVG"),
    QStringLiteral("PDF"),
    QStringLiteral("JSON"),
    QStringLiteral("DPI"),
    QStringLiteral("actviz"),
    QStringLiteral("Qt"),
    QStringLiteral("Eigen"),
    QStringLiteral("Widgets"),
    QStringLiteral("Charts"),
    QStringLiteral("MIT"),
    QStringLiteral("Okabe"),
    QStringLiteral("Ito"),
    QStringLiteral("PyTorch"),
    QStringLiteral("Xavier"),
    QStringLiteral("English"),
    QStringLiteral("Shift"),
    QStringLiteral("Ctrl"),
};

QStringList latinWords(const QString &text);

// Names the teaching notes cite in Latin letters (AlexNet, Glorot, word2vec, PyTorch's
// approximate='tanh' …): every word of the finished ActivationNotes translations.
QStringList notesWords()
{
    QFile file(kTsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation") &&
                 context == QLatin1String("ActivationNotes"))
            words += latinWords(xml.readElementText());
    }
    return words;
}

QStringList allowedWords()
{
    QStringList words = kAllowed + notesWords();
    for (const actviz::Activation &a : actviz::registry())
        words.append(QString::fromUtf8(a.id.data(), static_cast<qsizetype>(a.id.size())));
    return words;
}

// Runs of letters, digits and '_' holding three ASCII letters in a row.
QStringList latinWords(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9_]+"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3}"));
    QStringList found;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QString t = it.next().captured();
        if (t.contains(word))
            found.append(t);
    }
    return found;
}

// The English words of text: Latin words not in the allowed list. Rich text is reduced to what
// it shows first.
QStringList englishWords(QString text)
{
    if (Qt::mightBeRichText(text)) {
        // tanh<sup>2</sup> is "tanh 2" to a reader, not the word "tanh2".
        static const QRegularExpression script(QStringLiteral("<(sup|sub)>"));
        text.replace(script, QStringLiteral(" <\\1>"));
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    } else {
        // A mnemonic marker splits a word ("Co&mpare"); "&&" is a literal ampersand.
        static const QRegularExpression mnemonic(QStringLiteral("&(?=[^&\\s])"));
        text.remove(mnemonic);
    }
    static const QStringList allowed = allowedWords();
    QStringList found;
    for (const QString &t : latinWords(text))
        if (!allowed.contains(t, Qt::CaseInsensitive))
            found.append(t);
    return found;
}

struct Finding {
    QString where;
    QString text;
};

class TextCollector
{
public:
    void add(const QString &where, const QString &text)
    {
        if (!text.isEmpty() && !englishWords(text).isEmpty())
            m_findings.append({where, text});
    }
    void widget(QWidget *w);
    void chart(const QString &where, QChart *chart);
    [[nodiscard]] QString report() const
    {
        QStringList lines;
        for (const Finding &f : m_findings)
            lines.append(QStringLiteral("%1: English “%2” in “%3”")
                             .arg(f.where, englishWords(f.text).join(u' '), f.text.left(160)));
        return lines.join(u'\n');
    }
    [[nodiscard]] bool empty() const { return m_findings.isEmpty(); }

private:
    QList<Finding> m_findings;
};

void TextCollector::widget(QWidget *w)
{
    const QString where = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    add(where + QStringLiteral(" windowTitle"), w->windowTitle());
    add(where + QStringLiteral(" toolTip"), w->toolTip());
    add(where + QStringLiteral(" statusTip"), w->statusTip());
    add(where + QStringLiteral(" whatsThis"), w->whatsThis());
    add(where + QStringLiteral(" accessibleName"), w->accessibleName());
    add(where + QStringLiteral(" accessibleDescription"), w->accessibleDescription());
    if (auto *l = qobject_cast<QLabel *>(w))
        add(where, l->text());
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        add(where, b->text());
    if (auto *g = qobject_cast<QGroupBox *>(w))
        add(where, g->title());
    if (auto *e = qobject_cast<QLineEdit *>(w))
        add(where + QStringLiteral(" placeholder"), e->placeholderText());
    if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
        add(where + QStringLiteral(" specialValueText"), s->specialValueText());
    if (auto *s = qobject_cast<QDoubleSpinBox *>(w))
        add(where + QStringLiteral(" prefix/suffix"), s->prefix() + QLatin1Char(' ') + s->suffix());
    if (auto *s = qobject_cast<QSpinBox *>(w))
        add(where + QStringLiteral(" prefix/suffix"), s->prefix() + QLatin1Char(' ') + s->suffix());
    if (auto *c = qobject_cast<QComboBox *>(w))
        for (int i = 0; i < c->count(); ++i)
            add(where + QStringLiteral(" item"), c->itemText(i));
    if (auto *t = qobject_cast<QTabWidget *>(w))
        for (int i = 0; i < t->count(); ++i) {
            add(where + QStringLiteral(" tab"), t->tabText(i));
            add(where + QStringLiteral(" tab toolTip"), t->tabToolTip(i));
        }
    if (auto *m = qobject_cast<QMenu *>(w))
        add(where + QStringLiteral(" title"), m->title());
    if (auto *tree = qobject_cast<QTreeWidget *>(w))
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            add(where + QStringLiteral(" item"), (*it)->text(0));
            add(where + QStringLiteral(" item toolTip"), (*it)->toolTip(0));
        }
    if (auto *s = qobject_cast<QStatusBar *>(w))
        add(where + QStringLiteral(" message"), s->currentMessage());
    if (auto *view = qobject_cast<QChartView *>(w))
        chart(where, view->chart());
}

void TextCollector::chart(const QString &where, QChart *chart)
{
    if (!chart)
        return;
    add(where + QStringLiteral(" chart title"), chart->title());
    for (QAbstractAxis *axis : chart->axes()) {
        add(where + QStringLiteral(" axis title"), axis->titleText());
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            for (const QString &c : categories->categories())
                add(where + QStringLiteral(" category"), c);
    }
    for (QAbstractSeries *series : chart->series()) {
        add(where + QStringLiteral(" series"), series->name());
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                add(where + QStringLiteral(" bar set"), set->label());
    }
    for (QLegendMarker *marker : chart->legend()->markers())
        add(where + QStringLiteral(" legend"), marker->label());
    // Captions and annotations placed in the chart's scene as text items; the legend's own items
    // are skipped (they may be elided, and their labels were checked in full above).
    if (chart->scene())
        for (QGraphicsItem *item : chart->scene()->items()) {
            if (chart->legend()->isAncestorOf(item))
                continue;
            if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                add(where + QStringLiteral(" scene text"), simple->text());
            if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                add(where + QStringLiteral(" scene text"), rich->toPlainText());
        }
}

void collectActions(TextCollector &collector, QWidget *root)
{
    for (QAction *a : root->findChildren<QAction *>()) {
        collector.add(QStringLiteral("action"), a->text());
        if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")))
            collector.add(QStringLiteral("action toolTip"), a->toolTip());
        collector.add(QStringLiteral("action statusTip"), a->statusTip());
        if (a->menu())
            collector.add(QStringLiteral("menu"), a->menu()->title());
    }
}

void collectAll(TextCollector &collector, QWidget *root)
{
    collector.widget(root);
    for (QWidget *w : root->findChildren<QWidget *>())
        collector.widget(w);
    collectActions(collector, root);
}

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
    void windowHasNoEnglishAfterSwitch();
    void dialogsHaveNoEnglish();
    void switchBackToEnglish();
    void languageMenuSwitchesAndRemembers();
    void chineseUsesSimplifiedChineseFont();
    void invalidLanguageRefused();

private:
    QTemporaryDir m_dir;
};

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
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

void TestTranslation::windowHasNoEnglishAfterSwitch()
{
    AppState state;
    // Every kind of row the panels show: parameters used and unused, bands, derivatives.
    state.setShownFunctions(
        {QStringLiteral("sigmoid"), QStringLiteral("leaky_relu"), QStringLiteral("elu"), QStringLiteral("softshrink")});
    state.setCurrentFunction(QStringLiteral("leaky_relu"));
    QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    WindowHost host(&state);
    host.show(settings);
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));
    const MainWindow *english = host.window();
    const int tabCount = host.window()->tabs()->count();
    host.window()->tabs()->setCurrentIndex(tabCount - 1);

    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    MainWindow *chinese = host.window();
    QVERIFY2(chinese != english, "the window was not rebuilt in the new language");
    QVERIFY(QTest::qWaitForWindowExposed(chinese));
    QCOMPARE(chinese->tabs()->currentIndex(), tabCount - 1);
    QVERIFY(chinese->windowTitle().contains(QStringLiteral("激活函数")));

    TextCollector collector;
    // Every tab once on screen, so that views filling themselves when shown have done so.
    for (int i = 0; i < chinese->tabs()->count(); ++i) {
        chinese->tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
    }
    collectAll(collector, chinese);
    // The panels that describe the current function, for every function.
    for (const actviz::Activation &a : actviz::registry()) {
        state.setCurrentFunction(QString::fromUtf8(a.id.data(), static_cast<qsizetype>(a.id.size())));
        for (QLabel *label : chinese->findChildren<QLabel *>()) {
            collector.add(QStringLiteral("QLabel (current %1)").arg(a.id.data()), label->text());
            collector.add(QStringLiteral("QLabel toolTip (current %1)").arg(a.id.data()), label->toolTip());
        }
    }
    QVERIFY2(collector.empty(), qPrintable(QStringLiteral("English left in the zh_CN window:\n") + collector.report()));
}

void TestTranslation::dialogsHaveNoEnglish()
{
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    TextCollector collector;
    AboutDialog about;
    collectAll(collector, &about);
    for (ViewId view :
         {ViewId::Functions, ViewId::Softmax, ViewId::Depth, ViewId::Compare, ViewId::Loss, ViewId::Likelihood}) {
        ExportDialog dialog(view, m_dir.filePath(QStringLiteral("figure.png")));
        collectAll(collector, &dialog);
    }
    QVERIFY2(collector.empty(), qPrintable(QStringLiteral("English left in zh_CN dialogs:\n") + collector.report()));
}

void TestTranslation::switchBackToEnglish()
{
    AppState state;
    QSettings settings(m_dir.filePath(QStringLiteral("back.ini")), QSettings::IniFormat);
    WindowHost host(&state);
    host.show(settings);
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    QVERIFY(host.window()->windowTitle().contains(QStringLiteral("激活函数")));
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("en")));
    QCOMPARE(host.window()->windowTitle(), QStringLiteral("actviz — activation functions"));
    const QList<QAction *> menus = host.window()->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), QStringLiteral("&File"));
}

void TestTranslation::languageMenuSwitchesAndRemembers()
{
    AppState state;
    QSettings layout(m_dir.filePath(QStringLiteral("menu.ini")), QSettings::IniFormat);
    WindowHost host(&state);
    host.show(layout);
    const MainWindow *english = host.window();
    auto *menu = english->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QAction *chinese = nullptr;
    for (QAction *a : menu->actions())
        if (a->data().toString() == QLatin1String("zh_CN"))
            chinese = a;
    QVERIFY(chinese);
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
    chinese->trigger();
    // The switch is queued: the menu belongs to the window it replaces.
    QCoreApplication::processEvents();
    QVERIFY(host.window() != english);
    QCOMPARE(Language::instance()->current(), QStringLiteral("zh_CN"));
    QVERIFY(host.window()->windowTitle().contains(QStringLiteral("激活函数")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(Language::fromSettings(QSettings()), QStringLiteral("zh_CN"));
    // The new window's menu marks the language in use.
    auto *rebuilt = host.window()->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(rebuilt);
    for (QAction *a : rebuilt->actions())
        QCOMPARE(a->isChecked(), a->data().toString() == QLatin1String("zh_CN"));
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestTranslation::chineseUsesSimplifiedChineseFont()
{
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    const QString cjk = Language::cjkFontFamily();
    QVERIFY2(!cjk.isEmpty(), "no Simplified Chinese font is installed (Debian: fonts-noto-cjk)");
    // The figure font and the application font: each Han character must come from a font that
    // has it and draws the Simplified Chinese shapes, never from a box or a JP/TC variant.
    const QString sample = QStringLiteral("激活函数的导数与梯度");
    for (const QFont &font : {QFont(QStringLiteral("DejaVu Sans")), QGuiApplication::font()}) {
        QTextLayout layout(QStringLiteral("ReLU ") + sample, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        bool hanSeen = false;
        for (const QGlyphRun &run : layout.glyphRuns()) {
            const QRawFont raw = run.rawFont();
            if (raw.familyName() != cjk)
                continue;
            hanSeen = true;
            for (const QChar c : sample)
                QVERIFY2(raw.supportsCharacter(c), qPrintable(QStringLiteral("%1 lacks %2").arg(cjk, c)));
        }
        QVERIFY2(hanSeen,
                 qPrintable(QStringLiteral("Chinese text in %1 is not drawn with %2").arg(font.family(), cjk)));
    }
}

void TestTranslation::invalidLanguageRefused()
{
    QVERIFY(!Language::instance()->setCurrent(QStringLiteral("fr")));
    QVERIFY(!Language::instance()->setCurrent(QString()));
    QCOMPARE(Language::instance()->current(), QStringLiteral("en"));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
