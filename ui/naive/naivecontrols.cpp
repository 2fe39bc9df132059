// SPDX-License-Identifier: MIT
#include "naive/naivecontrols.h"

#include "state/appstate.h"
#include "text/precisionnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

NaiveControls::NaiveControls(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_toggle(new QCheckBox(tr("&Naive formulas in"), this))
    , m_precision(new QComboBox(this))
{
    m_toggle->setToolTip(tr("Also evaluate the textbook formulas as written — 1/(1 + e^−x), (eˣ − e^−x)/(eˣ + e^−x), "
                            "ln(1 + eˣ), softmax without subtracting the maximum — and mark where they overflow, "
                            "give NaN, underflow or lose their digits") +
                         QLatin1Char(' ') +
                         tr("With the derivatives shown, f′ too, as σ(1 − σ), 1 − tanh² and eˣ/(1 + eˣ)."));
    for (const actviz::Precision p : PrecisionNames::kAll)
        m_precision->addItem(PrecisionNames::name(p), static_cast<int>(p));
    m_precision->setAccessibleName(tr("Precision of the naive formulas"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_precision);
    connect(m_toggle, &QCheckBox::toggled, state, &AppState::setNaiveOverlay);
    connect(m_precision, &QComboBox::currentIndexChanged, this,
            [this] { m_state->setNaivePrecision(static_cast<actviz::Precision>(m_precision->currentData().toInt())); });
    connect(state, &AppState::naiveChanged, this, &NaiveControls::sync);
    sync();
}

void NaiveControls::sync()
{
    const QSignalBlocker a(m_toggle);
    const QSignalBlocker b(m_precision);
    m_toggle->setChecked(m_state->naiveOverlay());
    m_precision->setCurrentIndex(m_precision->findData(static_cast<int>(m_state->naivePrecision())));
}
