// SPDX-License-Identifier: MIT
// The plot's straight lines and bands in whole device pixels (DevicePixelPainter) and the grid
// drawn with it (ChartGrid): the same pixels as one fill, no fill left to Qt's thread pool, the
// pixels a line or band takes at pixel ratios 1 and 2, and grid lines where Qt Charts puts its
// ticks.
#include "chart/chartgrid.h"
#include "chart/devicepixelpainter.h"
#include "chart/styledchart.h"
#include "plot/functionchart.h"
#include "softmax/softmaxchart.h"
#include "state/appstate.h"

#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QValueAxis>

#include <atomic>
#include <thread>

class TestChartGrid : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fillMatchesOneFill_data();
    void fillMatchesOneFill();
    void neverWaitsForThreadPool();
    void linePixels_data();
    void linePixels();
    void paintsWherePixelsSay();
    void narrowRectStillShows();
    void farAndNonFiniteStayBounded();
    void vectorDeviceDrawsThrough();
    void tickPositions_data();
    void tickPositions();
    void chartDrawsCrispGrid();
    void styledChartFollowsItsAxes();
    void everyChartsValueAxesAreAdopted();
};

namespace {

QImage blank(QSize size, qreal ratio = 1.0)
{
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    return image;
}

} // namespace

void TestChartGrid::fillMatchesOneFill_data()
{
    QTest::addColumn<QBrush>("brush");
    QTest::addColumn<QRect>("rect");
    QTest::newRow("translucent, 600 rows") << QBrush(QColor(0, 114, 178, 46)) << QRect(37, 5, 211, 600);
    QTest::newRow("opaque, 1 column") << QBrush(QColor(20, 20, 20)) << QRect(100, 0, 1, 640);
    QTest::newRow("hatch, 333 rows") << QBrush(QColor(213, 94, 0, 150), Qt::BDiagPattern) << QRect(3, 7, 90, 333);
    QTest::newRow("fewer rows than a fill") << QBrush(QColor(0, 0, 0, 40)) << QRect(10, 10, 50, 5);
}

void TestChartGrid::fillMatchesOneFill()
{
    // Rows apart, the fills cover what one fill covers, a pattern included.
    QFETCH(QBrush, brush);
    QFETCH(QRect, rect);
    QImage whole = blank(QSize(300, 650));
    {
        QPainter p(&whole);
        p.fillRect(rect, brush);
    }
    QImage split = blank(QSize(300, 650));
    {
        QPainter p(&split);
        p.setRenderHint(QPainter::Antialiasing);
        DevicePixelPainter pixels(&p);
        QVERIFY(pixels.inDevicePixels());
        QCOMPARE(pixels.rectPixels(rect), rect);
        pixels.fillRect(rect, brush);
    }
    QCOMPARE(split, whole);
}

void TestChartGrid::neverWaitsForThreadPool()
{
    // Qt 6.4 hands a fill of 96 rows or more to its global thread pool and waits for it. With
    // every thread of the pool held, such a fill would not finish until they are let go.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore busy, release;
    for (int i = 0; i < threads; ++i)
        pool->start([&] {
            busy.release();
            release.acquire();
        });
    busy.acquire(threads);
    std::atomic<bool> done = false;
    std::thread painting([&done] {
        QImage image = blank(QSize(400, 700));
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        DevicePixelPainter pixels(&p);
        pixels.fillRect(QRectF(10.3, 4.6, 200.2, 690.1), QColor(0, 114, 178, 46));
        pixels.fillRect(QRectF(10.3, 4.6, 200.2, 690.1), QBrush(QColor(0, 0, 0, 150), Qt::BDiagPattern));
        pixels.drawLine(QLineF(300.4, 2.0, 300.4, 698.0), QPen(QColor(0, 0, 0, 40), 0));
        done = true;
    });
    const bool finished = QTest::qWaitFor([&done] { return done.load(); }, 20000);
    release.release(threads);
    painting.join();
    pool->waitForDone();
    QVERIFY2(finished, "a fill waited for Qt's thread pool");
}

