// SPDX-License-Identifier: MIT
// WrappedLabel remembers heights for widths, but never a stale one: after a new text or font it
// answers what a plain word-wrapped QLabel answers.
#include "widgets/wrappedlabel.h"

#include <QTest>

class TestWrappedLabel : public QObject
{
    Q_OBJECT
private slots:
    void sameAsQLabel();
};

namespace {

int plainHeight(const QString &text, const QFont &font, int width)
{
    QLabel label;
    label.setWordWrap(true);
    label.setFont(font);
    label.setText(text);
    return label.heightForWidth(width);
}

} // namespace

void TestWrappedLabel::sameAsQLabel()
{
    const QString longText = QStringLiteral("<b>Pros:</b> a sentence long enough to wrap over several lines at a "
                                            "narrow width, and then some more words to be sure of it.");
    WrappedLabel label;
    label.setText(longText);
    const QFont font = label.font();
    // Widths in turn and again, more of them than the cache holds.
    for (int round = 0; round < 2; ++round)
        for (int width : {60, 120, 240, 480, 960})
            QCOMPARE(label.heightForWidth(width), plainHeight(longText, font, width));
    const int wrapped = label.heightForWidth(120);
    // A new text: the remembered heights are gone.
    label.setText(QStringLiteral("short"));
    QCOMPARE(label.heightForWidth(120), plainHeight(QStringLiteral("short"), font, 120));
    QVERIFY(label.heightForWidth(120) < wrapped);
    // A new font, same text.
    label.setText(longText);
    QFont big = font;
    big.setPointSizeF(font.pointSizeF() * 2);
    label.setFont(big);
    QCOMPARE(label.heightForWidth(120), plainHeight(longText, big, 120));
    QVERIFY(label.heightForWidth(120) > wrapped);
}

QTEST_MAIN(TestWrappedLabel)
#include "tst_wrappedlabel.moc"
