// SPDX-License-Identifier: MIT
#include "widgets/activationstatspanel.h"

#include "activationstats.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"
#include "text/readouttext.h"
#include "widgets/valueslider.h"
#include "widgets/whenshown.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

ActivationStatsPanel::ActivationStatsPanel(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_sigma(new ValueSlider(this))
    , m_table(new QLabel(this))
{
    m_sigma->setLabel(tr("Input spread &σ of X ~ N(0, σ²)"));
    m_sigma->setRange(AppState::kMinSigma, AppState::kMaxSigma, true);
    m_sigma->setToolTip(tr("The standard deviation of the pre-activations fed to the function"));
    m_table->setTextFormat(Qt::RichText);
    m_table->setWordWrap(true);
    m_table->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_table->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sigma);
    layout->addWidget(m_table, 1);
    connect(m_sigma, &ValueSlider::valueChanged, state, &AppState::setStatsSigma);
    connect(state, &AppState::statsSigmaChanged, this, &ActivationStatsPanel::refresh);
    // Hidden (another tab on screen), the table waits until shown: the quadrature and the
    // rich-text layout cost several ms, once per slider step otherwise.
    auto *refreshShown = new WhenShown(this, [this] { refresh(); });
    connect(state, &AppState::epsilonChanged, refreshShown, &WhenShown::request);
    connect(state, &AppState::currentFunctionChanged, refreshShown, &WhenShown::request);
    connect(state, &AppState::paramsChanged, this, [this, refreshShown](const QString &id) {
        if (id == m_state->currentFunction())
            refreshShown->request();
    });
    refresh();
}

void ActivationStatsPanel::refresh()
{
    m_sigma->setValue(m_state->statsSigma());
    const QString id = m_state->currentFunction();
    m_table->setText(
        ReadoutText::activationStatsHtml(id, m_state->params(id), m_state->statsSigma(), m_state->epsilon()));
}

void ActivationStatsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
