// SPDX-License-Identifier: MIT
// Exporter in process: a PNG of the requested pixel size whose pixels carry the curve colours,
// the device-pixel ratio, SVG and PDF headers, and an unwritable path reported with no file left.
#include "chart/plotpalette.h"
#include "export/exportdialog.h"
#include "export/exporter.h"
#include "state/appstate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
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

// The mean darkness (0 white … 255 black) of each cell of a cols×rows grid over the image.
QList<double> cellDarkness(const QImage &image, int cols, int rows)
{
    const QImage img = image.convertToFormat(QImage::Format_Grayscale8);
    QList<double> cells(qsizetype(cols) * rows, 0.0);
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            cells[qsizetype(y * rows / img.height()) * cols + x * cols / img.width()] += 255 - img.constScanLine(y)[x];
    const double perCell = double(img.width()) * img.height() / (cols * rows);
    for (double &c : cells)
        c /= perCell;
    return cells;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pngHasRequestedSizeAndCurveColours_data();
    void pngHasRequestedSizeAndCurveColours();
    void pixelRatioBelowOneScalesTheWholeFigure_data();
    void pixelRatioBelowOneScalesTheWholeFigure();
    void transparentBackground();
    void svgAndPdf_data();
    void svgAndPdf();
    void softmaxFigure();
    void unwritablePathLeavesNoFile();
    void unknownExtensionRefused();
    void dialogOffersOnlyWhatTheExporterWrites();

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

void TestExport::pixelRatioBelowOneScalesTheWholeFigure_data()
{
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("0.5") << 0.5;
    QTest::newRow("0.75") << 0.75;
}

// A figure at pixel ratio below 1 is the whole figure made smaller, like the same figure at
// ratio 1 scaled down: every cell of a grid over the two is about as dark (a crop of the
// figure's top-left part, or a figure laid out at the smaller size, is not).
void TestExport::pixelRatioBelowOneScalesTheWholeFigure()
{
    QFETCH(qreal, dpr);
    AppState state;
    state.setShowDerivatives(true);
    ExportRequest r;
    r.size = QSize(1200, 800);
    r.title = QStringLiteral("Activation functions");
    const QImage full = Exporter::renderImage(state, r);
    r.devicePixelRatio = dpr;
    const QImage small = Exporter::renderImage(state, r);
    QCOMPARE(small.size(), r.pixelSize());
    QCOMPARE(small.devicePixelRatio(), dpr);
    const QImage want = full.scaled(small.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QList<double> got = cellDarkness(small, 12, 8);
    const QList<double> expected = cellDarkness(want, 12, 8);
    for (qsizetype i = 0; i < got.size(); ++i)
        QVERIFY2(std::abs(got[i] - expected[i]) < 6,
                 qPrintable(QStringLiteral("cell %1: darkness %2, want %3").arg(i).arg(got[i]).arg(expected[i])));
}

void TestExport::transparentBackground()
{
    AppState state;
    ExportRequest r;
    r.path = m_dir.filePath(QStringLiteral("clear.png"));
    r.size = QSize(480, 300);
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

// The dialog's spin boxes span the exporter's limits, and a size the exporter would refuse (too
// many pixels at the chosen ratio) disables Save with the exporter's reason, instead of failing
// after the dialog has closed.
void TestExport::dialogOffersOnlyWhatTheExporterWrites()
{
    ExportDialog dialog(ExportRequest::View::Functions, m_dir.filePath(QStringLiteral("d.png")));
    const QList<QSpinBox *> sides = dialog.findChildren<QSpinBox *>();
    QCOMPARE(sides.size(), 2);
    QCOMPARE(sides[0]->minimum(), ExportRequest::kMinWidth);
    QCOMPARE(sides[1]->minimum(), ExportRequest::kMinHeight);
    QCOMPARE(sides[0]->maximum(), ExportRequest::kMaxSide);
    QCOMPARE(sides[1]->maximum(), ExportRequest::kMaxSide);
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QLabel *problem = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->wordWrap())
            problem = label;
    QVERIFY(problem);
    QVERIFY(save->isEnabled());
    QVERIFY(problem->isHidden());

    sides[0]->setValue(12000);
    sides[1]->setValue(9000); // 1.08·10⁸ pixels at 1×
    QVERIFY(!save->isEnabled());
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(QStringLiteral("108000000")), qPrintable(problem->text()));
    QVERIFY2(problem->text().startsWith(QStringLiteral("The image would have")), qPrintable(problem->text()));
    // Each label with a mnemonic has a buddy to take the focus, and so shows no "&".
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));

    sides[1]->setValue(8000); // 9.6·10⁷: fits at 1×, not at 2×
    QVERIFY(save->isEnabled());
    QComboBox *ratio = dialog.findChildren<QComboBox *>().first();
    ratio->setCurrentIndex(ratio->findData(2.0));
    QVERIFY(!save->isEnabled());
    ratio->setCurrentIndex(ratio->findData(1.0));
    QVERIFY(save->isEnabled());
    QVERIFY(problem->isHidden());
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
