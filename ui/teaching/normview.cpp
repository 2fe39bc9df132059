// SPDX-License-Identifier: MIT
#include "teaching/normview.h"

#include "chart/chartstyle.h"
#include "state/appstate.h"
#include "teaching/normchart.h"
#include "text/normtext.h"
#include "widgets/valueslider.h"

#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

NormView::NormView(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_seed(new QSpinBox(this))
    , m_outliers(new QSpinBox(this))
    , m_alpha(new ValueSlider(this))
    , m_gamma(new ValueSlider(this))
    , m_fit(new QPushButton(tr("&Fit"), this))
    , m_chart(new NormChart(state))
    , m_view(::chartView(m_chart, this, QSize(320, 240)))
    , m_readout(new QLabel(this))
    , m_note(new QLabel(this))
{
    m_seed->setRange(0, static_cast<int>(std::min<std::int64_t>(NormSetup::kMaxSeed, std::numeric_limits<int>::max())));
    m_seed->setToolTip(tr("The seed of the synthetic batch of tokens: the same seed draws the same batch"));
    m_outliers->setRange(0, NormSetup::kMaxOutliers);
    m_outliers->setSpecialValueText(tr("none"));
    m_outliers->setToolTip(tr("Channels with a large value of a fixed sign in every token, like the massive "
                              "activations of trained transformers"));
    m_alpha->setLabel(tr("&α"));
    m_alpha->setRange(NormSetup::kMinAlpha, NormSetup::kMaxAlpha, true);
    m_alpha->setToolTip(tr("DyT’s steepness α: tanh(αx) bends at about |x| = 1/α"));
    m_gamma->setLabel(tr("&γ"));
    m_gamma->setRange(NormSetup::kMinGamma, NormSetup::kMaxGamma, true);
    m_gamma->setToolTip(tr("DyT’s scale γ: the height of tanh’s shoulders"));
    m_fit->setToolTip(tr("Set α and γ to the least-squares fit of γ·tanh(αx) to LayerNorm’s outputs"));
    for (QLabel *label : {m_readout, m_note}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *seedLabel = new QLabel(tr("&Seed:"), this);
    seedLabel->setBuddy(m_seed);
    auto *outliersLabel = new QLabel(tr("&Outlier channels:"), this);
    outliersLabel->setBuddy(m_outliers);
    // Two rows: in one, the sliders would make the page wider than a 1024-pixel window.
    auto *batch = new QHBoxLayout;
    batch->addWidget(seedLabel);
    batch->addWidget(m_seed);
    batch->addSpacing(12);
    batch->addWidget(outliersLabel);
    batch->addWidget(m_outliers);
    batch->addStretch(1);
    batch->addWidget(m_fit);
    auto *curve = new QHBoxLayout;
    curve->addWidget(m_alpha, 1);
    curve->addWidget(m_gamma, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(batch);
    layout->addLayout(curve);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_readout);
    layout->addWidget(m_note);

    connect(m_seed, &QSpinBox::valueChanged, this, [this](int v) {
        NormSetup s = m_state->normSetup();
        s.seed = v;
        m_state->setNormSetup(s);
    });
    connect(m_outliers, &QSpinBox::valueChanged, this, [this](int v) {
        NormSetup s = m_state->normSetup();
        s.outliers = v;
        m_state->setNormSetup(s);
    });
    connect(m_alpha, &ValueSlider::valueChanged, this, [this](double v) {
        NormSetup s = m_state->normSetup();
        s.alpha = v;
        m_state->setNormSetup(s);
    });
    connect(m_gamma, &ValueSlider::valueChanged, this, [this](double v) {
        NormSetup s = m_state->normSetup();
        s.gamma = v;
        m_state->setNormSetup(s);
    });
    connect(m_fit, &QPushButton::clicked, this, &NormView::fit);
    // The chart connected to normChanged first, so its data are current when this runs.
    connect(state, &AppState::normChanged, this, &NormView::syncFromState);
    syncFromState();
}

void NormView::fit()
{
    m_state->setNormSetup(m_chart->data().fitted(m_state->normSetup()));
}

void NormView::syncFromState()
{
    const NormSetup &s = m_state->normSetup();
    {
        const QSignalBlocker a(m_seed);
        const QSignalBlocker b(m_outliers);
        m_seed->setValue(static_cast<int>(s.seed));
        m_outliers->setValue(s.outliers);
    }
    m_alpha->setValue(s.alpha);
    m_gamma->setValue(s.gamma);
    const NormData &d = m_chart->data();
    m_readout->setText(
        NormText::readoutHtml(d.residualRms(s), d.fit.residualRms, d.fit.alpha, d.fit.gamma, d.fit.outputRms));
    m_note->setText(NormText::noteHtml(s.outliers));
}

void NormView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_chart->setStyle(ChartStyle::forScreen());
}