void TestChartGrid::linePixels_data()
{
    QTest::addColumn<qreal>("ratio");
    QTest::addColumn<QLineF>("line");
    QTest::addColumn<QPen>("pen");
    QTest::addColumn<QRect>("pixels");
    QPen cosmetic(Qt::black, 1);
    cosmetic.setCosmetic(true);
    const QPen hairline(Qt::black, 0);
    const QPen wide(Qt::black, 2); // not cosmetic: 2 pixels at ratio 1, 4 at ratio 2
    // The pixel whose span holds the line, over the pixels whose centres the length spans.
    QTest::newRow("vertical at 100.3") << 1.0 << QLineF(100.3, 10.2, 100.3, 60.7) << cosmetic << QRect(100, 10, 1, 51);
    QTest::newRow("vertical at 100.7") << 1.0 << QLineF(100.7, 10.0, 100.7, 60.0) << hairline << QRect(100, 10, 1, 50);
    QTest::newRow("upwards") << 1.0 << QLineF(5.5, 60.0, 5.5, 10.0) << cosmetic << QRect(5, 10, 1, 50);
    QTest::newRow("horizontal") << 1.0 << QLineF(3.0, 20.4, 93.0, 20.4) << cosmetic << QRect(3, 20, 90, 1);
    QTest::newRow("wide") << 1.0 << QLineF(50.0, 0.0, 50.0, 30.0) << wide << QRect(49, 0, 2, 30);
    QTest::newRow("ratio 2, cosmetic") << 2.0 << QLineF(50.3, 0.0, 50.3, 30.0) << cosmetic << QRect(100, 0, 1, 60);
    QTest::newRow("ratio 2, wide") << 2.0 << QLineF(50.0, 0.0, 50.0, 30.0) << wide << QRect(98, 0, 4, 60);
}

void TestChartGrid::linePixels()
{
    QFETCH(qreal, ratio);
    QFETCH(QLineF, line);
    QFETCH(QPen, pen);
    QFETCH(QRect, pixels);
    QImage image = blank(QSize(200, 100), ratio);
    QPainter p(&image);
    DevicePixelPainter painter(&p);
    QCOMPARE(painter.linePixels(line, pen), pixels);
}

void TestChartGrid::paintsWherePixelsSay()
{
    // At ratio 2 and under a fractional translation, as an item in a scene is painted: the
    // line's pixels are painted, their neighbours left alone.
    QImage image = blank(QSize(100, 80), 2.0);
    QRect expected;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(10.25, 3.5);
        DevicePixelPainter pixels(&p);
        QPen pen(QColor(0, 0, 0), 1);
        pen.setCosmetic(true);
        const QLineF line(40.3, 2.0, 40.3, 60.0);
        expected = pixels.linePixels(line, pen);
        pixels.drawLine(line, pen);
    }
    QCOMPARE(expected, QRect(101, 11, 1, 116)); // x (10.25 + 40.3)·2 = 101.1; y (3.5 + 2)·2 = 11 to 127
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            QCOMPARE(image.pixelColor(x, y) == QColor(Qt::black), expected.contains(x, y));
}

void TestChartGrid::narrowRectStillShows()
{
    // A band narrower than a pixel (a naive formula failing over a sliver of x) takes the
    // pixel holding its middle; an empty one takes none.
    QImage image = blank(QSize(100, 100));
    QPainter p(&image);
    DevicePixelPainter pixels(&p);
    QCOMPARE(pixels.rectPixels(QRectF(10.2, 5.0, 0.3, 40.0)), QRect(10, 5, 1, 40));
    QCOMPARE(pixels.rectPixels(QRectF(10.6, 5.0, 0.8, 40.0)), QRect(11, 5, 1, 40));
    QVERIFY(pixels.rectPixels(QRectF(10.2, 5.0, 0.0, 40.0)).isEmpty());
}

