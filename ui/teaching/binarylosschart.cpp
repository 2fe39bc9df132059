// SPDX-License-Identifier: MIT
#include "teaching/binarylosschart.h"

#include "chart/chartannotation.h"
#include "chart/plotpalette.h"
#include "losses.h"
#include "registry.h"
#include "state/appstate.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr int kBceSlot = 0; // blue
constexpr int kMseSlot = 1; // vermillion

QList<QPointF> points(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y)
{
    QList<QPointF> out;
    out.reserve(x.size());
    for (Eigen::Index i = 0; i < x.size(); ++i)
        out.append(QPointF(x[i], y[i]));
    return out;
}

QString number(double v)
{
    return QString::number(v, 'g', 3);
}

} // namespace

BinaryLossChart::BinaryLossChart(AppState *state, Quantity quantity, QGraphicsItem *parent)
    : StyledChart(parent)
    , m_state(state)
    , m_quantity(quantity)
    , m_axisX(addValueAxis(tr("logit z (prediction p = σ(z))"), Qt::AlignBottom))
    , m_axisY(addValueAxis(quantity == Quantity::Loss ? tr("loss L") : tr("gradient dL/dz"), Qt::AlignLeft))
    , m_bce(new QLineSeries(this))
    , m_mse(new QLineSeries(this))
    , m_note(nullptr)
{
    for (QLineSeries *s : {m_bce, m_mse}) {
        addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    m_note = new ChartAnnotation(this, m_mse);
    m_note->setAvoidCurves(true);
    m_axisX->setRange(-kZRange, kZRange);
    m_axisX->setTickInterval(2.0);
    legend()->setAlignment(Qt::AlignBottom);
    connect(state, &AppState::lossChanged, this, &BinaryLossChart::recompute);
    setStyle(ChartStyle::forScreen());
    recompute();
}

double BinaryLossChart::wrongLogit() const
{
    return m_state->lossLabel() == 1 ? -kWrongLogit : kWrongLogit;
}

void BinaryLossChart::applyStyle()
{
    const QColor mse = PlotPalette::color(kMseSlot, style().dark);
    m_bce->setPen(curvePen(PlotPalette::color(kBceSlot, style().dark), m_quantity == Quantity::Gradient));
    m_mse->setPen(curvePen(mse, m_quantity == Quantity::Gradient));
    m_note->setColors(style().foreground, mse, style().transparent ? QColor(Qt::white) : style().background);
    m_note->setFont(style().font);
}

void BinaryLossChart::recompute()
{
    const int label = m_state->lossLabel();
    const auto y = actviz::binaryTarget(label);
    const auto curves = actviz::binaryLossCurves(y.value(), -kZRange, kZRange, kSamples);
    if (!curves)
        return;
    const actviz::BinaryLossCurves &c = curves.value();
    const bool loss = m_quantity == Quantity::Loss;
    m_bce->replace(points(c.z, loss ? c.bce : c.bceGradient));
    m_mse->replace(points(c.z, loss ? c.mse : c.mseGradient));
    m_bce->setName(loss ? tr("binary cross-entropy") : tr("dBCE/dz = p − y"));
    m_mse->setName(loss ? tr("squared error (p − y)²") : tr("dMSE/dz = 2(p − y)·p(1 − p)"));
    setTitle(loss ? tr("Loss for label y = %1").arg(label) : tr("Gradient for label y = %1").arg(label));
    if (loss) {
        // BCE grows like |z| on the wrong side, up to 10 at |z| = 10.
        m_axisY->setRange(0.0, kZRange + 0.5);
        m_axisY->setTickInterval(2.0);
    } else {
        m_axisY->setRange(label == 1 ? -1.1 : -0.3, label == 1 ? 0.3 : 1.1);
        m_axisY->setTickInterval(0.25);
    }
    // The annotation: where the model is confidently wrong, the values core gives there.
    const double z = wrongLogit();
    const Eigen::ArrayXd at = Eigen::ArrayXd::Constant(1, z);
    const actviz::Activation *sigmoid = actviz::findActivation("sigmoid");
    const QString p = sigmoid ? number(sigmoid->value(z, sigmoid->defaults())) : QStringLiteral("?");
    const double bce = (loss ? actviz::bceLoss(at, y.value()) : actviz::bceGradient(at, y.value()))[0];
    const double mse = (loss ? actviz::mseLoss(at, y.value()) : actviz::mseGradient(at, y.value()))[0];
    m_note->setAnchor(QPointF(z, mse));
    // The box goes where both curves are near 0: right of the wrong side, low for the gradient.
    const Qt::Alignment across = label == 1 ? Qt::AlignRight : Qt::AlignLeft;
    m_note->setBoxCorner(across | (loss || label == 0 ? Qt::AlignTop : Qt::AlignBottom));
    if (loss) {
        m_note->setText(tr("confidently wrong (z = %1, p = %2)\nBCE = %3: keeps growing\nMSE = %4: flat")
                            .arg(number(z), p, number(bce), number(mse)));
    } else {
        m_note->setText(tr("confidently wrong (z = %1)\nBCE gradient %2: full push\nMSE gradient %3: vanished")
                            .arg(number(z), number(bce), number(mse)));
    }
}
