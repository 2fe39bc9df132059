// SPDX-License-Identifier: MIT
#include "softmax/softmaxchart.h"

#include "chart/chartgrid.h"
#include "chart/plotpalette.h"
#include "chart/styledchart.h"
#include "probmaps.h"
#include "softmax.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

// Okabe–Ito sky blue for the bars, vermillion for the argmax, black/white for the logits.
const QColor kBarColor(0x56, 0xB4, 0xE9);
const QColor kArgmaxColor(0xD5, 0x5E, 0x00);
const QColor kCompareColor(0x00, 0x9E, 0x73); // bluish green: the map compared beside

// The mapping's extras in the legend: " · top-2 · top-p 0.9 · Gumbel, seed 7".
QString extras(const SoftmaxMapping &m)
{
    QString s;
    if (m.topK > 0)
        s += SoftmaxChart::tr(" · top-%1").arg(m.topK);
    if (m.topP < 1.0)
        s += SoftmaxChart::tr(" · top-p %1").arg(m.topP);
    if (m.gumbelSeed >= 0)
        s += SoftmaxChart::tr(" · Gumbel, seed %1").arg(m.gumbelSeed);
    return s;
}

} // namespace

SoftmaxChart::SoftmaxChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_bars(new QBarSeries(this))
    , m_set(new QBarSet(tr("probability softmax(z/T)")))
    , m_compareSet(new QBarSet(QString(), this))
    , m_logits(new QScatterSeries(this))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisP(new QValueAxis(this))
    , m_axisZ(new QValueAxis(this))
{
    setAnimationOptions(QChart::NoAnimation);
    layout()->setContentsMargins(0, 0, 0, 0);
    m_set->setColor(kBarColor);
    m_set->setBorderColor(kBarColor.darker(130));
    m_set->setSelectedColor(kArgmaxColor);
    m_bars->append(m_set);
    m_compareSet->setColor(kCompareColor);
    m_compareSet->setBorderColor(kCompareColor.darker(130));
    m_bars->setBarWidth(0.8);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_bars->setLabelsFormat(QStringLiteral("@value"));
    m_bars->setLabelsPrecision(3);
    m_logits->setName(tr("logit z"));
    m_logits->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_logits->setMarkerSize(11);
    addSeries(m_bars);
    addSeries(m_logits);
    m_axisX->setTitleText(tr("entry"));
    m_axisZ->setTitleText(tr("logit z"));
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisP, Qt::AlignLeft);
    addAxis(m_axisZ, Qt::AlignRight);
    m_bars->attachAxis(m_axisX);
    m_bars->attachAxis(m_axisP);
    m_logits->attachAxis(m_axisX);
    m_logits->attachAxis(m_axisZ);
    m_stems =
        std::make_unique<StemBars>(this, m_axisP, m_axisZ, StemBars::Colors{kBarColor, kArgmaxColor, kCompareColor});
    m_stems->axis()->setTitleText(tr("entry"));
    legend()->setAlignment(Qt::AlignTop);
    // The value axes' grid, lines and ticks in whole pixels, as on the function plot (the entry
    // axis of the bars, a category axis, keeps Qt Charts' own).
    auto *grid = new ChartGrid(this);
    for (QValueAxis *axis : {m_axisP, m_axisZ, m_stems->axis()})
        grid->adopt(axis);
    setStyle(ChartStyle::forScreen());
}

void SoftmaxChart::setStyle(const ChartStyle &style)
{
    m_style = style;
    applyChartFrame(this, style);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisP),
                                static_cast<QAbstractAxis *>(m_axisZ)})
        applyAxisStyle(axis, style);
    m_axisZ->setGridLineVisible(false);
    m_stems->setStyle(style);
    m_bars->setLabelsAngle(0);
    for (QBarSet *set : {m_set, m_compareSet}) {
        set->setLabelColor(style.foreground);
        set->setLabelFont(style.font);
    }
    m_bars->setLabelsVisible(m_values.size() <= kMaxLabelledBars);
    const QColor logit = style.dark ? QColor(0xE0, 0xE0, 0xE0) : QColor(0x20, 0x20, 0x20);
    m_logits->setColor(logit);
    m_logits->setBorderColor(logit);
    m_logits->setMarkerSize(std::max(8.0, QFontMetricsF(style.font).height() * 0.6));
    m_stems->setLogitColor(logit);
}

