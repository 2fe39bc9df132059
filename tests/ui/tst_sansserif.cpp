// SPDX-License-Identifier: MIT
// The family FontconfigPreload finds behind Qt's "Sans Serif" is the one Qt draws that generic
// family's text with, in each style the window uses, so that naming it changes no glyph; and
// only the generic font is renamed. Run in the default language and in Chinese (LANG=zh_CN),
// where fontconfig puts a CJK family first.
#include "text/fontconfigpreload.h"

#include <QApplication>
#include <QFontInfo>
#include <QImage>
#include <QPainter>
#include <QTest>

class TestSansSerif : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void isWhatQtDraws_data();
    void isWhatQtDraws();
    void drawsTheSameGlyphs_data();
    void drawsTheSameGlyphs();
    void renamesOnlyTheGenericFont();

private:
    FontconfigPreload m_fonts;
    QString m_family;
};

namespace {

QFont styled(const QString &family, const QString &style)
{
    QFont font(family, 12);
    font.setItalic(style == QLatin1String("italic"));
    font.setBold(style == QLatin1String("bold"));
    return font;
}

QImage rendered(const QFont &font)
{
    QImage image(420, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setFont(font);
    p.drawText(QPointF(4, 28), QStringLiteral("Sigmoid α β f′(x) −6 Tanh 激活函数"));
    return image;
}

void addStyles()
{
    QTest::addColumn<QString>("style");
    for (const char *style : {"regular", "italic", "bold"})
        QTest::newRow(style) << QString::fromLatin1(style);
}

} // namespace

void TestSansSerif::initTestCase()
{
#if !defined(Q_OS_LINUX)
    QSKIP("fontconfig is what Qt uses on Linux");
#endif
    m_fonts.wait();
    m_family = QString::fromStdString(m_fonts.sansSerifFamily());
    QVERIFY(!m_family.isEmpty());
    QVERIFY(m_family != QLatin1String("Sans Serif"));
}

void TestSansSerif::isWhatQtDraws_data()
{
    addStyles();
}

void TestSansSerif::isWhatQtDraws()
{
    QFETCH(QString, style);
    QCOMPARE(QFontInfo(styled(QStringLiteral("Sans Serif"), style)).family(), m_family);
}

void TestSansSerif::drawsTheSameGlyphs_data()
{
    addStyles();
}

void TestSansSerif::drawsTheSameGlyphs()
{
    QFETCH(QString, style);
    QCOMPARE(rendered(styled(m_family, style)), rendered(styled(QStringLiteral("Sans Serif"), style)));
}

void TestSansSerif::renamesOnlyTheGenericFont()
{
    const QFont original = QApplication::font();
    QFont generic(QStringLiteral("Sans Serif"), 11);
    QApplication::setFont(generic);
    m_fonts.useSansSerifFamily();
    QCOMPARE(QApplication::font().families(), QStringList{m_family});
    QCOMPARE(QApplication::font().pointSizeF(), 11.0);
    const QFont chosen(QStringLiteral("DejaVu Serif"), 10);
    QApplication::setFont(chosen);
    m_fonts.useSansSerifFamily();
    QCOMPARE(QApplication::font(), chosen);
    QApplication::setFont(original);
}

QTEST_MAIN(TestSansSerif)
#include "tst_sansserif.moc"
