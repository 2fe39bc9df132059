// SPDX-License-Identifier: MIT
// PngWriter: what it writes decodes (with Qt's libpng-based reader, an independent decoder) to
// exactly the pixels it was given, opaque and translucent, at odd sizes.
#include "export/pngwriter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

class TestPngWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void failingDevice();
};

void TestPngWriter::roundTrip_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<int>("bands"); // 0: as many as the machine's cores
    QTest::newRow("opaque 1x1") << QSize(1, 1) << false << 0;
    QTest::newRow("opaque 333x77") << QSize(333, 77) << false << 0;
    QTest::newRow("translucent 64x65") << QSize(64, 65) << true << 0;
    QTest::newRow("opaque 1600x1000") << QSize(1600, 1000) << false << 0;
    // Rows deflated in parallel bands, joined into one zlib stream: every split must decode.
    QTest::newRow("1600x1000 in 3 bands") << QSize(1600, 1000) << false << 3;
    QTest::newRow("translucent 301x257 in 4 bands") << QSize(301, 257) << true << 4;
    QTest::newRow("one row per band") << QSize(40, 5) << false << 5;
    QTest::newRow("more bands than rows") << QSize(40, 2) << true << 4;
}

void TestPngWriter::roundTrip()
{
    QFETCH(QSize, size);
    QFETCH(bool, alpha);
    QFETCH(int, bands);
    QImage src(size, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    // Gradients, noise-like patterns and antialiased strokes: every filter byte path is used.
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            src.setPixel(x, y,
                         qRgba((x * 7 + y) & 0xFF, (x * y) & 0xFF, (x ^ y) & 0xFF, alpha ? (x + 3 * y) & 0xFF : 0xFF));
    {
        QPainter p(&src);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0, 114, 178, alpha ? 128 : 255), 3));
        p.drawEllipse(QRectF(QPointF(0, 0), QSizeF(size)).adjusted(2, 2, -2, -2));
    }
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(PngWriter::write(src, &buffer, bands));
    QImage back;
    QVERIFY(back.loadFromData(buffer.data(), "PNG"));
    QCOMPARE(back.size(), size);
    QCOMPARE(back.hasAlphaChannel(), alpha);
    const QImage::Format f = alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    QCOMPARE(back.convertToFormat(f), src.convertToFormat(f));
}

void TestPngWriter::failingDevice()
{
    QBuffer closed;
    QImage img(10, 10, QImage::Format_RGB32);
    img.fill(Qt::white);
    QVERIFY(!PngWriter::write(img, &closed));
    QVERIFY(!PngWriter::write(QImage(), &closed));
}

QTEST_GUILESS_MAIN(TestPngWriter)
#include "tst_pngwriter.moc"
