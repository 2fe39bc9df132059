// SPDX-License-Identifier: MIT
#include "teaching/crossentropychart.h"

#include "chart/plotpalette.h"
#include "softmax.h"
#include "state/appstate.h"
#include "text/inputtext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr int kProbabilitySlot = 5; // sky blue, as the softmax tab's bars
constexpr int kGradientSlot = 1;    // vermillion

} // namespace

CrossEntropyChart::CrossEntropyChart(AppState *state, QGraphicsItem *parent)
    : StyledChart(parent)
    , m_state(state)
    , m_bars(new QBarSeries(this))
    , m_probabilities(new QBarSet(tr("probability s = softmax(z/T)")))
    , m_gradient(new QBarSet(tr("gradient ∂CE/∂z = (s − onehot)/T")))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(nullptr)
{
    m_bars->append(m_probabilities);
    m_bars->append(m_gradient);
    m_bars->setBarWidth(0.85);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_bars->setLabelsFormat(QStringLiteral("@value"));
    m_bars->setLabelsPrecision(2);
    addSeries(m_bars);
    m_axisX->setTitleText(tr("entry"));
    addAxis(m_axisX, Qt::AlignBottom);
    m_axisY = addValueAxis(tr("value"), Qt::AlignLeft);
    m_bars->attachAxis(m_axisX);
    m_bars->attachAxis(m_axisY);
    m_axisY->setRange(-1.0, 1.0);
    m_axisY->setTickInterval(0.25);
    legend()->setAlignment(Qt::AlignBottom);
    // Bar sets have no line to copy: a filled square per set.
    legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    connect(state, &AppState::softmaxChanged, this, &CrossEntropyChart::recompute);
    connect(state, &AppState::lossChanged, this, &CrossEntropyChart::recompute);
    setStyle(ChartStyle::forScreen());
    recompute();
}

void CrossEntropyChart::applyStyle()
{
    const QColor p = PlotPalette::color(kProbabilitySlot, style().dark);
    const QColor g = PlotPalette::color(kGradientSlot, style().dark);
    m_probabilities->setColor(p);
    m_probabilities->setBorderColor(p.darker(130));
    m_gradient->setColor(g);
    m_gradient->setBorderColor(g.darker(130));
    for (QBarSet *set : {m_probabilities, m_gradient}) {
        set->setLabelColor(style().foreground);
        set->setLabelFont(style().font);
    }
}

void CrossEntropyChart::recompute()
{
    Eigen::VectorXd z;
    // A half-typed vector keeps the last valid one, as in the softmax tab (a new target class
    // still applies to it).
    if (!InputText::vectorError(m_state->softmaxInput(), &z).isEmpty())
        z = m_logits.size() > 0 ? m_logits : (Eigen::VectorXd(3) << 2.0, 1.0, 0.1).finished();
    const double t = m_state->temperature();
    const Eigen::Index target = std::min<Eigen::Index>(m_state->lossClass(), z.size() - 1);
    const auto s = actviz::softmax(z, t);
    const auto loss = actviz::crossEntropy(z, target, t);
    const auto gradient = actviz::crossEntropyGradient(z, target, t);
    if (!s || !loss || !gradient)
        return;
    m_logits = z;
    m_target = target;
    m_loss = loss.value();
    const Eigen::Index n = z.size();
    QStringList names;
    QList<qreal> probabilities;
    QList<qreal> gradients;
    for (Eigen::Index i = 0; i < n; ++i) {
        names.append(i == target ? tr("z%1 ✓").arg(i + 1) : tr("z%1").arg(i + 1));
        probabilities.append(s.value()[i]);
        gradients.append(gradient.value()[i]);
    }
    m_axisX->setCategories(names);
    m_axisX->setLabelsVisible(n <= 4 * kMaxLabelledBars);
    m_probabilities->remove(0, m_probabilities->count());
    m_probabilities->append(probabilities);
    m_gradient->remove(0, m_gradient->count());
    m_gradient->append(gradients);
    m_bars->setLabelsVisible(n <= kMaxLabelledBars);
    // The gradient is divided by T: a low temperature makes it steeper than ±1.
    const double extent = std::max(1.0, gradient.value().cwiseAbs().maxCoeff());
    const double step = niceTickStep(2.4 * extent, 8.0);
    setAxis(m_axisY, -std::ceil(1.2 * extent / step) * step, std::ceil(1.2 * extent / step) * step, step);
    setTitle(tr("Cross-entropy −ln s<sub>%1</sub> = %2%3")
                 .arg(target + 1)
                 .arg(QString::number(m_loss, 'g', 4))
                 .arg(t == 1.0 ? QString() : tr(" (T = %1)").arg(t, 0, 'g', 3)));
}
