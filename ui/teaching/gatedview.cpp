// SPDX-License-Identifier: MIT
#include "teaching/gatedview.h"

#include "chart/chartstyle.h"
#include "state/appstate.h"
#include "teaching/gatedchart.h"
#include "text/gatedtext.h"
#include "widgets/valueslider.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

GatedView::GatedView(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_unit(new QComboBox(this))
    , m_range(new ValueSlider(this))
    , m_epsilon(new ValueSlider(this))
    , m_readout(new QLabel(this))
    , m_legend(new QLabel(this))
{
    for (const actviz::GatedUnit &u : actviz::gatedUnits())
        m_unit->addItem(GatedText::choice(u), QString::fromLatin1(u.id.data(), static_cast<qsizetype>(u.id.size())));
    m_unit->setAccessibleName(tr("Gated unit"));
    m_range->setLabel(tr("&Square ±"));
    m_range->setRange(GatedSetup::kMinRange, GatedSetup::kMaxRange, true);
    m_range->setToolTip(tr("a and b both run from −range to range"));
    m_epsilon->setLabel(tr("&ε"));
    m_epsilon->setRange(AppState::kMinEpsilon, AppState::kMaxEpsilon, true);
    m_epsilon->setToolTip(tr("A gradient smaller than ε counts as vanished (the same ε as the function plot’s bands)"));
    for (QLabel *label : {m_readout, m_legend}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *controls = new QHBoxLayout;
    controls->addWidget(unitLabel);
    controls->addWidget(m_unit);
    controls->addWidget(m_range, 1);
    controls->addWidget(m_epsilon, 1);
    auto *maps = new QHBoxLayout;
    const GatedText::Quantity quantities[] = {GatedText::Quantity::Value, GatedText::Quantity::DfDa,
                                              GatedText::Quantity::DfDb};
    for (std::size_t i = 0; i < 3; ++i) {
        m_charts[i] = new GatedChart(state, quantities[i]);
        m_views[i] = ::chartView(m_charts[i], this, QSize(150, 150));
        m_views[i]->setMouseTracking(true);
        maps->addWidget(m_views[i], 1);
        connect(m_charts[i], &GatedChart::hovered, this, &GatedView::probe);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(maps, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_readout);

    connect(m_unit, &QComboBox::activated, this, [this] {
        GatedSetup s = m_state->gatedSetup();
        s.unit = m_unit->currentData().toString();
        m_state->setGatedSetup(s);
    });
    connect(m_range, &ValueSlider::valueChanged, this, [this](double r) {
        GatedSetup s = m_state->gatedSetup();
        s.range = r;
        m_state->setGatedSetup(s);
    });
    connect(m_epsilon, &ValueSlider::valueChanged, state, &AppState::setEpsilon);
    connect(state, &AppState::gatedChanged, this, &GatedView::syncFromState);
    connect(state, &AppState::epsilonChanged, this, &GatedView::syncFromState);
    syncFromState();
}

void GatedView::syncFromState()
{
    const GatedSetup &s = m_state->gatedSetup();
    m_unit->setCurrentIndex(m_unit->findData(s.unit));
    m_range->setValue(s.range);
    m_epsilon->setValue(m_state->epsilon());
    m_legend->setText(GatedText::legendHtml(m_state->epsilon()));
    // A probe outside the new square is gone.
    if (m_probe && (std::abs(m_probe->x()) > s.range || std::abs(m_probe->y()) > s.range))
        m_probe.reset();
    probe(m_probe);
}

void GatedView::probe(std::optional<QPointF> ab)
{
    m_probe = ab;
    for (GatedChart *c : m_charts)
        c->setProbe(ab);
    showReadout();
}

void GatedView::showReadout()
{
    const actviz::GatedUnit &unit = m_state->gatedSetup().gatedUnit();
    if (m_probe)
        m_readout->setText(GatedText::readoutHtml(unit, m_probe->x(), m_probe->y(), m_state->epsilon()));
    else
        m_readout->setText(tr("Point at a map to read <i>f</i> and both partial derivatives there."));
}

void GatedView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        for (GatedChart *c : m_charts)
            c->setStyle(ChartStyle::forScreen());
}