void TestChartGrid::farAndNonFiniteStayBounded()
{
    // Coordinates from a plot of ±8e307 or a NaN never round past an int, and a fill reaching
    // far off the image paints what is on it, as one across the image would.
    QImage image = blank(QSize(60, 40));
    QImage expected = blank(QSize(60, 40));
    {
        QPainter p(&expected);
        p.fillRect(QRect(0, 0, 60, 40), QColor(0, 0, 0, 40));
    }
    QPainter p(&image);
    DevicePixelPainter pixels(&p);
    const qreal huge = 8e307;
    const QRect far = pixels.rectPixels(QRectF(QPointF(-huge, -huge), QPointF(huge, huge)));
    QVERIFY(far.left() < 0 && far.right() > 60 && far.width() > 0 && far.height() > 0);
    QVERIFY(pixels.rectPixels(QRectF(qQNaN(), 0, 10, 10)).isEmpty());
    QVERIFY(pixels.linePixels(QLineF(qInf(), 0, qInf(), 30), QPen(Qt::black, 0)).isEmpty());
    pixels.fillRect(QRectF(QPointF(-huge, -huge), QPointF(huge, huge)), QColor(0, 0, 0, 40));
    p.end();
    QCOMPARE(image, expected);
}

void TestChartGrid::vectorDeviceDrawsThrough()
{
    // SVG and PDF keep lines as lines: off a raster device nothing is snapped to pixels.
    QPicture picture;
    QPainter p(&picture);
    DevicePixelPainter pixels(&p);
    QVERIFY(!pixels.inDevicePixels());
    pixels.drawLine(QLineF(0.5, 0, 0.5, 100), QPen(Qt::black, 0));
    pixels.fillRect(QRectF(1.5, 0, 10, 100), Qt::red);
    p.end();
    QCOMPARE(picture.boundingRect().width(), 12);
}

void TestChartGrid::tickPositions_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<double>("interval");
    QTest::addColumn<qreal>("from");
    QTest::addColumn<qreal>("length");
    QTest::addColumn<QList<qreal>>("ticks");
    QTest::newRow("x, ±6 by 2") << -6.0 << 6.0 << 2.0 << 100.0 << 600.0
                                << QList<qreal>{100, 200, 300, 400, 500, 600, 700};
    QTest::newRow("x, ends between ticks") << -6.5 << 6.5 << 5.0 << 0.0 << 130.0 << QList<qreal>{15, 65, 115};
    QTest::newRow("y, upwards") << -2.0 << 7.0 << 3.0 << 500.0 << -450.0 << QList<qreal>{400, 250, 100};
    QTest::newRow("anchored at 0, far from it")
        << 1e6 << 1e6 + 4 << 1.0 << 0.0 << 40.0 << QList<qreal>{0, 10, 20, 30, 40};
}

void TestChartGrid::tickPositions()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(double, interval);
    QFETCH(qreal, from);
    QFETCH(qreal, length);
    QFETCH(QList<qreal>, ticks);
    QValueAxis axis;
    axis.setTickType(QValueAxis::TicksDynamic);
    axis.setTickAnchor(0.0);
    axis.setTickInterval(interval);
    axis.setRange(lo, hi);
    const QList<qreal> got = ChartGrid::tickPositions(&axis, from, length);
    QCOMPARE(got.size(), ticks.size());
    for (qsizetype i = 0; i < ticks.size(); ++i)
        QVERIFY2(qAbs(got[i] - ticks[i]) < 1e-9, qPrintable(QStringLiteral("tick %1: %2").arg(i).arg(got[i])));
}

void TestChartGrid::chartDrawsCrispGrid()
{
    // The function plot: Qt Charts' own grid and axis lines draw nothing, and each x tick has
    // a line one pixel wide down the plot, between columns the grid leaves alone.
    AppState state;
    state.setShownFunctions({});
    state.setShowSaturation(false);
    state.setXRange(-6.0, 6.0);
    QGraphicsScene scene;
    auto *chart = new FunctionChart(&state);
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 800, 500));
    chart->refresh();
    QValueAxis *x = chart->xAxis();
    // The axes still say what is shown; Qt Charts' own items have pens that draw nothing.
    QVERIFY(x->isGridLineVisible() && x->isLineVisible());
    QCOMPARE(x->gridLinePen().color().alpha(), 0);
    QCOMPARE(chart->yAxis()->linePen().color().alpha(), 0);
    QImage image = blank(QSize(800, 500));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        scene.render(&p, QRectF(0, 0, 800, 500), QRectF(0, 0, 800, 500));
    }
    const QRectF area = chart->plotArea();
    const QList<qreal> ticks = ChartGrid::tickPositions(x, area.left(), area.width());
    QVERIFY(ticks.size() >= 5);
    const int y = qRound(area.center().y()) + 3; // clear of any horizontal grid line
    const QColor background = image.pixelColor(qRound(area.center().x()) + 7, y);
    for (const qreal tick : ticks.mid(1, ticks.size() - 2)) {
        const int column = qRound(tick - 0.5);
        QVERIFY2(image.pixelColor(column, y).lightness() < background.lightness(), qPrintable(QString::number(tick)));
        QCOMPARE(image.pixelColor(column - 1, y), background);
        QCOMPARE(image.pixelColor(column + 1, y), background);
    }
}

