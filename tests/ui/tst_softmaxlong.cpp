// SPDX-License-Identifier: MIT
// The softmax tab at the vector parser's limit (issue 14): 1000 entries give the whole Jacobian
// as an image (core's numbers in the scale's colours, max-|value| pooling when the grid has fewer
// pixels than entries), stems instead of bar items, the alternatives' modes; a bad entry in a long
// vector is named while the last chart stays. The short vectors' numbered grid stays to 32.
#include "probmaps.h"
#include "softmax.h"
#include "softmax/jacobianheatmap.h"
#include "softmax/jacobianimage.h"
#include "softmax/polylineitem.h"
#include "softmax/softmaxchart.h"
#include "softmax/softmaxmapcontrols.h"
#include "softmax/softmaxview.h"
#include "softmax/stembars.h"
#include "state/appstate.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <utility>

class TestSoftmaxLong : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void longVectorHeatmap();
    void heatmapImageColours();
    void poolingKeepsLargeEntries();
    void poolingTiesAndNaN();
    void imageRedrawnAfterInvalidate();
    void polylineFollowsAxes();
    void gridOrImage_data();
    void gridOrImage();
    void badLongVectorKeepsLastChart();
    void alternativesAtThousand();
};

namespace {

// Replaces the whole text at once, as pasting does.
void paste(QLineEdit *edit, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    edit->selectAll();
    QTest::keySequence(edit, QKeySequence::Paste);
}

// n logits sin(0.1 i) with one peak of 5 at entry peak (0-based): its s_i(1 − s_i) is the
// largest entry of the Jacobian.
QString longVector(int n, int peak)
{
    QStringList values;
    for (int i = 0; i < n; ++i)
        values.append(i == peak ? QStringLiteral("5") : QString::number(std::sin(i * 0.1), 'g', 6));
    return values.join(QStringLiteral(", "));
}

// Two colours within a step of the 8-bit scale per channel (the image's lookup table rounds).
bool near(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) <= 2 && std::abs(qGreen(a) - b.green()) <= 2 && std::abs(qBlue(a) - b.blue()) <= 2;
}

} // namespace

// Issue 14: at the parser's 1000 entries the heatmap shows the whole Jacobian (core's), as an
// image, and the bars are stems; no note, no error.
void TestSoftmaxLong::longVectorHeatmap()
{
    AppState state;
    SoftmaxView view(&state);
    state.setSoftmaxInput(longVector(1000, 737));
    QCOMPARE(view.chart()->barSet()->count(), 1000);
    QVERIFY(view.chart()->drawsStems());
    QVERIFY(view.errorLabel()->isHidden());
    const Eigen::MatrixXd &j = view.heatmap()->matrix();
    QCOMPARE(j.rows(), Eigen::Index(1000));
    QVERIFY(view.heatmap()->painter().drawsImage());
    const auto expected = actviz::softmaxJacobian(view.logits());
    QVERIFY(expected);
    QVERIFY((j - *expected).cwiseAbs().maxCoeff() < 1e-15);
    Eigen::Index k = 0;
    j.diagonal().maxCoeff(&k);
    QCOMPARE(k, Eigen::Index(737));

    // On screen, pooled (a 300-pixel grid for 1000 entries): the largest entry keeps its full
    // colour at its place on the diagonal, within a pixel.
    view.heatmap()->resize(340, 380);
    const QImage shot = view.heatmap()->grab().toImage();
    const QRectF grid = view.heatmap()->painter().gridRect(QRectF(view.heatmap()->rect()));
    QVERIFY(grid.width() < 1000 && grid.width() > 100);
    const qreal cell = grid.width() / 1000.0;
    const QPoint at((grid.topLeft() + QPointF(737.5 * cell, 737.5 * cell)).toPoint());
    const QColor full = view.heatmap()->painter().colorFor(j(737, 737));
    QCOMPARE(full, view.heatmap()->painter().colorFor(j.cwiseAbs().maxCoeff()));
    bool found = false;
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            found = found || near(shot.pixel(at + QPoint(dx, dy)), full);
    QVERIFY2(found, qPrintable(QColor(shot.pixel(at)).name() + QStringLiteral(" vs ") + full.name()));
}

// One pixel per entry when there is room: the image's colours are the scale's colours of core's
// values, on and off the diagonal.
void TestSoftmaxLong::heatmapImageColours()
{
    AppState state;
    SoftmaxView view(&state);
    state.setSoftmaxInput(longVector(1000, 737));
    const Eigen::MatrixXd &j = view.heatmap()->matrix();
    const JacobianPainter &painter = view.heatmap()->painter();
    JacobianImage image;
    const QImage &img = image.render(j, 1000, j.cwiseAbs().maxCoeff(), [&](double v) { return painter.colorFor(v); });
    QCOMPARE(img.size(), QSize(1000, 1000));
    for (const auto &[r, c] : std::initializer_list<std::pair<int, int>>{{737, 737}, {0, 0}, {500, 500}, {737, 0}, {3, 737}, {999, 998}}) {
        const QColor expected = painter.colorFor(j(r, c));
        QVERIFY2(near(img.pixel(c, r), expected),
                 qPrintable(QStringLiteral("(%1, %2): %3 vs %4").arg(r).arg(c).arg(QColor(img.pixel(c, r)).name(), expected.name())));
    }
    // Off the diagonal −s_i·s_j < 0: blue; on it s_i(1 − s_i) > 0: orange; the peak's row the strongest blue.
    QVERIFY(qBlue(img.pixel(0, 737)) > qRed(img.pixel(0, 737)));
    QVERIFY(qRed(img.pixel(500, 500)) > qBlue(img.pixel(500, 500)));
}