void SoftmaxChart::useStems(bool stems)
{
    for (QBarSet *set : {m_set, m_compareSet})
        if (stems && m_bars->barSets().contains(set))
            m_bars->take(set); // the series stays the set's parent
    if (!stems && !m_bars->barSets().contains(m_set))
        m_bars->insert(0, m_set);
    // Beside stems the logits are a line (StemBars'): a thousand markers would hide the stems.
    for (QLegendMarker *marker : legend()->markers(m_logits)) {
        marker->setVisible(!stems);
        marker->setShape(QLegend::MarkerShapeFromSeries); // the logits' diamond, not a square
    }
    m_axisX->setVisible(!stems);
    if (!stems)
        m_stems->hide();
}

void SoftmaxChart::rebuildCategories(Eigen::Index n)
{
    QStringList names;
    names.reserve(n);
    for (Eigen::Index i = 0; i < n; ++i)
        names.append(n <= kMaxLabelledBars ? tr("z%1").arg(i + 1) : QString::number(i + 1));
    m_axisX->setCategories(names);
    m_axisX->setLabelsVisible(n <= 4 * kMaxLabelledBars);
}

QString SoftmaxChart::mapName(actviz::ProbMap map)
{
    switch (map) {
    case actviz::ProbMap::Softmax:
        return tr("softmax(z/T)");
    case actviz::ProbMap::Sparsemax:
        return tr("sparsemax(z/T)");
    case actviz::ProbMap::Entmax15:
        return tr("1.5-entmax(z/T)");
    case actviz::ProbMap::Softmax1:
        return tr("softmax₁(z/T)");
    }
    return tr("softmax(z/T)");
}

QString SoftmaxChart::shortName(actviz::ProbMap map)
{
    return mapName(map).remove(QStringLiteral("(z/T)"));
}

void SoftmaxChart::showCompare(const Eigen::VectorXd *values, const QString &label, bool inSeries)
{
    const bool shown = m_bars->barSets().contains(m_compareSet);
    if (!values) {
        m_compareValues = Eigen::VectorXd();
        if (shown)
            m_bars->take(m_compareSet);
        return;
    }
    m_compareValues = *values;
    m_compareSet->remove(0, m_compareSet->count());
    m_compareSet->append(QList<qreal>(values->begin(), values->end()));
    m_compareSet->setLabel(label);
    if (!shown && inSeries)
        m_bars->append(m_compareSet);
}

