// SPDX-License-Identifier: MIT
// PngWriter: what it writes decodes (with Qt's libpng-based reader, an independent decoder) to
// exactly the pixels it was given, opaque and translucent, at odd sizes; its zlib stream passes
// zlib's own check (Adler-32 of the filtered rows, which PngWriter computes itself).
#include "export/pngwriter.h"
#include "export/prefaultedimage.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

#include <vector>

class TestPngWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void failingDevice();
    void prefaultedImageIsAnImage_data();
    void prefaultedImageIsAnImage();
    void prefaultedImageInHugePages_data();
    void prefaultedImageInHugePages();
};

namespace {

// The IDAT chunks of a PNG joined: the zlib stream.
QByteArray idat(const QByteArray &png)
{
    QByteArray stream;
    for (qsizetype at = 8; at + 12 <= png.size();) {
        const auto length = static_cast<qsizetype>(qFromBigEndian<quint32>(png.constData() + at));
        if (png.mid(at + 4, 4) == "IDAT")
            stream += png.mid(at + 8, length);
        at += 12 + length;
    }
    return stream;
}

// A figure-like image: flat white, a few thin lines and a curve, so that most Up-filtered bytes
// are zero runs of every length, with odd bytes between.
void drawFlat(QImage &src, bool alpha)
{
    src.fill(alpha ? QColor(255, 255, 255, 0) : QColor(Qt::white));
    QPainter p(&src);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(220, 220, 220), 1));
    for (int x = 7; x < src.width(); x += 97)
        p.drawLine(x, 0, x, src.height());
    p.setPen(QPen(QColor(0, 114, 178, alpha ? 200 : 255), 2.5));
    p.drawLine(QPointF(0, src.height() * 0.8), QPointF(src.width(), src.height() * 0.2));
}

} // namespace

void TestPngWriter::roundTrip_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<int>("bands"); // 0: as many as the machine's cores
    // The format the image is drawn in and written from (the renderer's are read row by row
    // without a copy, premultiplied alpha undone per pixel; any other is converted first).
    QTest::addColumn<QImage::Format>("format");
    QTest::addColumn<bool>("flat"); // a figure-like image: mostly zero runs once filtered
    QTest::newRow("opaque 1x1") << QSize(1, 1) << false << 0 << QImage::Format_RGB32 << false;
    QTest::newRow("opaque 333x77") << QSize(333, 77) << false << 0 << QImage::Format_RGB32 << false;
    QTest::newRow("translucent 64x65") << QSize(64, 65) << true << 0 << QImage::Format_ARGB32 << false;
    QTest::newRow("opaque 1600x1000") << QSize(1600, 1000) << false << 0 << QImage::Format_RGB32 << false;
    // Rows deflated in parallel bands, joined into one zlib stream: every split must decode.
    QTest::newRow("1600x1000 in 3 bands") << QSize(1600, 1000) << false << 3 << QImage::Format_RGB32 << false;
    QTest::newRow("translucent 301x257 in 4 bands") << QSize(301, 257) << true << 4 << QImage::Format_ARGB32 << false;
    QTest::newRow("one row per band") << QSize(40, 5) << false << 5 << QImage::Format_RGB32 << false;
    QTest::newRow("more bands than rows") << QSize(40, 2) << true << 4 << QImage::Format_ARGB32 << false;
    QTest::newRow("premultiplied 301x257 in 3 bands") << QSize(301, 257) << true << 3
                                                       << QImage::Format_ARGB32_Premultiplied << false;
    QTest::newRow("RGB888 converted first") << QSize(97, 130) << false << 2 << QImage::Format_RGB888 << false;
    QTest::newRow("RGBA8888 converted first") << QSize(97, 130) << true << 2 << QImage::Format_RGBA8888 << false;
    QTest::newRow("flat 1600x1000") << QSize(1600, 1000) << false << 0 << QImage::Format_RGB32 << true;
    QTest::newRow("flat 1601x999 in 5 bands") << QSize(1601, 999) << false << 5 << QImage::Format_RGB32 << true;
    QTest::newRow("flat translucent 333x77") << QSize(333, 77) << true << 2 << QImage::Format_ARGB32 << true;
}