// Max-|value| pooling keeps the sign and the largest entry of every block, where a mean would
// wash a lone entry out.
void TestSoftmaxLong::poolingKeepsLargeEntries()
{
    Eigen::MatrixXd m = Eigen::MatrixXd::Constant(1000, 1000, 1e-6);
    m(123, 456) = -0.5;
    m(999, 0) = 0.25;
    const Eigen::MatrixXd pooled = JacobianImage::pool(m, 300);
    QCOMPARE(pooled.rows(), Eigen::Index(300));
    QCOMPARE(pooled(123 * 300 / 1000, 456 * 300 / 1000), -0.5);
    QCOMPARE(pooled(299, 0), 0.25);
    QCOMPARE(pooled(0, 0), 1e-6);
    QCOMPARE(JacobianImage::pool(m, 1000), m);
}

// The definition, by brute force: each block's entries in storage order, the first of largest
// magnitude kept (a tie goes to the earlier entry; NaN is never kept; all-NaN or all-zero → 0).
void TestSoftmaxLong::poolingTiesAndNaN()
{
    const Eigen::Index n = 37;
    const Eigen::Index size = 10;
    Eigen::MatrixXd m(n, n);
    std::uint32_t seed = 12345;
    for (Eigen::Index j = 0; j < n; ++j)
        for (Eigen::Index i = 0; i < n; ++i) {
            seed = seed * 1664525u + 1013904223u;
            const int r = static_cast<int>(seed >> 28); // 0..15: few distinct magnitudes, many ties
            m(i, j) = r == 0 ? std::nan("") : (r % 2 ? 1.0 : -1.0) * (r / 4);
        }
    const Eigen::MatrixXd pooled = JacobianImage::pool(m, size);
    for (Eigen::Index bj = 0; bj < size; ++bj)
        for (Eigen::Index bi = 0; bi < size; ++bi) {
            double want = 0.0;
            for (Eigen::Index j = 0; j < n; ++j)
                for (Eigen::Index i = 0; i < n; ++i)
                    if (i * size / n == bi && j * size / n == bj && std::abs(m(i, j)) > std::abs(want))
                        want = m(i, j);
            QCOMPARE(pooled(bi, bj), want);
        }
}

// The cached image is drawn over in place: after invalidate() the new matrix shows, before it
// the cache holds.
void TestSoftmaxLong::imageRedrawnAfterInvalidate()
{
    const auto colour = [](double v) { return v < 0 ? QColor(0, 0, 255) : (v > 0 ? QColor(255, 0, 0) : QColor(Qt::white)); };
    JacobianImage image;
    const Eigen::MatrixXd positive = Eigen::MatrixXd::Constant(100, 100, 0.5);
    const Eigen::MatrixXd negative = -positive;
    QCOMPARE(image.render(positive, 40, 1.0, colour).pixel(3, 3), qRgb(255, 0, 0));
    QCOMPARE(image.render(negative, 40, 1.0, colour).pixel(3, 3), qRgb(255, 0, 0)); // cached
    image.invalidate();
    const QImage &redrawn = image.render(negative, 40, 1.0, colour);
    QCOMPARE(redrawn.size(), QSize(40, 40));
    QCOMPARE(redrawn.pixel(3, 3), qRgb(0, 0, 255));
    QCOMPARE(redrawn.pixel(39, 39), qRgb(0, 0, 255));
}

// The logits' line is an item of its own, drawn in an empty series' axes: on the line where the
// axes put it, after a range change where they put it then, and nothing outside the plot area.
void TestSoftmaxLong::polylineFollowsAxes()
{
    QChart chart;
    chart.legend()->hide();
    auto *series = new QLineSeries;
    chart.addSeries(series);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setRange(0, 10);
    y->setRange(0, 10);
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *line = new PolylineItem(&chart, series);
    line->setPen(QPen(Qt::red, 3));
    line->setPoints({QPointF(0, 0), QPointF(10, 10), QPointF(20, 0)}); // the last beyond the axis
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.resize(400, 300);
    const auto render = [&] {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(0, 0, 400, 300), QRectF(0, 0, 400, 300));
        return image;
    };
    const auto red = [](QRgb c) { return qRed(c) > 200 && qGreen(c) < 80 && qBlue(c) < 80; };
    QImage shot = render();
    QPoint on = chart.mapToPosition(QPointF(5, 5), series).toPoint();
    QVERIFY(red(shot.pixel(on)));
    QVERIFY(!red(shot.pixel(chart.mapToPosition(QPointF(5, 8), series).toPoint())));
    const QRectF area = chart.plotArea();
    for (int px = int(area.right()) + 2; px < 400; ++px)
        for (int py = 0; py < 300; ++py)
            QVERIFY2(!red(shot.pixel(px, py)), "drawn outside the plot area");
    y->setRange(0, 20);
    shot = render();
    QVERIFY(!red(shot.pixel(on)));
    QVERIFY(red(shot.pixel(chart.mapToPosition(QPointF(5, 5), series).toPoint())));
    QCOMPARE(line->points().size(), 3);
    scene.removeItem(&chart);
}