bool SoftmaxChart::setInput(const Eigen::VectorXd &logits, double temperature, bool logSoftmax,
                            const SoftmaxMapping &mapping)
{
    const bool plain = mapping.isPlainSoftmax();
    logSoftmax = logSoftmax && plain;
    Eigen::VectorXd v;
    if (plain) {
        const auto r = logSoftmax ? actviz::logSoftmax(logits, temperature) : actviz::softmax(logits, temperature);
        if (!r)
            return false;
        v = r.value();
    } else {
        const auto r = actviz::probabilities(logits, mapping.options(mapping.map, temperature));
        if (!r)
            return false;
        v = r->p;
    }
    const Eigen::Index n = v.size();
    m_values = v;
    m_log = logSoftmax;
    m_argmax = 0;
    for (Eigen::Index i = 1; i < n; ++i)
        if (v[i] > v[m_argmax])
            m_argmax = i;

    // Masked entries have log-probability −∞: drawn down to the bottom of the axis.
    double lo = 0.0;
    if (logSoftmax) {
        for (Eigen::Index i = 0; i < n; ++i)
            if (std::isfinite(v[i]))
                lo = std::min(lo, v[i]);
        lo = std::floor(lo * 1.1 - 0.5);
    }
    QList<qreal> bars(n);
    for (Eigen::Index i = 0; i < n; ++i)
        bars[i] = std::isfinite(v[i]) ? v[i] : lo;
    const bool stems = n > kMaxLabelledBars;
    useStems(stems);
    if (!stems && m_axisX->count() != n)
        rebuildCategories(n);
    m_set->deselectAllBars();
    // One bulk change: replace(i, v) per bar makes the series lay out all bars n times.
    m_set->remove(0, m_set->count());
    m_set->append(bars);
    m_set->selectBar(static_cast<int>(m_argmax));
    m_support = (v.array() > 0.0).count();
    if (plain) {
        m_set->setLabel(logSoftmax ? tr("log-probability log softmax(z/T)") : tr("probability softmax(z/T)"));
        showCompare(nullptr, QString(), !stems);
    } else {
        // Short: two of these and the logits share the legend's one line at 1024 px.
        m_set->setLabel(tr("%1%2 · support %3/%4").arg(shortName(mapping.map), extras(mapping)).arg(m_support).arg(n));
        const auto other =
            mapping.compare
                ? std::optional(actviz::probabilities(logits, mapping.options(*mapping.compare, temperature)))
                : std::nullopt;
        m_compareSupport = other && *other ? (*other)->support : 0;
        if (other && *other)
            showCompare(&(*other)->p,
                        tr("%1%2 · support %3/%4")
                            .arg(shortName(*mapping.compare), extras(mapping))
                            .arg(m_compareSupport)
                            .arg(n),
                        !stems);
        else
            showCompare(nullptr, QString(), !stems);
    }
    m_axisP->setTitleText(logSoftmax ? tr("log s") : (plain ? tr("s") : tr("p")));
    // Room above the tallest bar for its printed value, up to a whole tick.
    const double tallest = std::max(v.maxCoeff(), m_compareValues.size() ? m_compareValues.maxCoeff() : 0.0);
    double top = logSoftmax ? 0.0 : std::min(1.0, std::ceil((tallest * 1.12 + 0.01) * 10.0) / 10.0);
    double tick = logSoftmax ? std::max(1.0, std::ceil(-lo / 8.0)) : (top > 0.5 ? 0.1 : 0.05);
    int decimals = logSoftmax ? 0 : 2;
    if (stems && !logSoftmax && tallest > 0.0) {
        // No printed values to make room for, and a thousand entries share 1: ticks of the
        // tallest stem's size (0.005 for s ≈ 0.017), not of 1.
        tick = StemBars::niceStep(tallest / 4.0);
        top = std::min(1.0, std::ceil(tallest * 1.05 / tick) * tick);
        decimals = std::max(2, static_cast<int>(std::ceil(-std::log10(tick) - 1e-9)));
    }
    m_axisP->setRange(lo, top);
    m_axisP->setTickType(QValueAxis::TicksDynamic);
    m_axisP->setTickAnchor(0.0);
    m_axisP->setTickInterval(tick);
    m_axisP->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    m_bars->setLabelsVisible(n <= kMaxLabelledBars);
    m_bars->setLabelsPrecision(logSoftmax ? 4 : 3);

    QList<QPointF> points;
    points.reserve(n);
    double zLo = 0.0;
    double zHi = 0.0;
    bool any = false;
    for (Eigen::Index i = 0; i < n; ++i) {
        if (!std::isfinite(logits[i]))
            continue;
        points.append(QPointF(static_cast<double>(stems ? i + 1 : i), logits[i]));
        zLo = any ? std::min(zLo, logits[i]) : logits[i];
        zHi = any ? std::max(zHi, logits[i]) : logits[i];
        any = true;
    }
    if (stems) {
        m_logits->clear();
        const QList<qreal> compare(m_compareValues.begin(), m_compareValues.end());
        m_stems->show(bars, m_argmax, m_set->label(), m_compareValues.size() ? &compare : nullptr,
                      m_compareSet->label());
        m_stems->showLogits(points, m_logits->name());
    } else {
        m_logits->replace(points);
    }
    // In halves: zHi − zLo overflows for logits near ±DBL_MAX. Qt's axis needs a finite span
    // (its ticks and mapping divide by it, and it places tick i at min + i·span/(ticks − 1)),
    // so the range stops at ±DBL_MAX/16, and the rounding to nice numbers, which can double the
    // span, is left out for a span that large.
    constexpr double kLimit = std::numeric_limits<double>::max() / 16;
    // A fifth of the spread, and a twentieth of the largest |z|: 0.5 alone vanishes at 1e20.
    const double pad = std::max({0.5, 0.2 * (0.5 * zHi - 0.5 * zLo), 0.05 * std::max(std::abs(zLo), std::abs(zHi))});
    const double zMin = std::max(-kLimit, std::min(0.0, zLo - pad));
    const double zMax = std::min(kLimit, std::max(0.0, zHi + pad));
    m_axisZ->setRange(zMin, zMax);
    if (zMax - zMin < kLimit / 2)
        m_axisZ->applyNiceNumbers();
    // Qt's own labels print every digit (308 of them for 1e307): beyond a million, as many
    // significant digits as tell the ticks apart, and at least three.
    const double from = m_axisZ->min();
    const double to = m_axisZ->max();
    const double gaps = std::max(1, m_axisZ->tickCount() - 1);
    const bool huge = std::max(std::abs(from), std::abs(to)) >= 1e6;
    m_axisZ->setLabelFormat(huge ? tickLabelFormat(from, to, to / gaps - from / gaps, 3) : QString());
    // Logits beyond ±DBL_MAX/16 cannot share an axis with the rest: said, not silently left out.
    const auto offScale =
        std::count_if(logits.begin(), logits.end(), [&](double z) { return std::isfinite(z) && (z < from || z > to); });
    m_axisZ->setTitleText(offScale == 0 ? tr("logit z")
                                        : tr("logit z (%n beyond the axis, not drawn)", "", int(offScale)));
    return true;
}