namespace {

// Value axes at the bottom, left and right; the right one's grid switched off after the style,
// as the likelihood chart does with its log-likelihood axis.
class ThreeAxisChart : public StyledChart
{
public:
    ThreeAxisChart()
    {
        x = addValueAxis(QStringLiteral("x"), Qt::AlignBottom);
        left = addValueAxis(QStringLiteral("left"), Qt::AlignLeft);
        right = addValueAxis(QStringLiteral("right"), Qt::AlignRight);
        setAxis(x, 0.0, 10.0, 2.0);
        setAxis(left, 0.0, 10.0, 2.0);
        setAxis(right, 0.0, 7.0, 1.0);
        setStyle(ChartStyle::forScreen());
        right->setGridLineVisible(false);
    }
    QValueAxis *x = nullptr;
    QValueAxis *left = nullptr;
    QValueAxis *right = nullptr;
};

} // namespace

void TestChartGrid::styledChartFollowsItsAxes()
{
    // The teaching charts' grids are drawn the same way: a line per tick of each axis whose grid
    // is on (the left one), none for the right axis, whose grid was switched off after the style.
    QGraphicsScene scene;
    auto *chart = new ThreeAxisChart;
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 700, 460));
    chart->activateLayout();
    QCOMPARE(chart->right->gridLinePen().color().alpha(), 0); // Qt Charts' own: nothing drawn
    QImage image = blank(QSize(700, 460));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        scene.render(&p, QRectF(0, 0, 700, 460), QRectF(0, 0, 700, 460));
    }
    const QRectF area = chart->plotArea();
    const int column = qRound(area.left() + area.width() * 0.3) + 3; // clear of x's grid lines
    const QColor background = image.pixelColor(column, qRound(area.center().y()) + 9);
    const QList<qreal> leftTicks = ChartGrid::tickPositions(chart->left, area.bottom(), -area.height());
    const QList<qreal> rightTicks = ChartGrid::tickPositions(chart->right, area.bottom(), -area.height());
    QCOMPARE(leftTicks.size(), 6);
    QCOMPARE(rightTicks.size(), 8);
    for (const qreal y : leftTicks.mid(1, 4))
        QVERIFY2(image.pixelColor(column, qRound(y - 0.5)).lightness() < background.lightness(),
                 qPrintable(QString::number(y)));
    for (const qreal y : rightTicks.mid(1, 6))
        QCOMPARE(image.pixelColor(column, qRound(y - 0.5)), background);
    // The right axis's line is still drawn, along the plot's right edge.
    QVERIFY(image.pixelColor(qRound(area.right() - 0.5), qRound(area.center().y())).lightness() <
            background.lightness());
}

void TestChartGrid::everyChartsValueAxesAreAdopted()
{
    // The function plot's, a teaching chart's and the softmax chart's value axes: Qt Charts' own
    // lines get invisible pens (the grid draws them), the bars' category axis keeps its own.
    AppState state;
    FunctionChart function(&state);
    ThreeAxisChart teaching;
    SoftmaxChart softmax;
    for (QChart *chart :
         {static_cast<QChart *>(&function), static_cast<QChart *>(&teaching), static_cast<QChart *>(&softmax)})
        for (QAbstractAxis *axis : chart->axes()) {
            const bool value = qobject_cast<QValueAxis *>(axis) != nullptr;
            QCOMPARE(axis->linePen().color().alpha() == 0, value);
            QCOMPARE(axis->gridLinePen().color().alpha() == 0, value);
        }
}

QTEST_MAIN(TestChartGrid)
#include "tst_chartgrid.moc"