void TestSoftmaxLong::gridOrImage_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<bool>("image");
    QTest::newRow("5: numbered grid") << 5 << false;
    QTest::newRow("32: numbered grid") << 32 << false;
    QTest::newRow("33: image") << 33 << true;
    QTest::newRow("1000: image") << 1000 << true;
}

void TestSoftmaxLong::gridOrImage()
{
    QFETCH(int, n);
    QFETCH(bool, image);
    AppState state;
    SoftmaxView view(&state);
    view.resize(900, 600);
    view.show();
    state.setSoftmaxInput(longVector(n, n / 2));
    QCOMPARE(view.heatmap()->matrix().rows(), Eigen::Index(n));
    QCOMPARE(view.heatmap()->painter().drawsImage(), image);
    QCOMPARE(view.chart()->drawsStems(), n > SoftmaxChart::kMaxLabelledBars);
    // Painted: some of the scale's orange is on screen (the diagonal), whichever path drew it.
    const QImage shot = view.heatmap()->grab().toImage();
    const QColor peak = view.heatmap()->painter().colorFor(view.heatmap()->matrix().cwiseAbs().maxCoeff());
    bool found = false;
    for (int y = 0; y < shot.height() && !found; ++y)
        for (int x = 0; x < shot.width() && !found; ++x)
            found = near(shot.pixel(x, y), peak);
    QVERIFY(found);
}

// A bad entry in a 1000-entry vector is named by its number and token; the last chart and
// heatmap stay.
void TestSoftmaxLong::badLongVectorKeepsLastChart()
{
    AppState state;
    SoftmaxView view(&state);
    view.show();
    state.setSoftmaxInput(longVector(1000, 10));
    const double last = view.chart()->barSet()->at(10);
    QStringList bad = longVector(1000, 10).split(QStringLiteral(", "));
    bad[617] = QStringLiteral("1.2.3");
    paste(view.input(), bad.join(QStringLiteral(", ")));
    QVERIFY(!view.errorLabel()->isHidden());
    QVERIFY2(view.errorLabel()->text().contains(QStringLiteral("1.2.3")) &&
                 view.errorLabel()->text().contains(QStringLiteral("618")),
             qPrintable(view.errorLabel()->text()));
    QCOMPARE(view.chart()->barSet()->count(), 1000);
    QCOMPARE(view.chart()->barSet()->at(10), last);
    QCOMPARE(view.heatmap()->matrix().rows(), Eigen::Index(1000));
    QVERIFY(view.errorLabel()->text().size() < 400); // the 10 KB input is not echoed
}

// sparsemax with 1.5-entmax beside it at 1000 entries: both sets of stems, the map's Jacobian.
void TestSoftmaxLong::alternativesAtThousand()
{
    AppState state;
    SoftmaxView view(&state);
    state.setSoftmaxInput(longVector(1000, 737));
    SoftmaxMapControls *controls = view.mapControls();
    controls->mapBox()->setCurrentIndex(controls->mapBox()->findData(QStringLiteral("sparsemax")));
    controls->compareBox()->setCurrentIndex(controls->compareBox()->findData(QStringLiteral("entmax15")));
    QVERIFY(view.chart()->drawsStems());
    QCOMPARE(view.chart()->compareValues().size(), Eigen::Index(1000));
    QVERIFY(view.chart()->stems().compareSeries()->isVisible());
    SoftmaxMapping m = state.softmaxMapping();
    const auto expected = actviz::probabilities(view.logits(), m.options(m.map, state.temperature()), true);
    QVERIFY(expected);
    QCOMPARE(view.heatmap()->matrix(), expected->jacobian);
    // z = 5 against sin ≤ 1: sparsemax puts everything on the peak.
    QCOMPARE(view.chart()->barSet()->at(737), 1.0);
    QCOMPARE(view.chart()->support(), Eigen::Index(1));
    // Back to softmax alone: the compared stems go.
    controls->compareBox()->setCurrentIndex(0);
    controls->mapBox()->setCurrentIndex(controls->mapBox()->findData(QStringLiteral("softmax")));
    QVERIFY(!view.chart()->stems().compareSeries()->isVisible());
}

QTEST_MAIN(TestSoftmaxLong)
#include "tst_softmaxlong.moc"
