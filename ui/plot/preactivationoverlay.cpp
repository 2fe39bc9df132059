// SPDX-License-Identifier: MIT
#include "plot/preactivationoverlay.h"

#include "activationstats.h"
#include "chart/chartstyle.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QValueAxis>

#include <cmath>

namespace {

QString percent(double v)
{
    return QString::number(100.0 * v, 'f', 1) + QStringLiteral(" %");
}

} // namespace

PreactivationOverlay::PreactivationOverlay(QChart *chart, QValueAxis *xAxis, const ChartStyle *style, AppState *state)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_xAxis(xAxis)
    , m_style(style)
    , m_state(state)
{
    setZValue(kZValue);
    connect(chart, &QChart::plotAreaChanged, this, &PreactivationOverlay::refresh);
    connect(xAxis, &QValueAxis::rangeChanged, this, &PreactivationOverlay::refresh);
    for (auto signal : {&AppState::preactivationChanged, &AppState::saturationToggled})
        connect(state, signal, this, &PreactivationOverlay::refresh);
    connect(state, &AppState::currentFunctionChanged, this, &PreactivationOverlay::refresh);
    connect(state, &AppState::paramsChanged, this, &PreactivationOverlay::refresh);
    connect(state, &AppState::epsilonChanged, this, &PreactivationOverlay::refresh);
    refresh();
}

void PreactivationOverlay::refresh()
{
    prepareGeometryChange();
    m_plot = m_chart->plotArea();
    m_xMin = m_xAxis->min();
    m_xMax = m_xAxis->max();
    m_readout.clear();
    if (!m_state || !m_state->preactivationShown()) {
        setVisible(false);
        return;
    }
    setVisible(true);
    const double mu = m_state->statsMu();
    const double sigma = m_state->statsSigma();
    const QString id = m_state->currentFunction();
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    // Not "N(%1, %2²)": QString::arg reads the superscript two as a digit of the placeholder.
    const QString head = tr("X ~ N(μ = %1, σ = %2)").arg(mu, 0, 'g', 4).arg(sigma, 0, 'g', 4);
    if (!a) {
        m_readout = head;
    } else if (const auto s = actviz::activationStats(*a, m_state->params(id), sigma, m_state->epsilon(), mu)) {
        m_readout = tr("%1 into %2: %3 dead (f′ = 0), %4 saturated (|f′| < %5), E[f] = %6, Var[f] = %7")
                        .arg(head, CoreText::name(*a), percent(s->deadFraction), percent(s->saturatedFraction))
                        .arg(m_state->epsilon(), 0, 'g', 3)
                        .arg(s->mean, 0, 'g', 4)
                        .arg(s->variance, 0, 'g', 4);
    } else {
        m_readout = tr("%1 into %2: %3").arg(head, CoreText::name(*a), QString::fromStdString(s.error()));
    }
    update();
}

QRectF PreactivationOverlay::boundingRect() const
{
    return m_plot;
}

void PreactivationOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_state || !(m_plot.width() > 1 && m_plot.height() > 1) || !(m_xMax > m_xMin))
        return;
    const double mu = m_state->statsMu();
    const double sigma = m_state->statsSigma();
    const ChartStyle &style = *m_style;
    const QColor ink = style.foreground;
    // The density, its peak 1/(σ√2π) at a quarter of the plot's height.
    const int steps = std::max(2, static_cast<int>(m_plot.width() / 2));
    QPainterPath path(QPointF(m_plot.left(), m_plot.bottom()));
    for (int i = 0; i <= steps; ++i) {
        const double x = m_xMin + (m_xMax - m_xMin) * i / steps;
        const double t = (x - mu) / sigma;
        path.lineTo(m_plot.left() + m_plot.width() * i / steps, m_plot.bottom() - 0.25 * m_plot.height() * std::exp(-0.5 * t * t));
    }
    path.lineTo(m_plot.right(), m_plot.bottom());
    path.closeSubpath();
    painter->save();
    painter->setClipRect(m_plot);
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor fill = ink;
    fill.setAlphaF(0.10);
    painter->fillPath(path, fill);
    QColor edge = ink;
    edge.setAlphaF(0.45);
    painter->setPen(QPen(edge, 1.2));
    painter->drawPath(path);
    if (mu > m_xMin && mu < m_xMax) {
        const qreal px = m_plot.left() + (mu - m_xMin) / (m_xMax - m_xMin) * m_plot.width();
        painter->setPen(QPen(edge, 1.0, Qt::DashLine));
        painter->drawLine(QPointF(px, m_plot.bottom()), QPointF(px, m_plot.bottom() - 0.27 * m_plot.height()));
    }
    // The read-out inside the plot, along its bottom edge, on a pale box so curves do not hide it;
    // wrapped onto more lines on a narrow plot (1024 × 700, or Chinese).
    painter->setFont(style.font);
    const QFontMetricsF fm(style.font);
    const QRectF room(m_plot.left() + 8, m_plot.top(), m_plot.width() - 16, m_plot.height());
    const QRectF needed = fm.boundingRect(room, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, m_readout);
    const QRectF box = needed.adjusted(-4, -2, 4, 2).translated(0, -fm.height() * 0.3);
    QColor back = style.background;
    back.setAlphaF(0.85);
    painter->fillRect(box, back);
    painter->setPen(ink);
    painter->drawText(needed.translated(0, -fm.height() * 0.3), Qt::TextWordWrap | Qt::AlignLeft, m_readout);
    painter->restore();
}
