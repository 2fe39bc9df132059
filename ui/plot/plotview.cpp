// SPDX-License-Identifier: MIT
#include "plot/plotview.h"

#include "chart/chartgrid.h"
#include "chart/chartstyle.h"
#include "chart/crosshairitem.h"
#include "chart/plotpalette.h"
#include "plot/functionchart.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"

#include <QMouseEvent>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>
#include <vector>

namespace {

// One wheel notch (120 units) zooms by this factor.
constexpr double kZoomPerNotch = 1.2;

QString number(double v)
{
    return QString::number(v, 'g', 5);
}

} // namespace

PlotView::PlotView(AppState *state, FunctionChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_state(state)
    , m_chart(chart)
    , m_crosshair(new CrosshairItem(chart))
{
    setRenderHint(QPainter::Antialiasing, true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);
    setDragMode(QGraphicsView::NoDrag);
    setFrameShape(QFrame::NoFrame);
    // One rectangle around everything that changed: a slider step dirties the plot area
    // anyway, and clipping to a single rectangle paints faster than to the many small
    // rectangles of the minimal update region.
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    // The chart paints its own background; filling the viewport and the view first would
    // paint every pixel three times.
    viewport()->setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(360, 260);
    setToolTip(tr("Wheel: zoom about the cursor (Shift: x only) · drag: pan · double-click: reset view"));
    applyStyle();
    updateItemCache();
    // After the chart's own slot (connected first): its series items exist by then.
    connect(state, &AppState::shownFunctionsChanged, this, &PlotView::updateItemCache);
    connect(chart, &FunctionChart::curvesUpdated, this, [this] {
        if (m_crosshair->isVisible())
            updateHover(m_lastHover);
    });
}

void PlotView::applyStyle()
{
    ChartStyle style = ChartStyle::forScreen();
    style.devicePixelRatio = devicePixelRatioF();
    m_chart->setStyle(style);
    m_crosshair->setStyle(style.font, style.foreground, style.background);
    setBackgroundBrush(Qt::NoBrush);
}

void PlotView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

void PlotView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0 || !m_state) {
        event->ignore();
        return;
    }
    const double factor = std::pow(kZoomPerNotch, -notches);
    const QRectF plot = m_chart->plotArea();
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = m_chart->mapFromScene(scenePos);
    const QPointF c = plot.contains(chartPos) ? m_chart->mapToValue(chartPos) : m_chart->mapToValue(plot.center());
    const double xLo = c.x() + (m_chart->xAxis()->min() - c.x()) * factor;
    const double xHi = c.x() + (m_chart->xAxis()->max() - c.x()) * factor;
    double yLo = m_chart->yAxis()->min();
    double yHi = m_chart->yAxis()->max();
    if (!(event->modifiers() & Qt::ShiftModifier)) {
        yLo = c.y() + (yLo - c.y()) * factor;
        yHi = c.y() + (yHi - c.y()) * factor;
    }
    // Zooming stops at the narrowest and widest ranges a plot can show.
    if (!AppState::checkRange(xLo, xHi).isEmpty() || !AppState::checkRange(yLo, yHi).isEmpty())
        return;
    if (event->modifiers() & Qt::ShiftModifier && m_state->yAuto())
        m_state->setXRange(xLo, xHi);
    else
        m_state->setView(xLo, xHi, yLo, yHi);
    event->accept();
}

void PlotView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_panning = true;
        m_panLast = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void PlotView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning && m_state) {
        const QPointF delta = event->position() - m_panLast;
        m_panLast = event->position();
        const QRectF plot = m_chart->plotArea();
        const double dx = -delta.x() * (m_chart->xAxis()->max() - m_chart->xAxis()->min()) / plot.width();
        const double dy = delta.y() * (m_chart->yAxis()->max() - m_chart->yAxis()->min()) / plot.height();
        m_state->setView(m_chart->xAxis()->min() + dx, m_chart->xAxis()->max() + dx, m_chart->yAxis()->min() + dy,
                         m_chart->yAxis()->max() + dy);
    }
    updateHover(event->position());
    QChartView::mouseMoveEvent(event);
}

