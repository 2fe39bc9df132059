// SPDX-License-Identifier: MIT
#include "teaching/likelihoodview.h"

#include "chart/chartstyle.h"
#include "state/appstate.h"
#include "teaching/likelihoodchart.h"
#include "text/inputtext.h"
#include "text/readouttext.h"
#include "widgets/errorlabel.h"
#include "widgets/valueslider.h"
#include "widgets/vectorlineedit.h"

#include <QChartView>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

LikelihoodView::LikelihoodView(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_input(new VectorLineEdit(this))
    , m_error(makeErrorLabel(this))
    , m_p(new ValueSlider(this))
    , m_readout(new QLabel(this))
    , m_chart(new LikelihoodChart)
    , m_view(new QChartView(m_chart, this))
{
    m_input->setPlaceholderText(tr("outcomes, e.g. 1,0,1,0,0,0,1,0,0,0"));
    m_input->setToolTip(tr("1 for a success, 0 for a failure, separated by commas or spaces"));
    m_input->setAccessibleName(tr("Outcomes"));
    m_p->setLabel(tr("&Probability p to read out"));
    m_p->setRange(0.0, 1.0, false);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(280, 240);

    auto *form = new QFormLayout;
    auto *inputLabel = new QLabel(tr("&Outcomes:"), this);
    inputLabel->setBuddy(m_input);
    form->addRow(inputLabel, m_input);
    form->addRow(QString(), m_error);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_p);
    layout->addWidget(m_readout);
    layout->addWidget(m_view, 1);

    connect(m_input, &QLineEdit::textEdited, state, &AppState::setOutcomes);
    connect(m_p, &ValueSlider::valueChanged, state, &AppState::setLikelihoodP);
    connect(state, &AppState::likelihoodChanged, this, &LikelihoodView::syncFromState);
    syncFromState();
}

void LikelihoodView::syncFromState()
{
    if (m_input->text() != m_state->outcomes())
        m_input->setText(m_state->outcomes());
    m_p->setValue(m_state->likelihoodP());
    actviz::BernoulliCounts counts;
    const QString error = InputText::outcomesError(m_state->outcomes(), &counts);
    if (!error.isEmpty()) {
        // Keep the last valid chart: a half-typed list must not blank the figure.
        m_error->setText(tr("⚠ %1 The chart still shows the last valid outcomes.").arg(error));
        m_error->show();
    } else {
        m_error->hide();
        if (counts != m_chart->counts())
            m_chart->setCounts(counts);
    }
    m_chart->setProbe(m_state->likelihoodP());
    m_readout->setText(ReadoutText::likelihoodHtml(m_chart->counts(), m_state->likelihoodP()));
}

void LikelihoodView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_chart->setStyle(ChartStyle::forScreen());
}
