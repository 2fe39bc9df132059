// SPDX-License-Identifier: MIT
#include "teaching/likelihoodchart.h"

#include "chart/chartannotation.h"
#include "chart/plotpalette.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>
#include <optional>

namespace {

constexpr int kLikelihoodSlot = 0; // blue
constexpr int kLogSlot = 1;        // vermillion
constexpr int kProbeSlot = 2;      // bluish green
// How far below its maximum log L is shown: the ends, where it tends to −∞, would squash the rest.
constexpr double kLogDepth = 40.0;

// Where ln L crosses `level` between p = from and p = to (one of them an end of [0, 1]), if it
// does: ln L is concave, so it is monotonic on each side of its maximum, and halving the
// interval finds the crossing to the last bit.
std::optional<double> crossing(const actviz::BernoulliCounts &counts, double level, double from, double to)
{
    const double atFrom = actviz::logLikelihood(counts, from);
    const double atTo = actviz::logLikelihood(counts, to);
    if (!((atFrom < level) != (atTo < level)))
        return std::nullopt;
    const bool risesToTo = atFrom < level;
    for (int i = 0; i < 200 && from < to; ++i) {
        const double mid = from + (to - from) / 2;
        if (mid <= from || mid >= to)
            break;
        if ((actviz::logLikelihood(counts, mid) < level) == risesToTo)
            from = mid;
        else
            to = mid;
    }
    return risesToTo ? to : from;
}

} // namespace

LikelihoodChart::LikelihoodChart(QGraphicsItem *parent)
    : StyledChart(parent)
    , m_axisP(addValueAxis(tr("success probability p"), Qt::AlignBottom))
    , m_axisL(addValueAxis(tr("likelihood L(p)"), Qt::AlignLeft))
    , m_axisLog(addValueAxis(tr("log-likelihood ln L(p)"), Qt::AlignRight))
    , m_likelihood(new QLineSeries(this))
    , m_log(new QLineSeries(this))
    , m_maximum(nullptr)
    , m_probe(nullptr)
{
    addSeries(m_likelihood);
    m_likelihood->attachAxis(m_axisP);
    m_likelihood->attachAxis(m_axisL);
    addSeries(m_log);
    m_log->attachAxis(m_axisP);
    m_log->attachAxis(m_axisLog);
    m_axisLog->setGridLineVisible(false);
    m_axisP->setRange(0.0, 1.0);
    m_axisP->setTickInterval(0.1);
    m_maximum = new ChartAnnotation(this, m_likelihood);
    // The probe sits on the log-likelihood, which stays finite where L(p) underflows.
    m_probe = new ChartAnnotation(this, m_log);
    m_maximum->setVerticalLine(true);
    m_probe->setVerticalLine(true);
    m_maximum->setAvoidCurves(true);
    m_probe->setAvoidCurves(true);
    legend()->setAlignment(Qt::AlignBottom);
    setStyle(ChartStyle::forScreen());
    setCounts(m_counts);
}

void LikelihoodChart::applyStyle()
{
    const QColor l = PlotPalette::color(kLikelihoodSlot, style().dark);
    const QColor log = PlotPalette::color(kLogSlot, style().dark);
    const QColor probe = PlotPalette::color(kProbeSlot, style().dark);
    m_likelihood->setPen(curvePen(l));
    m_log->setPen(curvePen(log, true));
    const QColor back = style().transparent ? QColor(Qt::white) : style().background;
    m_maximum->setColors(style().foreground, l, back);
    m_probe->setColors(style().foreground, probe, back);
    m_maximum->setFont(style().font);
    m_probe->setFont(style().font);
}

