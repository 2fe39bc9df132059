// SPDX-License-Identifier: MIT
#include "plot/functionchart.h"

#include "chart/chartgrid.h"
#include "chart/charttitle.h"
#include "chart/plotpalette.h"
#include "chart/styledchart.h"
#include "plot/preactivationoverlay.h"
#include "plot/saturationbands.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Points per curve for the y fit; the fit is rounded to tick steps, so a coarse grid suffices.
constexpr int kFitSamples = 512;
// Beyond this many shown functions the legend names f only (f′ is the dashed line of the same
// colour, as the y-axis title says): two entries per function would not fit beside the plot.
constexpr qsizetype kMaxDerivativeLegendEntries = 8;
// At most this many tick intervals on an axis.
constexpr double kTargetTicks = 10.0;

const actviz::Activation *lookup(const QString &id)
{
    return actviz::findActivation(id.toStdString());
}

// The tick step for a span shown with about kTargetTicks intervals.
double niceStep(double span)
{
    return niceTickStep(span, kTargetTicks);
}

// Auto-fitted y ends stay within this, so the padded span and its tick steps stay finite for
// curves that reach ±DBL_MAX (identity over a huge x range); what lies beyond is off the plot.
constexpr double kLargestAutoY = std::numeric_limits<double>::max() / 4;

void extend(double &lo, double &hi, bool &any, const Eigen::ArrayXd &v)
{
    for (Eigen::Index i = 0; i < v.size(); ++i) {
        if (!std::isfinite(v[i]))
            continue;
        lo = any ? std::min(lo, v[i]) : v[i];
        hi = any ? std::max(hi, v[i]) : v[i];
        any = true;
    }
}

} // namespace

FunctionChart::FunctionChart(AppState *state, QGraphicsItem *parent)
    : QChart(parent)
    , m_state(state)
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_bands(new SaturationBands(this))
{
    // Animations delay the final frame of every change by about a second.
    setAnimationOptions(QChart::NoAnimation);
    // The background reaches the edges, so the view needs no fill of its own underneath.
    layout()->setContentsMargins(0, 0, 0, 0);
    m_axisX->setTitleText(tr("x"));
    m_axisY->setTitleText(tr("f(x), f′(x)"));
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setLabelFormat(QStringLiteral("%g"));
    }
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    auto *grid = new ChartGrid(this); // a child: exported figures have it too
    grid->adopt(m_axisX);
    grid->adopt(m_axisY);
    legend()->setAlignment(Qt::AlignRight);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend()->setShowToolTips(true);

    connect(state, &AppState::shownFunctionsChanged, this, &FunctionChart::syncShown);
    connect(state, &AppState::paramsChanged, this, &FunctionChart::onParamsChanged);
    connect(state, &AppState::viewChanged, this, &FunctionChart::onViewChanged);
    connect(state, &AppState::derivativesToggled, this, [this] {
        for (auto it = m_curves.begin(); it != m_curves.end(); ++it)
            applyPens(it.key());
        if (!refitAxes())
            resampleAll();
    });
    connect(state, &AppState::epsilonChanged, this, &FunctionChart::updateBands);
    connect(state, &AppState::saturationToggled, this, &FunctionChart::updateBands);
    connect(state, &AppState::currentFunctionChanged, this, &FunctionChart::updateBands);
    connect(this, &QChart::plotAreaChanged, this, &FunctionChart::onPlotAreaChanged);

    setStyle(ChartStyle::forScreen());
    syncShown();
    // A child: exported figures have it too.
    m_preactivation = new PreactivationOverlay(this, m_axisX, &m_style, state);
}

FunctionChart::~FunctionChart() = default;

void FunctionChart::setStyle(const ChartStyle &style)
{
    m_style = style;
    applyChartFrame(this, style, !title().isEmpty()); // a title set later takes the font then
    m_bands->setCaptionStyle(style.font, style.foreground);
    updateTopMargin();
    applyAxisStyle(m_axisX, m_style);
    applyAxisStyle(m_axisY, m_style);
    for (auto it = m_curves.begin(); it != m_curves.end(); ++it)
        applyPens(it.key());
    updateBands();
}

void FunctionChart::setFigureTitle(const QString &title)
{
    // QChart puts its title directly above the plot, where the band caption is drawn: an
    // empty last title line keeps that strip free for the caption.
    const QString lines = chartTitleHtml(title, m_style.titleFont, chartTitleWidth(this));
    if (lines.isEmpty()) {
        setTitle(QString());
        return;
    }
    setTitleFont(m_style.titleFont);
    setTitle(QStringLiteral("%1<br><span style=\"font-size:%2px\">&nbsp;</span>")
                 .arg(lines)
                 .arg(QFontMetricsF(m_style.font).height()));
}