void TestPngWriter::roundTrip()
{
    QFETCH(QSize, size);
    QFETCH(bool, alpha);
    QFETCH(int, bands);
    QFETCH(QImage::Format, format);
    QFETCH(bool, flat);
    QImage src(size, format);
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
    if (flat)
        drawFlat(src, alpha);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(src.format(), format); // QPainter draws in it as it is
    QVERIFY(PngWriter::write(src, &buffer, bands));
    // zlib inflates the stream and checks its Adler-32; a filter byte and the bytes of each row.
    const QByteArray stream = idat(buffer.data());
    const auto rowBytes = static_cast<uLongf>(size.width()) * (alpha ? 4 : 3) + 1;
    std::vector<Bytef> raw(rowBytes * static_cast<uLongf>(size.height()) + 1);
    uLongf rawSize = raw.size();
    QCOMPARE(uncompress(raw.data(), &rawSize, reinterpret_cast<const Bytef *>(stream.constData()),
                        static_cast<uLong>(stream.size())),
             Z_OK);
    QCOMPARE(rawSize, rowBytes * static_cast<uLongf>(size.height()));
    QImage back;
    QVERIFY(back.loadFromData(buffer.data(), "PNG"));
    QCOMPARE(back.size(), size);
    QCOMPARE(back.hasAlphaChannel(), alpha);
    const QImage::Format f = alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    QCOMPARE(back.convertToFormat(f), src.convertToFormat(f));
}

void TestPngWriter::prefaultedImageIsAnImage_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QImage::Format>("format");
    QTest::newRow("1600x1000 RGB32") << QSize(1600, 1000) << QImage::Format_RGB32;
    QTest::newRow("premultiplied 3x2") << QSize(3, 2) << QImage::Format_ARGB32_Premultiplied;
    QTest::newRow("RGB888, rows padded") << QSize(97, 13) << QImage::Format_RGB888;
    QTest::newRow("empty") << QSize(0, 5) << QImage::Format_RGB32;
}

void TestPngWriter::prefaultedImageIsAnImage()
{
    // Behaves as QImage(size, format) does: same geometry, drawable, copied on write when
    // shared, and its pixels outlive the copies (the mapping is freed with the last one).
    QFETCH(QSize, size);
    QFETCH(QImage::Format, format);
    const QImage plain(size, format);
    QImage image = prefaultedImage(size, format);
    QCOMPARE(image.isNull(), plain.isNull());
    if (plain.isNull())
        return;
    QCOMPARE(image.size(), size);
    QCOMPARE(image.format(), format);
    QCOMPARE(image.bytesPerLine(), plain.bytesPerLine());
    image.fill(QColor(10, 20, 30));
    QImage copy = image;
    {
        QPainter p(&image);
        p.fillRect(QRect(QPoint(0, 0), size / 2 + QSize(1, 1)), QColor(200, 100, 50));
    }
    QCOMPARE(image.pixelColor(0, 0), QColor(200, 100, 50));
    QCOMPARE(copy.pixelColor(0, 0), QColor(10, 20, 30));
    image = QImage();
    QCOMPARE(copy.pixelColor(size.width() - 1, size.height() - 1), QColor(10, 20, 30));
}

void TestPngWriter::prefaultedImageInHugePages_data()
{
    QTest::addColumn<bool>("onAThread");
    QTest::newRow("made here") << false;
    QTest::newRow("made on a thread while the figure is built") << true;
}

void TestPngWriter::prefaultedImageInHugePages()
{
    QFETCH(bool, onAThread);
    const QSize size(1600, 1000);
    const QImage image = onAThread ? prefaultedImageAsync(size, QImage::Format_RGB32).get()
                                   : prefaultedImage(size, QImage::Format_RGB32);
    QCOMPARE(image.size(), size);
    QCOMPARE(image.format(), QImage::Format_RGB32);
#if !defined(Q_OS_LINUX)
    QSKIP("transparent huge pages are Linux's");
#else
    // The pixels start on a 2 MiB boundary, and the kernel counts their mapping as one that may
    // be backed by huge pages (madvise(MADV_HUGEPAGE) was taken).
    const auto at = reinterpret_cast<quintptr>(image.constBits());
    QCOMPARE(at % kHugePageBytes, quintptr(0));
    QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!mode.open(QIODevice::ReadOnly) || mode.readAll().contains("[never]"))
        QSKIP("transparent huge pages are turned off on this system");
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    QVERIFY(smaps.open(QIODevice::ReadOnly));
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        bool isRange = false, isRangeEnd = false; // a mapping's first line: "from-to perms …"
        const quintptr from = dash > 0 && space > dash ? line.left(dash).toULongLong(&isRange, 16) : 0;
        const quintptr to = isRange ? line.mid(dash + 1, space - dash - 1).toULongLong(&isRangeEnd, 16) : 0;
        if (isRange && isRangeEnd)
            inside = from <= at && at < to;
        else if (inside && line.startsWith("THPeligible:")) {
            QCOMPARE(line.simplified(), QByteArray("THPeligible: 1"));
            return;
        }
    }
    QSKIP("this kernel does not say which mappings may use huge pages");
#endif
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
