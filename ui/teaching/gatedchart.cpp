// SPDX-License-Identifier: MIT
#include "teaching/gatedchart.h"

#include "chart/heatmapitem.h"
#include "state/appstate.h"

#include <QGraphicsSceneHoverEvent>
#include <QImage>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// A hatch line every kHatchPeriod logical pixels, kHatchWidth wide, drawn over the colour.
constexpr double kHatchPeriod = 7.0;
constexpr double kHatchWidth = 1.5;
constexpr double kHatchOpacity = 0.55;

QRgb darken(QRgb c)
{
    const auto f = [](int v) { return static_cast<int>(v * (1.0 - kHatchOpacity) + 0x20 * kHatchOpacity); };
    return qRgb(f(qRed(c)), f(qGreen(c)), f(qBlue(c)));
}

} // namespace

GatedChart::GatedChart(AppState *state, GatedText::Quantity quantity, QGraphicsItem *parent)
    : StyledChart(parent)
    , m_state(state)
    , m_quantity(quantity)
    , m_axisA(addValueAxis(tr("gate input a"), Qt::AlignBottom))
    , m_axisB(addValueAxis(tr("value b"), Qt::AlignLeft))
    , m_heat(new HeatmapItem(this))
{
    legend()->hide();
    m_baseMargins = margins();
    setAcceptHoverEvents(true);
    connect(this, &QChart::plotAreaChanged, this, &GatedChart::render);
    connect(state, &AppState::gatedChanged, this, &GatedChart::render);
    connect(state, &AppState::epsilonChanged, this, &GatedChart::render);
    setStyle(ChartStyle::forScreen());
}

void GatedChart::applyStyle()
{
    m_heat->setStyle(style().font, style().foreground);
    // The grid would cross the map: the colour bar and the ticks say where values are.
    m_axisA->setGridLineVisible(false);
    m_axisB->setGridLineVisible(false);
    render();
}

std::optional<QPointF> GatedChart::valueAt(QPointF chartPos) const
{
    const QRectF plot = plotArea();
    if (!plot.contains(chartPos) || plot.isEmpty())
        return std::nullopt;
    const double r = m_state->gatedSetup().range;
    const double a = -r + 2 * r * (chartPos.x() - plot.left()) / plot.width();
    const double b = r - 2 * r * (chartPos.y() - plot.top()) / plot.height();
    return QPointF(std::clamp(a, -r, r), std::clamp(b, -r, r));
}

QPointF GatedChart::positionOf(QPointF ab) const
{
    const QRectF plot = plotArea();
    const double r = m_state->gatedSetup().range;
    return {plot.left() + (ab.x() + r) / (2 * r) * plot.width(), plot.top() + (r - ab.y()) / (2 * r) * plot.height()};
}

void GatedChart::setProbe(std::optional<QPointF> ab)
{
    m_probe = ab;
    m_heat->setProbe(ab ? std::optional<QPointF>(positionOf(*ab)) : std::nullopt);
}

void GatedChart::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    emit hovered(valueAt(event->pos()));
}

void GatedChart::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    emit hovered(std::nullopt);
}

void GatedChart::fitMargins(qreal barRoom)
{
    // The plot area the layout offers with no extra margin: the margins added last time given back.
    const QMargins extra = margins() - m_baseMargins;
    const QRectF offered = plotArea().adjusted(-extra.left(), -extra.top(), extra.right(), extra.bottom());
    const int room = static_cast<int>(std::ceil(barRoom));
    const qreal side = std::max<qreal>(2.0, std::min(offered.width() - room, offered.height()));
    const int dx = std::max(0, static_cast<int>(std::floor((offered.width() - room - side) / 2)));
    const int dy = std::max(0, static_cast<int>(std::floor((offered.height() - side) / 2)));
    m_slack = QSize(2 * dx, 2 * dy);
    const QMargins want = m_baseMargins + QMargins(dx, dy, dx + room, dy);
    if (want != margins()) {
        setMargins(want);
        activateLayout(); // now, not at the next event loop: an export renders without one
    }
}

