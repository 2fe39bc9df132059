// SPDX-License-Identifier: MIT
// The window's plot caches its items as pixmaps only with many curves shown (above
// PlotView::kCacheAbove): then a slider step strokes two curves and copies the rest; with few,
// every item is drawn directly. New curves' items follow the rule as they appear.
#include "plot/functionchart.h"
#include "plot/plotview.h"
#include "registry.h"
#include "state/appstate.h"

#include <QGraphicsItem>
#include <QStandardPaths>
#include <QTest>

class TestPlotCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cacheFollowsCount();
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
    QCOMPARE(many.first, many.second); // … and cached like the rest
    state.setShownFunctions(firstIds(3));
    QCOMPARE(itemsWith(chart, QGraphicsItem::DeviceCoordinateCache).first, 0);
}

QTEST_MAIN(TestPlotCache)
#include "tst_plotcache.moc"