void FunctionChart::updateTopMargin()
{
    const qreal caption = QFontMetricsF(m_style.font).height() * 1.6; // room for the band caption
    setMargins(QMargins(6, static_cast<int>(caption), 6, 6));
}

QList<QLineSeries *> FunctionChart::curveSeries(const QString &id, CurveSampler::Curve curve) const
{
    const auto it = m_curves.constFind(id);
    if (it == m_curves.cend())
        return {};
    return curve == CurveSampler::Curve::Value ? it->f : it->df;
}

PlotWindow FunctionChart::plotWindow() const
{
    PlotWindow w;
    w.xMin = m_axisX->min();
    w.xMax = m_axisX->max();
    w.yMin = m_axisY->min();
    w.yMax = m_axisY->max();
    QSizeF area = plotArea().size();
    if (area.isEmpty())
        area = QSizeF(800, 500);
    w.pixels = area * m_style.devicePixelRatio;
    return w;
}

void FunctionChart::refresh()
{
    // Lay the chart out now so that plotArea() reflects the current size.
    if (QGraphicsLayout *l = layout())
        l->activate();
    onPlotAreaChanged();
}

void FunctionChart::syncShown()
{
    if (!m_state)
        return;
    const QStringList shown = m_state->shownFunctions();
    for (auto it = m_curves.begin(); it != m_curves.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        for (QLineSeries *s : it->f + it->df) {
            removeSeries(s);
            delete s;
        }
        it = m_curves.erase(it);
    }
    for (const QString &id : shown)
        if (!m_curves.contains(id) && lookup(id)) {
            m_curves.insert(id, Curves());
            updateExtents(id);
        }
    for (const QString &id : shown)
        if (m_curves.contains(id))
            applyPens(id);
    if (!refitAxes())
        resampleAll();
    updateBands();
}

void FunctionChart::applyPens(const QString &id)
{
    Curves &c = m_curves[id];
    const QColor color = PlotPalette::color(m_state->colorSlot(id), m_style.dark);
    for (QLineSeries *s : c.f)
        s->setPen(PlotPalette::curvePen(color, false, m_style.lineWidth));
    for (QLineSeries *s : c.df)
        s->setPen(PlotPalette::curvePen(color, true, m_style.lineWidth));
}

void FunctionChart::onParamsChanged(const QString &id)
{
    if (m_curves.contains(id)) {
        updateExtents(id);
        if (!refitAxes())
            resample(id);
    }
    if (id == m_state->currentFunction() || m_curves.contains(id))
        updateBands();
}

void FunctionChart::onViewChanged()
{
    for (auto it = m_curves.begin(); it != m_curves.end(); ++it)
        updateExtents(it.key());
    if (!refitAxes())
        resampleAll();
    updateBands();
}

void FunctionChart::onPlotAreaChanged()
{
    const QRectF area = plotArea();
    m_bands->setGeometry(area, m_axisX->min(), m_axisX->max());
    if (area.size() == m_lastPlotArea.size()) {
        m_lastPlotArea = area;
        return;
    }
    m_lastPlotArea = area;
    resampleAll();
}

void FunctionChart::updateExtents(const QString &id)
{
    const actviz::Activation *a = lookup(id);
    Curves &c = m_curves[id];
    const actviz::Params p = m_state->params(id);
    const double lo = m_state->xMin();
    const double hi = m_state->xMax();
    Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(kFitSamples, lo, hi);
    // The kinks and their neighbours carry the extreme values of piecewise functions.
    std::vector<double> extra;
    for (const actviz::Kink &k : a->kinkPoints(p))
        if (k.x > lo && k.x < hi)
            extra.insert(extra.end(), {std::nextafter(k.x, lo), k.x, std::nextafter(k.x, hi)});
    if (!extra.empty()) {
        x.conservativeResize(x.size() + static_cast<Eigen::Index>(extra.size()));
        for (size_t i = 0; i < extra.size(); ++i)
            x[kFitSamples + static_cast<Eigen::Index>(i)] = extra[i];
    }
    c.fFinite = false;
    extend(c.fMin, c.fMax, c.fFinite, a->value(x, p));
    c.dfFinite = false;
    extend(c.dfMin, c.dfMax, c.dfFinite, a->derivative(x, p));
}

