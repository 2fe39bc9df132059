// SPDX-License-Identifier: MIT
#include "naive/naiveoverlay.h"

#include "chart/plotpalette.h"
#include "naive/naivebands.h"
#include "plot/functionchart.h"
#include "plot/saturationbands.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"
#include "text/precisionnames.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

QString nameOf(const QString &id)
{
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    return a ? CoreText::name(*a) : id;
}

// The finite stretches of a curve: NaN and ±inf break the line instead of being drawn.
QList<QList<QPointF>> finitePieces(const actviz::NaiveCurve &c)
{
    QList<QList<QPointF>> pieces;
    QList<QPointF> current;
    for (Eigen::Index i = 0; i < c.x.size(); ++i) {
        if (std::isfinite(c.naive[i])) {
            current.append(QPointF(c.x[i], c.naive[i]));
        } else if (!current.isEmpty()) {
            pieces.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        pieces.append(current);
    return pieces;
}

} // namespace

NaiveOverlay::NaiveOverlay(FunctionChart *chart, AppState *state)
    : QObject(chart)
    , m_chart(chart)
    , m_state(state)
    , m_bands(new NaiveBands(chart))
    , m_dfBands(new NaiveBands(chart))
{
    m_dfBands->setLane(NaiveBands::Lane::Lower);
    connect(state, &AppState::naiveChanged, this, &NaiveOverlay::rebuild);
    connect(state, &AppState::shownFunctionsChanged, this, &NaiveOverlay::rebuild);
    connect(state, &AppState::currentFunctionChanged, this, &NaiveOverlay::rebuild);
    connect(state, &AppState::viewChanged, this, &NaiveOverlay::rebuild);
    connect(state, &AppState::saturationToggled, this, &NaiveOverlay::rebuild);
    connect(state, &AppState::derivativesToggled, this, &NaiveOverlay::rebuild);
    connect(chart, &QChart::plotAreaChanged, this, &NaiveOverlay::updateGeometry);
    applyStyle();
    rebuild();
}

std::optional<actviz::NaiveFunction> NaiveOverlay::naiveFunction(const QString &id)
{
    if (id == QLatin1String("sigmoid"))
        return actviz::NaiveFunction::Sigmoid;
    if (id == QLatin1String("tanh"))
        return actviz::NaiveFunction::Tanh;
    if (id == QLatin1String("softplus"))
        return actviz::NaiveFunction::Softplus;
    return std::nullopt;
}

QString NaiveOverlay::derivativeFormula(actviz::NaiveFunction fn)
{
    // Notation, the same in every language (core/naivenumerics.h says why these forms).
    switch (fn) {
    case actviz::NaiveFunction::Tanh: return QStringLiteral("1 − tanh²");
    case actviz::NaiveFunction::Softplus: return QStringLiteral("eˣ/(1 + eˣ)");
    case actviz::NaiveFunction::Sigmoid: break;
    }
    return QStringLiteral("σ(1 − σ)");
}

void NaiveOverlay::applyStyle()
{
    for (NaiveBands *b : {m_bands, m_dfBands})
        b->setStyle(m_chart->style().font, m_chart->style().foreground, m_chart->style().background);
    rebuild();
}

void NaiveOverlay::updateGeometry()
{
    for (NaiveBands *b : {m_bands, m_dfBands})
        b->setGeometry(m_chart->plotArea(), m_chart->xAxis()->min(), m_chart->xAxis()->max());
    // The naive caption (top left) ends where the saturation caption (top right) begins: on a
    // narrow plot a fixed 60 % ran into it.
    const qreal width = m_chart->plotArea().width();
    const qreal taken = m_chart->saturationBands()->captionWidth();
    m_bands->setCaptionShare(width > 0 && taken > 0 ? std::clamp((width - taken - 12.0) / width, 0.15, 1.0) : 1.0);
}

void NaiveOverlay::dropPools(QHash<QString, QList<QLineSeries *>> &pools, const QStringList &keep)
{
    for (auto it = pools.begin(); it != pools.end();) {
        if (keep.contains(it.key())) {
            ++it;
            continue;
        }
        for (QLineSeries *s : std::as_const(it.value())) {
            m_chart->removeSeries(s);
            delete s;
        }
        it = pools.erase(it);
    }
}

void NaiveOverlay::fillCurve(QList<QLineSeries *> &pool, const actviz::NaiveCurve *curve, const QString &name,
                             const QPen &pen)
{
    const QList<QList<QPointF>> pieces = curve ? finitePieces(*curve) : QList<QList<QPointF>>();
    while (pool.size() < std::max<qsizetype>(1, pieces.size())) {
        auto *s = new QLineSeries(m_chart);
        m_chart->addSeries(s);
        s->attachAxis(m_chart->xAxis());
        s->attachAxis(m_chart->yAxis());
        // One legend entry per curve: the later pieces stay out of the legend.
        if (!pool.isEmpty())
            for (QLegendMarker *m : m_chart->legend()->markers(s))
                m->setVisible(false);
        pool.append(s);
    }
    for (qsizetype i = 0; i < pool.size(); ++i) {
        pool[i]->setName(name);
        pool[i]->setPen(pen);
        pool[i]->replace(i < pieces.size() ? pieces[i] : QList<QPointF>());
    }
}

QList<actviz::NaiveFailureRun> NaiveOverlay::failuresOf(actviz::NaiveFormula formula) const
{
    const double lo = m_state->xMin();
    const double hi = m_state->xMax();
    const auto found = actviz::naiveFailures(formula, m_state->naivePrecision(), lo, hi);
    if (!found)
        return {};
    const std::vector<actviz::NaiveFailureRun> runs = actviz::joinFailures(found.value(), kJoinShare * (hi - lo));
    return QList<actviz::NaiveFailureRun>(runs.begin(), runs.end());
}

void NaiveOverlay::rebuild()
{
    if (!m_chart || !m_state)
        return;
    const bool on = m_state->naiveOverlay();
    const bool derivatives = on && m_state->showDerivatives();
    const actviz::Precision precision = m_state->naivePrecision();
    const double lo = m_state->xMin();
    const double hi = m_state->xMax();
    QStringList ids;
    if (on)
        for (const QString &id : m_state->shownFunctions())
            if (naiveFunction(id))
                ids.append(id);
    // Series of functions no longer drawn go; the others are refilled with replace().
    dropPools(m_series, ids);
    dropPools(m_dfSeries, derivatives ? ids : QStringList());
    const QString precisionName = PrecisionNames::name(precision);
    for (const QString &id : std::as_const(ids)) {
        const actviz::NaiveFunction fn = *naiveFunction(id);
        const QColor color = PlotPalette::color(m_state->colorSlot(id), m_chart->style().dark);
        QPen pen = PlotPalette::curvePen(color, false, m_chart->style().lineWidth * 1.5);
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.6, 2.2});
        const auto curve = actviz::naiveCurve(fn, precision, lo, hi, kCurveSamples);
        fillCurve(m_series[id], curve ? &curve.value() : nullptr, tr("%1 naive (%2)").arg(nameOf(id), precisionName),
                  pen);
        if (!derivatives)
            continue;
        // f′ dash-dotted: the stable f′ is dashed, the naive f dotted.
        pen.setDashPattern({3.0, 1.8, 0.6, 1.8});
        const auto df = actviz::naiveCurve({fn, actviz::NaiveOrder::Derivative}, precision, lo, hi, kCurveSamples);
        fillCurve(m_dfSeries[id], df ? &df.value() : nullptr,
                  tr("%1′ naive: %2").arg(nameOf(id), derivativeFormula(fn)), pen);
    }

    // Bands for one function only: overlapping bands of three would be unreadable.
    m_bandsId.clear();
    if (on)
        m_bandsId = ids.contains(m_state->currentFunction()) ? m_state->currentFunction() : ids.value(0);
    const bool dfBands = derivatives && !m_bandsId.isEmpty();
    m_bands->setLane(dfBands ? NaiveBands::Lane::Upper : NaiveBands::Lane::Whole);
    updateGeometry();
    if (m_bandsId.isEmpty()) {
        m_bands->setFailures({}, QString(), precision);
    } else {
        const actviz::NaiveFunction fn = *naiveFunction(m_bandsId);
        m_bands->setFailures(failuresOf(fn), nameOf(m_bandsId), precision);
    }
    if (dfBands) {
        const actviz::NaiveFunction fn = *naiveFunction(m_bandsId);
        m_dfBands->setFailures(failuresOf({fn, actviz::NaiveOrder::Derivative}),
                               tr("%1′ = %2").arg(nameOf(m_bandsId), derivativeFormula(fn)), precision);
    } else {
        m_dfBands->setFailures({}, QString(), precision);
    }
}
