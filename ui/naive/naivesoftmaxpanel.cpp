// SPDX-License-Identifier: MIT
#include "naive/naivesoftmaxpanel.h"

#include "naive/naivecontrols.h"
#include "naivenumerics.h"
#include "state/appstate.h"
#include "text/readouttext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

NaiveSoftmaxPanel::NaiveSoftmaxPanel(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_controls(new NaiveControls(state, this))
    , m_table(new QLabel(this))
{
    m_table->setTextFormat(Qt::RichText);
    m_table->setWordWrap(true);
    m_table->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_controls);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_table);
    connect(state, &AppState::naiveChanged, this, &NaiveSoftmaxPanel::refresh);
    connect(state, &AppState::softmaxChanged, this, &NaiveSoftmaxPanel::refresh);
    refresh();
}

void NaiveSoftmaxPanel::refresh()
{
    const bool on = m_state->naiveOverlay();
    m_table->setVisible(on);
    if (!on)
        return;
    const QString html =
        ReadoutText::naiveSoftmaxHtml(m_state->softmaxInput(), m_state->naivePrecision());
    m_table->setText(html.isEmpty() ? tr("The naive softmax needs a valid vector.") : html);
}