bool FunctionChart::refitAxes()
{
    const double xLo = m_state->xMin();
    const double xHi = m_state->xMax();
    double yLo = m_state->yMin();
    double yHi = m_state->yMax();
    if (m_state->yAuto()) {
        bool any = false;
        for (const Curves &c : std::as_const(m_curves)) {
            if (c.fFinite) {
                yLo = any ? std::min(yLo, c.fMin) : c.fMin;
                yHi = any ? std::max(yHi, c.fMax) : c.fMax;
                any = true;
            }
            if (m_state->showDerivatives() && c.dfFinite) {
                yLo = any ? std::min(yLo, c.dfMin) : c.dfMin;
                yHi = any ? std::max(yHi, c.dfMax) : c.dfMax;
                any = true;
            }
        }
        if (!any) {
            yLo = -1.0;
            yHi = 1.0;
        }
        yLo = std::clamp(yLo, -kLargestAutoY, kLargestAutoY);
        yHi = std::clamp(yHi, -kLargestAutoY, kLargestAutoY);
        if (yHi - yLo < 1e-9 * std::max(1.0, std::abs(yHi))) {
            yLo -= 1.0;
            yHi += 1.0;
        }
        // 5 % padding, then out to whole tick steps, so small parameter changes rarely move the axis.
        const double pad = 0.05 * (yHi - yLo);
        const double step = niceStep(yHi - yLo + 2 * pad);
        yLo = std::floor((yLo - pad) / step) * step;
        yHi = std::ceil((yHi + pad) / step) * step;
    }
    const bool changed =
        xLo != m_axisX->min() || xHi != m_axisX->max() || yLo != m_axisY->min() || yHi != m_axisY->max();
    if (!changed)
        return false;
    const double xStep = fittingTickStep(xLo, xHi, kTargetTicks, m_axisX->labelsFont(), plotArea().width());
    const double yStep = niceStep(yHi - yLo);
    setAxis(m_axisX, xLo, xHi, xStep);
    setAxis(m_axisY, yLo, yHi, yStep);
    m_axisX->setLabelFormat(tickLabelFormat(xLo, xHi, xStep));
    m_axisY->setLabelFormat(tickLabelFormat(yLo, yHi, yStep));
    m_bands->setGeometry(plotArea(), xLo, xHi);
    resampleAll();
    return true;
}

void FunctionChart::fillSeries(QList<QLineSeries *> &pool, const QList<CurveSampler::Piece> &pieces,
                               const QString &name, const QPen &pen)
{
    while (pool.size() < std::max<qsizetype>(1, pieces.size())) {
        auto *s = new QLineSeries(this);
        s->setName(name);
        s->setPen(pen);
        addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
        // One legend entry per curve: the pieces after the first stay unnamed in the legend.
        if (!pool.isEmpty())
            for (QLegendMarker *m : legend()->markers(s))
                m->setVisible(false);
        pool.append(s);
    }
    for (qsizetype i = 0; i < pool.size(); ++i) {
        const QList<QPointF> &points = i < pieces.size() ? pieces[i] : QList<QPointF>();
        if (points.isEmpty() && pool[i]->count() == 0)
            continue;
        pool[i]->replace(points);
    }
}

void FunctionChart::resample(const QString &id)
{
    const actviz::Activation *a = lookup(id);
    auto it = m_curves.find(id);
    if (!a || it == m_curves.end())
        return;
    const PlotWindow w = plotWindow();
    const actviz::Params p = m_state->params(id);
    const QColor color = PlotPalette::color(m_state->colorSlot(id), m_style.dark);
    const QString name = CoreText::name(*a);
    fillSeries(it->f, CurveSampler::sample(*a, p, CurveSampler::Curve::Value, w, m_style.sampleTolerancePx), name,
               PlotPalette::curvePen(color, false, m_style.lineWidth));
    if (m_state->showDerivatives()) {
        fillSeries(it->df, CurveSampler::sample(*a, p, CurveSampler::Curve::Derivative, w, m_style.sampleTolerancePx),
                   tr("%1′").arg(name), PlotPalette::curvePen(color, true, m_style.lineWidth));
        const bool named = m_state->shownFunctions().size() <= kMaxDerivativeLegendEntries;
        for (QLegendMarker *m : legend()->markers(it->df.first()))
            if (m->isVisible() != named)
                m->setVisible(named);
    } else {
        for (QLineSeries *s : std::as_const(it->df)) {
            removeSeries(s);
            delete s;
        }
        it->df.clear();
    }
    emit curvesUpdated();
}

void FunctionChart::resampleAll()
{
    // In the order shown, so the legend lists the functions the way the user switched them on.
    for (const QString &id : m_state->shownFunctions())
        resample(id);
}

void FunctionChart::updateBands()
{
    m_bands->follow(m_state, m_style);
}
