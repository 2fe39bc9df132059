// SPDX-License-Identifier: MIT
// Exporter in process: a PNG of the requested pixel size whose pixels carry the curve colours,
// the device-pixel ratio, SVG and PDF headers, and an unwritable path reported with no file left.
#include "chart/plotpalette.h"
#include "export/exporter.h"
#include "state/appstate.h"

#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Pixels close to c (anti-aliasing blends the edges of a line, its core keeps the colour).
int countNear(const QImage &img, const QColor &c, int tolerance = 12)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            if (std::abs(qRed(line[x]) - c.red()) <= tolerance && std::abs(qGreen(line[x]) - c.green()) <= tolerance &&
                std::abs(qBlue(line[x]) - c.blue()) <= tolerance)
                ++n;
    }
    return n;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pngHasRequestedSizeAndCurveColours_data();
    void pngHasRequestedSizeAndCurveColours();
    void transparentBackground();
    void svgAndPdf_data();
    void svgAndPdf();
    void softmaxFigure();
    void unwritablePathLeavesNoFile();
    void unknownExtensionRefused();

private:
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestExport::pngHasRequestedSizeAndCurveColours_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("dpr");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("default 1600x1000") << QSize(1600, 1000) << 1.0 << QSize(1600, 1000);
    QTest::newRow("small 640x400") << QSize(640, 400) << 1.0 << QSize(640, 400);
    QTest::newRow("800x500 at 2x") << QSize(800, 500) << 2.0 << QSize(1600, 1000);
}

void TestExport::pngHasRequestedSizeAndCurveColours()
{
    QFETCH(QSize, size);
    QFETCH(qreal, dpr);
    QFETCH(QSize, pixels);
    AppState state; // sigmoid, tanh, relu in palette slots 0, 1, 2
    ExportRequest r;
    r.path = m_dir.filePath(QStringLiteral("plot.png"));
    r.size = size;
    r.devicePixelRatio = dpr;
    r.title = QStringLiteral("Activation functions");
    QCOMPARE(Exporter::exportFile(state, r), QString());
    QImage img(r.path);
    QVERIFY(!img.isNull());
    QCOMPARE(img.size(), pixels);
    img = img.convertToFormat(QImage::Format_RGB32);
    // Each curve leaves a visible trace of its own colour; the corner is the white background.
    for (const QString &id : state.shownFunctions()) {
        const QColor c = PlotPalette::color(state.colorSlot(id));
        QVERIFY2(countNear(img, c) > pixels.width() / 10, qPrintable(id));
    }
    QCOMPARE(img.pixelColor(2, 2), QColor(Qt::white));
}

void TestExport::transparentBackground()
{
    AppState state;
    ExportRequest r;
    r.path = m_dir.filePath(QStringLiteral("clear.png"));
    r.size = QSize(400, 300);
    r.transparent = true;
    QCOMPARE(Exporter::exportFile(state, r), QString());
    const QImage img(r.path);
    QVERIFY(img.hasAlphaChannel());
    QCOMPARE(qAlpha(img.pixel(1, 1)), 0);
}

void TestExport::svgAndPdf_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("svg") << "plot.svg" << QByteArray("<?xml");
    QTest::newRow("pdf") << "plot.pdf" << QByteArray("%PDF-");
}

void TestExport::svgAndPdf()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    AppState state;
    ExportRequest r;
    r.path = m_dir.filePath(name);
    QCOMPARE(Exporter::exportFile(state, r), QString());
    QFile f(r.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.size() > 1000);
    QVERIFY(f.read(magic.size()) == magic);
}

void TestExport::softmaxFigure()
{
    AppState state;
    ExportRequest r;
    r.path = m_dir.filePath(QStringLiteral("softmax.png"));
    r.view = ExportRequest::View::Softmax;
    r.size = QSize(1200, 700);
    QCOMPARE(Exporter::exportFile(state, r), QString());
    QImage img = QImage(r.path).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(img.size(), QSize(1200, 700));
    // The argmax bar is vermillion, the others sky blue.
    QVERIFY(countNear(img, QColor(0xD5, 0x5E, 0x00), 6) > 1000);
    QVERIFY(countNear(img, QColor(0x56, 0xB4, 0xE9), 6) > 1000);

    state.setSoftmaxInput(QStringLiteral("1, zz"));
    r.path = m_dir.filePath(QStringLiteral("bad-softmax.png"));
    QVERIFY(Exporter::exportFile(state, r).contains(QStringLiteral("zz")));
    QVERIFY(!QFile::exists(r.path));
}

void TestExport::unwritablePathLeavesNoFile()
{
    AppState state;
    ExportRequest r;
    r.path = m_dir.filePath(QStringLiteral("no/such/dir/plot.png"));
    const QString error = Exporter::exportFile(state, r);
    QVERIFY(error.contains(r.path));
    QVERIFY(!QFile::exists(r.path));
}

void TestExport::unknownExtensionRefused()
{
    AppState state;
    ExportRequest r;
    r.path = m_dir.filePath(QStringLiteral("plot.bmpx"));
    QVERIFY(!Exporter::exportFile(state, r).isEmpty());
    QVERIFY(!QFile::exists(r.path));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
