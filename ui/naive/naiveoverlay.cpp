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
{
    connect(state, &AppState::naiveChanged, this, &NaiveOverlay::rebuild);
    connect(state, &AppState::shownFunctionsChanged, this, &NaiveOverlay::rebuild);
    connect(state, &AppState::currentFunctionChanged, this, &NaiveOverlay::rebuild);
    connect(state, &AppState::viewChanged, this, &NaiveOverlay::rebuild);
    connect(state, &AppState::saturationToggled, this, &NaiveOverlay::rebuild);
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

void NaiveOverlay::applyStyle()
{
    m_bands->setStyle(m_chart->style().font, m_chart->style().foreground);
    rebuild();
}

void NaiveOverlay::updateGeometry()
{
    m_bands->setGeometry(m_chart->plotArea(), m_chart->xAxis()->min(), m_chart->xAxis()->max());
    // The naive caption (top left) ends where the saturation caption (top right) begins: on a
    // narrow plot a fixed 60 % ran into it.
    const qreal width = m_chart->plotArea().width();
    const qreal taken = m_chart->saturationBands()->captionWidth();
    m_bands->setCaptionShare(width > 0 && taken > 0 ? std::clamp((width - taken - 12.0) / width, 0.15, 1.0) : 1.0);
}

void NaiveOverlay::rebuild()
{
    if (!m_chart || !m_state)
        return;
    const bool on = m_state->naiveOverlay();
    const actviz::Precision precision = m_state->naivePrecision();
    const double lo = m_state->xMin();
    const double hi = m_state->xMax();
    QStringList ids;
    if (on)
        for (const QString &id : m_state->shownFunctions())
            if (naiveFunction(id))
                ids.append(id);
    // Series of functions no longer drawn go; the others are refilled with replace().
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (ids.contains(it.key())) {
            ++it;
            continue;
        }
        for (QLineSeries *s : std::as_const(it.value())) {
            m_chart->removeSeries(s);
            delete s;
        }
        it = m_series.erase(it);
    }
    const QString precisionName = PrecisionNames::name(precision);
    for (const QString &id : std::as_const(ids)) {
        const auto curve = actviz::naiveCurve(*naiveFunction(id), precision, lo, hi, kCurveSamples);
        if (!curve)
            continue;
        const QList<QList<QPointF>> pieces = finitePieces(curve.value());
        QList<QLineSeries *> &pool = m_series[id];
        QPen pen = PlotPalette::curvePen(PlotPalette::color(m_state->colorSlot(id), m_chart->style().dark), false,
                                         m_chart->style().lineWidth * 1.5);
        pen.setDashPattern({0.6, 2.2});
        pen.setCapStyle(Qt::RoundCap);
        while (pool.size() < std::max<qsizetype>(1, pieces.size())) {
            auto *s = new QLineSeries(m_chart);
            m_chart->addSeries(s);
            s->attachAxis(m_chart->xAxis());
            s->attachAxis(m_chart->yAxis());
            // One legend entry per function: the later pieces stay out of the legend.
            if (!pool.isEmpty())
                for (QLegendMarker *m : m_chart->legend()->markers(s))
                    m->setVisible(false);
            pool.append(s);
        }
        for (qsizetype i = 0; i < pool.size(); ++i) {
            pool[i]->setName(tr("%1 naive (%2)").arg(nameOf(id), precisionName));
            pool[i]->setPen(pen);
            pool[i]->replace(i < pieces.size() ? pieces[i] : QList<QPointF>());
        }
    }

    // Bands for one function only: overlapping bands of three would be unreadable.
    m_bandsId.clear();
    if (on)
        m_bandsId = ids.contains(m_state->currentFunction()) ? m_state->currentFunction() : ids.value(0);
    QList<actviz::NaiveFailure> failures;
    if (!m_bandsId.isEmpty()) {
        const auto found = actviz::naiveFailures(*naiveFunction(m_bandsId), precision, lo, hi);
        if (found)
            failures = QList<actviz::NaiveFailure>(found.value().begin(), found.value().end());
    }
    updateGeometry();
    m_bands->setFailures(failures, m_bandsId.isEmpty() ? QString() : nameOf(m_bandsId), precision);
}
