// SPDX-License-Identifier: MIT
#include "teaching/normchart.h"

#include "chart/plotpalette.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/normtext.h"

#include <QLegend>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// Light to dark blue for small to large token scales (the Okabe–Ito sky blue and blue among them),
// and the DyT curve in vermillion over them.
constexpr std::array<QRgb, NormChart::kGroups> kGroupColors = {0xFFA6D8F0, 0xFF56B4E9, 0xFF2C8FCB, 0xFF0072B2,
                                                               0xFF003F6B};
constexpr int kCurveSlot = 1;      // vermillion
constexpr qreal kCurveWidth = 1.5; // × the style's line width: the curve lies on thousands of points
constexpr qreal kMarkerSize = 4.0;
// Room around the points: a share of each axis's span.
constexpr double kPad = 0.04;

} // namespace

NormChart::NormChart(AppState *state, QGraphicsItem *parent)
    : StyledChart(parent)
    , m_state(state)
    , m_axisX(addValueAxis(NormText::inputAxis(), Qt::AlignBottom))
    , m_axisY(addValueAxis(NormText::outputAxis(), Qt::AlignLeft))
    , m_curve(new QLineSeries(this))
{
    for (QScatterSeries *&g : m_groups) {
        g = new QScatterSeries(this);
        g->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        g->setMarkerSize(kMarkerSize);
        addSeries(g);
        g->attachAxis(m_axisX);
        g->attachAxis(m_axisY);
    }
    addSeries(m_curve);
    m_curve->attachAxis(m_axisX);
    m_curve->attachAxis(m_axisY);
    legend()->setAlignment(Qt::AlignBottom);
    connect(state, &AppState::normChanged, this, &NormChart::render);
    setStyle(ChartStyle::forScreen());
    render();
}

qsizetype NormChart::pointCount() const
{
    qsizetype n = 0;
    for (const QScatterSeries *g : m_groups)
        n += g->count();
    return n;
}

void NormChart::applyStyle()
{
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        QColor c = QColor::fromRgb(kGroupColors[i]);
        if (style().dark && i + 2 >= m_groups.size())
            c = c.lighter(180); // the darkest blues vanish on a dark background
        m_groups[i]->setColor(c);
        m_groups[i]->setBorderColor(c);
        m_groups[i]->setPen(Qt::NoPen);
    }
    // Qt Charts strokes a solid line segment by segment: with flat caps the antialiased ends of its
    // 800 short segments overlapped into beads, which read as a dashed curve (f′ elsewhere).
    QPen curve =
        PlotPalette::curvePen(PlotPalette::color(kCurveSlot, style().dark), false, kCurveWidth * style().lineWidth);
    curve.setCapStyle(Qt::RoundCap);
    m_curve->setPen(curve);
    // The groups' legend entries as colour squares: a 4-pixel dot could not be told apart.
    for (QScatterSeries *g : m_groups)
        for (QLegendMarker *marker : legend()->markers(g))
            marker->setShape(QLegend::MarkerShapeRectangle);
}

void NormChart::render()
{
    if (!m_state)
        return;
    if (!m_data.drawnFrom(m_state->normSetup())) {
        m_data = NormData::of(m_state->normSetup());
        renderScatter();
        emit dataChanged();
    }
    renderCurve();
}

void NormChart::renderScatter()
{
    const Eigen::ArrayXXd &x = m_data.batch.x;
    const auto tokens = static_cast<int>(x.rows());
    setTitle(NormText::title(tokens, static_cast<int>(x.cols())));
    // Groups by rank of the token's scale, kGroups of about equal size.
    std::vector<int> order(static_cast<std::size_t>(tokens));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return m_data.batch.scale[a] < m_data.batch.scale[b]; });
    std::array<QList<QPointF>, kGroups> points;
    for (int r = 0; r < tokens; ++r) {
        const int t = order[static_cast<std::size_t>(r)];
        auto &p = points[static_cast<std::size_t>(r * kGroups / std::max(tokens, 1))];
        for (Eigen::Index c = 0; c < x.cols(); ++c)
            p.append(QPointF(x(t, c), m_data.y[t + x.rows() * c]));
    }
    for (int g = 0; g < kGroups; ++g) {
        const int first = g * tokens / kGroups;
        const int last = (g + 1) * tokens / kGroups - 1;
        auto *s = m_groups[static_cast<std::size_t>(g)];
        s->replace(points[static_cast<std::size_t>(g)]);
        if (first <= last)
            s->setName(NormText::tokenGroup(m_data.batch.scale[order[static_cast<std::size_t>(first)]],
                                            m_data.batch.scale[order[static_cast<std::size_t>(last)]], g == 0));
    }
    const double xLo = m_data.x.size() ? m_data.x.minCoeff() : -1.0;
    const double xHi = m_data.x.size() ? m_data.x.maxCoeff() : 1.0;
    const double xPad = kPad * std::max(xHi - xLo, 1e-12);
    const double xStep = niceTickStep(xHi - xLo + 2 * xPad, 8.0);
    setAxis(m_axisX, std::floor((xLo - xPad) / xStep) * xStep, std::ceil((xHi + xPad) / xStep) * xStep, xStep);
    const double yMax = m_data.y.size() ? m_data.y.abs().maxCoeff() * (1 + kPad) : 1.0;
    const double yStep = niceTickStep(2 * yMax, 8.0);
    const double yEdge = std::ceil(yMax / yStep) * yStep;
    setAxis(m_axisY, -yEdge, yEdge, yStep);
}

void NormChart::renderCurve()
{
    const NormSetup &s = m_state->normSetup();
    const Eigen::ArrayXd xs = Eigen::ArrayXd::LinSpaced(kCurveSamples, m_axisX->min(), m_axisX->max());
    const Eigen::ArrayXd ys = actviz::findActivation("dyt")->value(xs, actviz::Params{s.alpha, s.gamma});
    QList<QPointF> points;
    points.reserve(kCurveSamples);
    for (Eigen::Index i = 0; i < xs.size(); ++i)
        points.append(QPointF(xs[i], ys[i]));
    m_curve->replace(points);
    m_curve->setName(NormText::curve(s.alpha, s.gamma));
}
