// SPDX-License-Identifier: MIT
// The window's plot caches its items as pixmaps only with many curves shown (above
// PlotView::kCacheAbove): then a slider step strokes two curves and copies the rest; with few,
// every item is drawn directly, and the grid is drawn directly always. New curves' items follow the rule as they
// appear. The chart is laid out for the view's size before any frame of it, however the view was sized and shown.
#include "chart/chartgrid.h"
#include "plot/functionchart.h"
#include "plot/plotview.h"
#include "registry.h"
#include "state/appstate.h"

#include <QGraphicsItem>
#include <QPixmap>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

class TestPlotCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cacheFollowsCount();
    void chartFitsViewBeforeFirstFrame();
    void chartFitsViewAfterEvents();
};

namespace {

// How many of the chart's items (at any depth) use `mode`, and how many there are.
std::pair<int, int> itemsWith(const QGraphicsItem *root, QGraphicsItem::CacheMode mode)
{
    int with = 0, all = 0;
    QList<QGraphicsItem *> todo = root->childItems();
    while (!todo.isEmpty()) {
        QGraphicsItem *item = todo.takeLast();
        ++all;
        with += item->cacheMode() == mode;
        todo += item->childItems();
    }
    return {with, all};
}

QStringList firstIds(int n)
{
    QStringList ids;
    for (const actviz::Activation &a : actviz::registry())
        if (ids.size() < n)
            ids.append(QString::fromUtf8(a.id.data(), static_cast<qsizetype>(a.id.size())));
    return ids;
}

} // namespace

void TestPlotCache::cacheFollowsCount()
{
    AppState state;
    state.setShownFunctions(firstIds(8));
    auto *chart = new FunctionChart(&state);
    PlotView view(&state, chart);
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto [cached, all] = itemsWith(chart, QGraphicsItem::DeviceCoordinateCache);
    QVERIFY(all > 16);
    QCOMPARE(cached, 0);
    state.setShownFunctions(firstIds(PlotView::kCacheAbove + 4));
    const auto many = itemsWith(chart, QGraphicsItem::DeviceCoordinateCache);
    QVERIFY(many.second > all); // the new curves' items are there …
    // … and cached like the rest, but for the grid: cheaper to paint than to copy.
    const QList<QGraphicsItem *> children = chart->childItems();
    const auto grids = std::count_if(children.cbegin(), children.cend(),
                                     [](QGraphicsItem *i) { return qgraphicsitem_cast<ChartGrid *>(i) != nullptr; });
    QCOMPARE(grids, 1);
    QCOMPARE(many.first, many.second - 1);
    QCOMPARE(itemsWith(chart, QGraphicsItem::NoCache).first, 1);
    state.setShownFunctions(firstIds(3));
    QCOMPARE(itemsWith(chart, QGraphicsItem::DeviceCoordinateCache).first, 0);
}

void TestPlotCache::chartFitsViewBeforeFirstFrame()
{
    // Sized while hidden, then shown: its size arrives as a resize with no old size, whose
    // layout waits for the events; a frame painted before they run must not show the chart
    // at the size it was built with.
    AppState state;
    auto *chart = new FunctionChart(&state);
    PlotView view(&state, chart);
    view.resize(640, 420);
    view.show();
    QVERIFY(chart->size().toSize() != QSize(640, 420)); // not laid out yet …
    const QPixmap frame = view.grab();
    QCOMPARE(chart->size().toSize(), QSize(640, 420)); // … but before its frame
    QCOMPARE(frame.size(), QSize(640, 420));
}

void TestPlotCache::chartFitsViewAfterEvents()
{
    AppState state;
    auto *chart = new FunctionChart(&state);
    PlotView view(&state, chart);
    view.resize(500, 360);
    view.show();
    QTRY_COMPARE(chart->size().toSize(), QSize(500, 360));
    view.resize(700, 380); // on screen: at once
    QCOMPARE(chart->size().toSize(), QSize(700, 380));
    QCOMPARE(view.sceneRect().size().toSize(), QSize(700, 380));
}

QTEST_MAIN(TestPlotCache)
#include "tst_plotcache.moc"