void LikelihoodChart::setCounts(const actviz::BernoulliCounts &counts)
{
    const auto curves = actviz::likelihoodCurves(counts, kSamples);
    if (!curves)
        return;
    m_counts = counts;
    const actviz::LikelihoodCurves &c = curves.value();
    const double pHat = actviz::maximumLikelihood(counts);
    const double lHat = actviz::likelihood(counts, pHat);
    const double logHat = actviz::logLikelihood(counts, pHat);
    m_relative = !(lHat >= kSmallestPlotted);
    const Eigen::ArrayXd &left = m_relative ? c.relativeLikelihood : c.likelihood;
    QList<QPointF> l;
    QList<QPointF> log;
    l.reserve(c.p.size());
    log.reserve(c.p.size());
    for (Eigen::Index i = 0; i < c.p.size(); ++i) {
        l.append(QPointF(c.p[i], left[i]));
        if (std::isfinite(c.logLikelihood[i]) && c.logLikelihood[i] >= logHat - kLogDepth)
            log.append(QPointF(c.p[i], c.logLikelihood[i]));
    }
    m_likelihood->replace(l);
    m_likelihood->setName(m_relative ? tr("relative likelihood L(p)/L(k/n)")
                                     : tr("likelihood L(p) = p<sup>k</sup>(1 − p)<sup>n−k</sup>"));
    m_log->setName(tr("log-likelihood ln L(p)"));
    m_axisL->setTitleText(m_relative ? tr("L(p)/L(k/n)") : tr("likelihood L(p)"));
    const double top = m_relative ? 1.0 : lHat;
    const double step = niceTickStep(top * 1.15, 6.0);
    setAxis(m_axisL, 0.0, std::ceil(top * 1.15 / step) * step, step);
    m_axisL->setLabelFormat(step < 1e-3 || step >= 1e4 ? QStringLiteral("%.2g") : QStringLiteral("%g"));
    double logLo = logHat;
    for (const QPointF &pt : std::as_const(log))
        logLo = std::min(logLo, pt.y());
    const double logStep = niceTickStep(std::max(1.0, logHat - logLo), 6.0);
    const double logBottom = std::floor(logLo / logStep) * logStep;
    setAxis(m_axisLog, logBottom, std::ceil((logHat + 0.05 * (logHat - logLo + 1)) / logStep) * logStep, logStep);
    // ln L falls to −∞ at an impossible end: the curve runs on to the axis's bottom, where it
    // crosses it, instead of stopping at the last sample above the cut.
    log.clear();
    for (Eigen::Index i = 0; i < c.p.size(); ++i)
        if (c.logLikelihood[i] >= logBottom) // not NaN or −∞
            log.append(QPointF(c.p[i], c.logLikelihood[i]));
    if (!log.isEmpty()) {
        if (const auto p = crossing(counts, logBottom, 0.0, log.first().x()))
            log.prepend(QPointF(*p, logBottom));
        if (const auto p = crossing(counts, logBottom, log.last().x(), 1.0))
            log.append(QPointF(*p, logBottom));
    }
    m_log->replace(log);
    setTitle(tr("Bernoulli likelihood: k = %1 successes in n = %2 trials").arg(counts.successes).arg(counts.trials));
    m_maximum->setAnchor(QPointF(pHat, m_relative ? 1.0 : lHat));
    m_maximum->setOffset(QPointF(pHat < 0.6 ? 1.5 : -1.5, 1.0));
    m_maximum->setText(m_relative ? tr("maximum at p = k/n = %1\nln L = %2").arg(pHat, 0, 'g', 6).arg(logHat, 0, 'g', 8)
                                  : tr("maximum at p = k/n = %1\nL = %2").arg(pHat, 0, 'g', 6).arg(lHat, 0, 'g', 6));
}

void LikelihoodChart::setProbe(double p)
{
    const double pHat = actviz::maximumLikelihood(m_counts);
    // At an impossible end (ln L = −∞) and far below the shown range the marker rests on the axis.
    const double logValue = std::max(actviz::logLikelihood(m_counts, p), m_axisLog->min());
    m_probe->setAnchor(QPointF(p, logValue));
    m_probe->setOffset(QPointF(p < pHat ? -1.5 : 1.5, -2.0));
    m_probe->setText(tr("p = %1").arg(p, 0, 'g', 4));
}
