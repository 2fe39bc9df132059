// SPDX-License-Identifier: MIT
#include "teaching/comparechart.h"

#include "chart/chartannotation.h"
#include "chart/plotpalette.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr int kValueSlot = 0;      // blue
constexpr int kDerivativeSlot = 1; // vermillion

QString nameOf(const actviz::Activation *a)
{
    return CoreText::name(*a);
}

QList<QPointF> points(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y)
{
    QList<QPointF> out;
    out.reserve(x.size());
    for (Eigen::Index i = 0; i < x.size(); ++i)
        if (std::isfinite(y[i]))
            out.append(QPointF(x[i], y[i]));
    return out;
}

} // namespace

CompareChart::CompareChart(AppState *state, QGraphicsItem *parent)
    : StyledChart(parent)
    , m_state(state)
    , m_axisX(addValueAxis(tr("x"), Qt::AlignBottom))
    , m_axisY(addValueAxis(tr("difference"), Qt::AlignLeft))
    , m_value(new QLineSeries(this))
    , m_derivative(new QLineSeries(this))
    , m_valueMark(nullptr)
    , m_derivativeMark(nullptr)
{
    for (QLineSeries *s : {m_value, m_derivative}) {
        addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    m_valueMark = new ChartAnnotation(this, m_value);
    m_derivativeMark = new ChartAnnotation(this, m_derivative);
    legend()->setAlignment(Qt::AlignBottom);
    connect(state, &AppState::compareChanged, this, &CompareChart::recompute);
    connect(state, &AppState::viewChanged, this, &CompareChart::recompute);
    connect(state, &AppState::paramsChanged, this, [this](const QString &id) {
        if (id == m_state->compareF() || id == m_state->compareG())
            recompute();
    });
    setStyle(ChartStyle::forScreen());
    recompute();
}

void CompareChart::applyStyle()
{
    const QColor valueColor = PlotPalette::color(kValueSlot, style().dark);
    const QColor derivativeColor = PlotPalette::color(kDerivativeSlot, style().dark);
    m_value->setPen(curvePen(valueColor));
    m_derivative->setPen(curvePen(derivativeColor, true));
    const QColor back = style().transparent ? QColor(Qt::white) : style().background;
    m_valueMark->setColors(style().foreground, valueColor, back);
    m_derivativeMark->setColors(style().foreground, derivativeColor, back);
    m_valueMark->setFont(style().font);
    m_derivativeMark->setFont(style().font);
}

QString CompareChart::maxLabel(const QString &what, const actviz::Extremum &e)
{
    return tr("max %1 = %2\nat x = %3").arg(what, QString::number(e.value, 'g', 4), QString::number(e.at, 'g', 5));
}

void CompareChart::recompute()
{
    const actviz::Activation *f = actviz::findActivation(m_state->compareF().toStdString());
    const actviz::Activation *g = actviz::findActivation(m_state->compareG().toStdString());
    const double lo = m_state->xMin();
    const double hi = m_state->xMax();
    setAxis(m_axisX, lo, hi, niceTickStep(hi - lo));
    if (!f || !g) {
        m_comparison.reset();
        return;
    }
    const QString fName = nameOf(f);
    const QString gName = nameOf(g);
    m_value->setName(tr("f − g = %1 − %2").arg(fName, gName));
    m_derivative->setName(tr("f′ − g′"));
    setTitle(tr("%1 compared with %2").arg(fName, gName));
    auto result = actviz::compareActivations({f, m_state->params(m_state->compareF())},
                                             {g, m_state->params(m_state->compareG())}, lo, hi);
    if (!result) {
        m_comparison.reset();
        m_value->clear();
        m_derivative->clear();
        m_valueMark->setText(QString());
        m_derivativeMark->setText(QString());
        setTitle(tr("%1 compared with %2: %3").arg(fName, gName, QString::fromStdString(result.error())));
        return;
    }
    m_comparison = std::move(result).value();
    const actviz::Comparison &c = *m_comparison;
    m_value->replace(points(c.x, c.valueDiff));
    m_derivative->replace(points(c.x, c.derivativeDiff));

    double yLo = 0.0;
    double yHi = 0.0;
    for (const Eigen::ArrayXd *a : {&c.valueDiff, &c.derivativeDiff})
        for (Eigen::Index i = 0; i < a->size(); ++i)
            if (std::isfinite((*a)[i])) {
                yLo = std::min(yLo, (*a)[i]);
                yHi = std::max(yHi, (*a)[i]);
            }
    if (yHi - yLo < 1e-300) {
        // Identical functions: a flat line at 0 in a unit band.
        yLo = -1.0;
        yHi = 1.0;
    }
    const double pad = 0.08 * (yHi - yLo);
    const double step = niceTickStep(yHi - yLo + 2 * pad, 8.0);
    setAxis(m_axisY, std::floor((yLo - pad) / step) * step, std::ceil((yHi + pad) / step) * step, step);

    // The markers sit on the curves at the signed difference where |·| is largest.
    // The boxes go to the top corners, where the differences of most pairs have died out.
    auto place = [](ChartAnnotation *mark, const actviz::Extremum &e, double signedValue, const QString &text,
                    Qt::Alignment corner) {
        mark->setAnchor(QPointF(e.at, signedValue));
        mark->setBoxCorner(corner);
        mark->setText(text);
    };
    const double fv = f->value(c.maxValueDiff.at, m_state->params(m_state->compareF()));
    const double gv = g->value(c.maxValueDiff.at, m_state->params(m_state->compareG()));
    const double fd = f->derivative(c.maxDerivativeDiff.at, m_state->params(m_state->compareF()));
    const double gd = g->derivative(c.maxDerivativeDiff.at, m_state->params(m_state->compareG()));
    // Each box in the corner on its own point's side, so that the two leader lines never cross.
    const bool valueRight = c.maxValueDiff.at >= c.maxDerivativeDiff.at;
    place(m_valueMark, c.maxValueDiff, fv - gv, maxLabel(tr("|f − g|"), c.maxValueDiff),
          Qt::AlignTop | (valueRight ? Qt::AlignRight : Qt::AlignLeft));
    place(m_derivativeMark, c.maxDerivativeDiff, fd - gd, maxLabel(tr("|f′ − g′|"), c.maxDerivativeDiff),
          Qt::AlignTop | (valueRight ? Qt::AlignLeft : Qt::AlignRight));
}