void PlotView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void PlotView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_state) {
        m_state->resetView();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void PlotView::leaveEvent(QEvent *event)
{
    m_crosshair->hide();
    m_lastHover = QPointF(-1, -1);
    emit hoverTextChanged(QString());
    QChartView::leaveEvent(event);
}

void PlotView::paintEvent(QPaintEvent *event)
{
    fitChartToView(); // never a frame of a chart laid out for another size
    QChartView::paintEvent(event);
    emit framePainted();
}

void PlotView::resizeEvent(QResizeEvent *event)
{
    if (!event->oldSize().isValid()) {
        // The size a hidden view was given, sent as the window is shown: the window's layout
        // usually gives it another at once, before the first frame. Laying the chart out (axes,
        // labels, curves re-sampled) for both cost 1 ms of the launch (issue 14); the chart is
        // fitted once, to whichever size holds when the events are through or a frame is due.
        QGraphicsView::resizeEvent(event);
        if (!m_fitPending)
            QMetaObject::invokeMethod(this, &PlotView::fitChartToView, Qt::QueuedConnection);
        m_fitPending = true;
        return;
    }
    fitChart(event);
}

void PlotView::fitChartToView()
{
    if (!m_fitPending)
        return;
    QResizeEvent event(size(), size());
    fitChart(&event);
}

void PlotView::fitChart(QResizeEvent *event)
{
    m_fitPending = false;
    QChartView::resizeEvent(event);
    m_chart->refresh();
}

void PlotView::updateHover(QPointF viewPos)
{
    m_lastHover = viewPos;
    const QPointF chartPos = m_chart->mapFromScene(mapToScene(viewPos.toPoint()));
    const QRectF plot = m_chart->plotArea();
    if (!m_state || !plot.contains(chartPos)) {
        m_crosshair->hide();
        emit hoverTextChanged(QString());
        return;
    }
    const double x = m_chart->mapToValue(chartPos).x();
    const bool dark = m_chart->style().dark;
    QList<CrosshairItem::Row> rows{{tr("x = %1").arg(number(x)), QColor()}};
    QStringList status{tr("x = %1").arg(number(x))};
    for (const QString &id : m_state->shownFunctions()) {
        const actviz::Activation *a = actviz::findActivation(id.toStdString());
        if (!a)
            continue;
        const actviz::Params p = m_state->params(id);
        const QString name = CoreText::name(*a);
        QString text = m_state->showDerivatives()
                           ? tr("%1: f = %2, f′ = %3").arg(name, number(a->value(x, p)), number(a->derivative(x, p)))
                           : tr("%1: f = %2").arg(name, number(a->value(x, p)));
        rows.append({text, PlotPalette::color(m_state->colorSlot(id), dark)});
        status.append(text);
    }
    m_crosshair->show(chartPos, plot, rows);
    emit hoverTextChanged(status.join(QStringLiteral("   ")));
}

// With many curves, a slider step changes two of them (the current function's f and f′) and the
// rest would be stroked again: cached as pixmaps they are only copied (49 functions, offscreen:
// p50 16.5 → 6.9 ms, actviz_bench_ui --all). With few curves the copies cost more than the
// strokes (8 functions: main-thread CPU 3.9 → 6.2 ms), hence the threshold. Only the window's
// view does this: exports draw their own chart, so SVG and PDF stay vector graphics.
void PlotView::updateItemCache()
{
    const auto mode = m_state && m_state->shownFunctions().size() > kCacheAbove ? QGraphicsItem::DeviceCoordinateCache
                                                                                : QGraphicsItem::NoCache;
    const QList<QGraphicsItem *> top = m_chart->childItems();
    std::vector<QGraphicsItem *> todo(top.begin(), top.end());
    while (!todo.empty()) {
        QGraphicsItem *item = todo.back();
        todo.pop_back();
        // The grid is a few fills, cheaper to paint than to copy, and its plot-sized pixmap
        // would crowd the curves' pixmaps out of QPixmapCache (10 MB): with it cached, every
        // step re-stroked the curves pushed out (--all: p50 2.0–2.5 → 11.6–15.0 ms).
        if (!qgraphicsitem_cast<ChartGrid *>(item))
            item->setCacheMode(mode);
        const QList<QGraphicsItem *> children = item->childItems();
        todo.insert(todo.end(), children.begin(), children.end());
    }
}
