// SPDX-License-Identifier: MIT
#include "widgets/epsiloncontrol.h"

#include "state/appstate.h"
#include "widgets/valueslider.h"

#include <QCheckBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

EpsilonControl::EpsilonControl(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_slider(new ValueSlider(this))
    , m_show(new QCheckBox(tr("&Shade saturated regions"), this))
    , m_all(new QCheckBox(tr("For &every shown function"), this))
{
    m_slider->setLabel(tr("&ε — shade where |f′(x)| < ε"));
    m_slider->setToolTip(tr("Saturated: |f′(x)| < ε (translucent band). Dead: f′(x) = 0 exactly (hatched band)."));
    m_slider->setRange(AppState::kMinEpsilon, AppState::kMaxEpsilon, true);
    m_show->setToolTip(tr("Shade the x-intervals where the current function passes almost no gradient"));
    m_all->setToolTip(tr("Shade the bands of every shown function in its colour, not only the current one"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_show);
    layout->addWidget(m_all);
    layout->addWidget(m_slider);
    connect(m_slider, &ValueSlider::valueChanged, state, &AppState::setEpsilon);
    connect(m_show, &QCheckBox::toggled, state, &AppState::setShowSaturation);
    connect(m_all, &QCheckBox::toggled, state, &AppState::setSaturationForAll);
    connect(state, &AppState::epsilonChanged, this, &EpsilonControl::sync);
    connect(state, &AppState::saturationToggled, this, &EpsilonControl::sync);
    sync();
}

void EpsilonControl::sync()
{
    m_slider->setValue(m_state->epsilon());
    const QSignalBlocker a(m_show);
    const QSignalBlocker b(m_all);
    m_show->setChecked(m_state->showSaturation());
    m_all->setChecked(m_state->saturationForAll());
    m_all->setEnabled(m_state->showSaturation());
    m_slider->setEnabled(m_state->showSaturation());
}