void GatedChart::render()
{
    // Setting the colour bar's margin lays the chart out again, which changes the plot area and
    // asks for another render: finish this one first, then redo it while the geometry moves.
    if (m_rendering) {
        m_again = true;
        return;
    }
    m_rendering = true;
    for (int pass = 0; pass < 3; ++pass) {
        m_again = false;
        renderOnce();
        if (!m_again)
            break;
    }
    m_rendering = false;
}

void GatedChart::renderOnce()
{
    if (!m_state)
        return;
    const GatedSetup &setup = m_state->gatedSetup();
    const actviz::GatedUnit &unit = setup.gatedUnit();
    const double r = setup.range;
    setTitle(GatedText::title(unit, m_quantity));
    setAxis(m_axisA, -r, r, niceTickStep(2 * r, 6));
    setAxis(m_axisB, -r, r, niceTickStep(2 * r, 6));
    const QRectF plot = plotArea();
    if (plot.width() < 2 || plot.height() < 2)
        return;
    const qreal dpr = style().devicePixelRatio;
    const int cols = std::clamp(static_cast<int>(std::lround(plot.width() * dpr)), 2, kMaxSamples);
    const int rows = std::clamp(static_cast<int>(std::lround(plot.height() * dpr)), 2, kMaxSamples);
    // One sample at the centre of each pixel.
    const double ha = r / cols;
    const double hb = r / rows;
    const auto grid = actviz::gatedGrid(unit, -r + ha, r - ha, -r + hb, r - hb, cols, rows);
    if (!grid)
        return;
    const actviz::GatedGrid &g = grid.value();
    const auto fieldOf = [this](const actviz::GatedGrid &grid) -> const Eigen::ArrayXXd & {
        return m_quantity == GatedText::Quantity::Value  ? grid.f
               : m_quantity == GatedText::Quantity::DfDa ? grid.dfda
                                                         : grid.dfdb;
    };
    const Eigen::ArrayXXd &field = fieldOf(g);
    double scale = 0.0;
    const auto widen = [&scale](const Eigen::ArrayXXd &values) {
        for (Eigen::Index k = 0; k < values.size(); ++k)
            if (std::isfinite(values(k)))
                scale = std::max(scale, std::abs(values(k)));
    };
    widen(field);
    // The pixels' centres stop half a pixel short of the square's edges, where every unit (linear
    // in a) has its largest values: the colour bar's ends are the square's, whatever its size.
    for (const auto &edges :
         {actviz::gatedGrid(unit, -r, r, -r, r, cols, 2), actviz::gatedGrid(unit, -r, r, -r, r, 2, rows)})
        if (edges)
            widen(fieldOf(edges.value()));
    if (!(scale > 0) || !std::isfinite(scale))
        scale = 1.0;
    const double eps = m_state->epsilon();
    const int period = std::max(3, static_cast<int>(std::lround(kHatchPeriod * dpr)));
    const int width = std::max(1, static_cast<int>(std::lround(kHatchWidth * dpr)));
    QImage image(cols, rows, QImage::Format_RGB32);
    for (int y = 0; y < rows; ++y) {
        const int j = rows - 1 - y; // b grows upwards
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int i = 0; i < cols; ++i) {
            QRgb c = HeatmapItem::color(field(j, i), scale);
            const actviz::GatedRegion region = actviz::classifyGated({g.f(j, i), g.dfda(j, i), g.dfdb(j, i)}, eps);
            const bool forward = (i + y) % period < width;
            const bool back = (i - y + period * rows) % period < width;
            if ((region == actviz::GatedRegion::GateSaturated && forward) ||
                (region == actviz::GatedRegion::Dead && (forward || back)))
                c = darken(c);
            line[i] = c;
        }
    }
    fitMargins(HeatmapItem::colorBarRoom(style().font, scale));
    m_heat->setImage(image, plotArea(), scale);
    setProbe(m_probe);
}
