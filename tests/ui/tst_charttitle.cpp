// SPDX-License-Identifier: MIT
// Figure titles (chart/charttitle): a title wider than the figure wraps to a second line, each
// line fits, only what two lines cannot hold ends in “…”, and the text is escaped. On the
// function chart, QChart must then never cut the title itself: its cut would drop the empty last
// line that keeps the band caption's strip free, and the caption would be drawn over the title.
#include "chart/chartstyle.h"
#include "chart/charttitle.h"
#include "plot/functionchart.h"
#include "state/appstate.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

namespace {

const QString kLong = QStringLiteral("The logistic sigmoid and its derivative, with the intervals where the gradient "
                                     "vanishes shaded, for the second lecture on training deep networks");

QStringList linesOf(const QString &html)
{
    return html.split(QStringLiteral("<br>"));
}

// The chart's title item: the scene's text item that holds `words`.
const QGraphicsTextItem *titleItem(const QGraphicsScene &scene, const QString &words)
{
    for (const QGraphicsItem *item : scene.items())
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item))
            if (text->toPlainText().contains(words))
                return text;
    return nullptr;
}

} // namespace

class TestChartTitle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shortTitleIsOneLine();
    void longTitleWrapsToLinesThatFit_data();
    void longTitleWrapsToLinesThatFit();
    void textIsEscaped();
    void functionChartKeepsTheCaptionStrip();
    void titleTakesTheStyleFont();
};

void TestChartTitle::shortTitleIsOneLine()
{
    const QFont font = ChartStyle::forFigure(QSize(640, 400), false).titleFont;
    QCOMPARE(chartTitleHtml(QStringLiteral("Sigmoid"), font, 600), QStringLiteral("Sigmoid"));
    QCOMPARE(chartTitleHtml(QStringLiteral("  two\nlines "), font, 600), QStringLiteral("two lines"));
    QCOMPARE(chartTitleHtml(QString(), font, 600), QString());
}

void TestChartTitle::longTitleWrapsToLinesThatFit_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<qreal>("width");
    QTest::addColumn<bool>("elided");
    QTest::newRow("two lines hold it") << kLong << 700.0 << false;
    QTest::newRow("two lines cannot") << kLong << 250.0 << true;
    QTest::newRow("one long word") << QString(80, QLatin1Char('W')) << 200.0 << true;
    QTest::newRow("Chinese, no spaces") << QStringLiteral(
                                               "逻辑斯谛函数及其导数：阴影部分是梯度消失的区间，第二讲深度网络的训练")
                                        << 200.0 << true;
}

void TestChartTitle::longTitleWrapsToLinesThatFit()
{
    QFETCH(QString, title);
    QFETCH(qreal, width);
    QFETCH(bool, elided);
    const QFont font = ChartStyle::forFigure(QSize(640, 400), false).titleFont;
    const QFontMetricsF fm(font);
    QVERIFY(fm.horizontalAdvance(title) > width); // the case needs wrapping at all
    const QStringList lines = linesOf(chartTitleHtml(title, font, width));
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines) {
        QVERIFY2(!line.isEmpty(), qPrintable(lines.join('|')));
        QVERIFY2(fm.horizontalAdvance(line) <= width + 0.5, qPrintable(line));
    }
    QCOMPARE(lines.last().endsWith(QChar(0x2026)), elided);
    if (!elided) // every word is there, in order
        QCOMPARE(lines.join(QLatin1Char(' ')).simplified(), title);
    else
        QVERIFY(title.startsWith(lines.first()));
}

void TestChartTitle::textIsEscaped()
{
    const QFont font = ChartStyle::forFigure(QSize(640, 400), false).titleFont;
    QCOMPARE(chartTitleHtml(QStringLiteral("f<x> & \"g\""), font, 900),
             QStringLiteral("f&lt;x&gt; &amp; &quot;g&quot;"));
}

// 640×400 with bands and a title of two lines: QChart shows the lines as given (its own cut
// ends in "..."), the empty line for the caption is still last, and the plot starts lower than
// under a one-line title, not higher.
void TestChartTitle::functionChartKeepsTheCaptionStrip()
{
    const auto plotTop = [](const QString &title, QString *shown) {
        AppState state;
        state.setShowDerivatives(true);
        state.setShowSaturation(true);
        QGraphicsScene scene;
        auto *chart = new FunctionChart(&state);
        chart->setStyle(ChartStyle::forFigure(QSize(640, 400), false));
        scene.addItem(chart);
        chart->setGeometry(QRectF(0, 0, 640, 400));
        chart->setFigureTitle(title);
        chart->refresh();
        const QGraphicsTextItem *item = titleItem(scene, title.left(12));
        *shown = item ? item->document()->toRawText() : QString(); // toPlainText() makes &nbsp; a space
        return chart->plotArea().top();
    };
    QString shortShown;
    QString longShown;
    const qreal shortTop = plotTop(QStringLiteral("Short title"), &shortShown);
    const qreal longTop = plotTop(kLong, &longShown);
    QVERIFY2(!longShown.isEmpty(), "no title item");
    QVERIFY2(!longShown.contains(QLatin1String("...")), qPrintable(longShown));
    QVERIFY2(longShown.endsWith(QChar(0xa0)), qPrintable(longShown)); // the caption's strip
    QVERIFY(shortShown.endsWith(QChar(0xa0)));
    QVERIFY2(longTop > shortTop, qPrintable(QStringLiteral("%1 vs %2").arg(longTop).arg(shortTop)));
}

// The function chart sets its title font only with a title (the window's plot has none, and a
// font set is loaded at once): a title set after the style, or a style set after the title,
// is drawn in the style's bold title font.
void TestChartTitle::titleTakesTheStyleFont()
{
    AppState state;
    QGraphicsScene scene;
    auto *chart = new FunctionChart(&state);
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 640, 400));
    const ChartStyle style = ChartStyle::forFigure(QSize(640, 400), false);
    chart->setStyle(style);
    QVERIFY(chart->titleFont() != style.titleFont); // no title yet: not loaded
    chart->setFigureTitle(QStringLiteral("Lecture figure"));
    chart->refresh();
    QCOMPARE(chart->titleFont(), style.titleFont);
    const QGraphicsTextItem *item = titleItem(scene, QStringLiteral("Lecture figure"));
    QVERIFY(item);
    QCOMPARE(item->font(), style.titleFont);
    ChartStyle larger = style;
    larger.titleFont.setPixelSize(style.titleFont.pixelSize() + 6);
    chart->setStyle(larger);
    QCOMPARE(chart->titleFont(), larger.titleFont);
}

QTEST_MAIN(TestChartTitle)
#include "tst_charttitle.moc"
