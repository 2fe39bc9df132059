// SPDX-License-Identifier: MIT
#include "widgets/plotcontrols.h"

#include "state/appstate.h"
#include "widgets/flowlayout.h"
#include "widgets/numberspinbox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace {

NumberSpinBox *rangeBox(QWidget *parent, const QString &tip)
{
    auto *box = new NumberSpinBox(parent);
    box->setToolTip(tip);
    box->setAccessibleName(tip);
    return box;
}

} // namespace

QWidget *PlotControls::rangeGroup(const QString &label, NumberSpinBox *lo, NumberSpinBox *hi, QWidget *trailing)
{
    auto *group = new QWidget(this);
    auto *row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    auto *from = new QLabel(label, group);
    from->setBuddy(lo);
    row->addWidget(from);
    row->addWidget(lo);
    row->addWidget(new QLabel(tr("to"), group));
    row->addWidget(hi);
    if (trailing)
        row->addWidget(trailing);
    return group;
}

void PlotControls::addGroup(QWidget *group)
{
    group->setParent(this);
    m_flow->addWidget(group);
}

PlotControls::PlotControls(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_derivatives(new QCheckBox(tr("&Derivatives"), this))
    , m_xMin(rangeBox(this, tr("Left end of the x range")))
    , m_xMax(rangeBox(this, tr("Right end of the x range")))
    , m_yAuto(new QCheckBox(tr("&Auto"), this))
    , m_yMin(rangeBox(this, tr("Bottom of the y range")))
    , m_yMax(rangeBox(this, tr("Top of the y range")))
{
    m_derivatives->setToolTip(tr("Draw f′ as a dashed line in the colour of f"));
    m_yAuto->setToolTip(tr("Fit the y range to the visible curves"));
    // Groups that wrap as a whole: "x from … to …" never breaks between its boxes.
    m_flow = new FlowLayout(this, 16);
    m_flow->setContentsMargins(6, 2, 6, 2);
    m_flow->addWidget(m_derivatives);
    m_flow->addWidget(rangeGroup(tr("&x from"), m_xMin, m_xMax, nullptr));
    m_flow->addWidget(rangeGroup(tr("&y from"), m_yMin, m_yMax, m_yAuto));

    connect(m_derivatives, &QCheckBox::toggled, state, &AppState::setShowDerivatives);
    connect(m_xMin, &NumberSpinBox::valueChanged, this, &PlotControls::applyX);
    connect(m_xMax, &NumberSpinBox::valueChanged, this, &PlotControls::applyX);
    connect(m_yMin, &NumberSpinBox::valueChanged, this, &PlotControls::applyY);
    connect(m_yMax, &NumberSpinBox::valueChanged, this, &PlotControls::applyY);
    connect(m_yAuto, &QCheckBox::toggled, this, [this](bool on) {
        // Leaving auto keeps the fitted range on screen as the starting manual range.
        if (on)
            m_state->setYAuto(true);
        else
            applyY();
    });
    connect(state, &AppState::viewChanged, this, &PlotControls::sync);
    connect(state, &AppState::derivativesToggled, this, &PlotControls::sync);
    sync();
}

void PlotControls::applyX()
{
    apply(m_xMin, m_xMax, &AppState::setXRange);
}

void PlotControls::applyY()
{
    apply(m_yMin, m_yMax, &AppState::setYRange);
}

// A range the plot cannot show (reversed, too narrow, too wide) is not applied: the plot keeps
// the last valid one, the boxes say why in their tooltip and go back to it.
void PlotControls::apply(NumberSpinBox *lo, NumberSpinBox *hi, void (AppState::*set)(double, double))
{
    const QString why = AppState::checkRange(lo->value(), hi->value());
    if (!why.isEmpty()) {
        emit rangeRefused(why);
        sync();
        return;
    }
    (m_state->*set)(lo->value(), hi->value());
}

void PlotControls::showFittedRange(double lo, double hi)
{
    // Called after every re-sampling: touch the boxes only when the fit really moved.
    if (!m_state->yAuto() || (m_yMin->value() == lo && m_yMax->value() == hi))
        return;
    const QSignalBlocker b1(m_yMin);
    const QSignalBlocker b2(m_yMax);
    m_yMin->setValue(lo);
    m_yMax->setValue(hi);
}

void PlotControls::sync()
{
    const QSignalBlocker b0(m_derivatives);
    const QSignalBlocker b1(m_xMin);
    const QSignalBlocker b2(m_xMax);
    const QSignalBlocker b3(m_yMin);
    const QSignalBlocker b4(m_yMax);
    const QSignalBlocker b5(m_yAuto);
    m_derivatives->setChecked(m_state->showDerivatives());
    m_xMin->setValue(m_state->xMin());
    m_xMax->setValue(m_state->xMax());
    m_yAuto->setChecked(m_state->yAuto());
    m_yMin->setEnabled(!m_state->yAuto());
    m_yMax->setEnabled(!m_state->yAuto());
    if (!m_state->yAuto()) {
        m_yMin->setValue(m_state->yMin());
        m_yMax->setValue(m_state->yMax());
    }
}
