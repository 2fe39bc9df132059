// SPDX-License-Identifier: MIT
#include "widgets/preactivationcontrols.h"

#include "state/appstate.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>

PreactivationControls::PreactivationControls(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_toggle(new QCheckBox(this))
    , m_mu(new QDoubleSpinBox(this))
    , m_sigma(new QDoubleSpinBox(this))
{
    m_mu->setRange(-AppState::kMaxMu, AppState::kMaxMu);
    m_mu->setSingleStep(0.25);
    m_mu->setDecimals(2);
    m_mu->setPrefix(QStringLiteral("μ = "));
    m_sigma->setRange(AppState::kMinSigma, AppState::kMaxSigma);
    m_sigma->setSingleStep(0.1);
    m_sigma->setDecimals(2);
    m_sigma->setPrefix(QStringLiteral("σ = "));
    for (QDoubleSpinBox *box : {m_mu, m_sigma})
        box->setKeyboardTracking(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_mu);
    layout->addWidget(m_sigma);
    retranslate();
    connect(m_toggle, &QCheckBox::toggled, state, &AppState::setPreactivationShown);
    connect(m_mu, &QDoubleSpinBox::valueChanged, state, &AppState::setStatsMu);
    connect(m_sigma, &QDoubleSpinBox::valueChanged, state, &AppState::setStatsSigma);
    connect(state, &AppState::preactivationChanged, this, &PreactivationControls::sync);
    sync();
}

void PreactivationControls::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PreactivationControls::retranslate()
{
    m_toggle->setText(tr("&Pre-activations X ~ N(μ, σ²)"));
    m_toggle->setToolTip(tr("Draw the distribution of the inputs under the curves, with how much of it the current "
                            "function leaves dead (f′ = 0) or saturated (|f′| < ε), and E[f(X)], Var[f(X)]"));
    m_mu->setToolTip(tr("Mean μ of the pre-activations (a bias shifts it)"));
    m_sigma->setToolTip(tr("Standard deviation σ (shared with the depth view's activation statistics)"));
}

void PreactivationControls::sync()
{
    if (!m_state)
        return;
    const QSignalBlocker a(m_toggle);
    const QSignalBlocker b(m_mu);
    const QSignalBlocker c(m_sigma);
    m_toggle->setChecked(m_state->preactivationShown());
    m_mu->setValue(m_state->statsMu());
    m_sigma->setValue(m_state->statsSigma());
    m_mu->setEnabled(m_state->preactivationShown());
    m_sigma->setEnabled(m_state->preactivationShown());
}
