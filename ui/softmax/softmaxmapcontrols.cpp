// SPDX-License-Identifier: MIT
#include "softmax/softmaxmapcontrols.h"

#include "softmax/softmaxchart.h"
#include "state/appstate.h"
#include "widgets/flowlayout.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace {

constexpr actviz::ProbMap kMaps[] = {actviz::ProbMap::Softmax, actviz::ProbMap::Sparsemax, actviz::ProbMap::Entmax15,
                                     actviz::ProbMap::Softmax1};

// A label and its box, kept together when the row wraps.
QWidget *labelled(QWidget *parent, QLabel *label, QWidget *box)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(label);
    l->addWidget(box);
    label->setBuddy(box);
    return w;
}

} // namespace

SoftmaxMapControls::SoftmaxMapControls(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_map(new QComboBox(this))
    , m_compare(new QComboBox(this))
    , m_topK(new QSpinBox(this))
    , m_topP(new QDoubleSpinBox(this))
    , m_gumbel(new QSpinBox(this))
{
    m_topK->setRange(0, SoftmaxMapping::kMaxTopK);
    m_topP->setRange(SoftmaxMapping::kMinTopP, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setDecimals(2);
    m_gumbel->setRange(-1, static_cast<int>(SoftmaxMapping::kMaxSeed));
    for (QAbstractSpinBox *box : {static_cast<QAbstractSpinBox *>(m_topK), static_cast<QAbstractSpinBox *>(m_topP),
                                  static_cast<QAbstractSpinBox *>(m_gumbel)})
        box->setKeyboardTracking(false);
    auto *flow = new FlowLayout(this, 12);
    flow->setContentsMargins(0, 0, 0, 0);
    const QList<QWidget *> boxes{m_map, m_compare, m_topK, m_topP, m_gumbel};
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        auto *label = new QLabel(this); // its text: retranslate()
        label->setObjectName(QStringLiteral("label%1").arg(i));
        flow->addWidget(labelled(this, label, boxes[i]));
    }
    retranslate();

    connect(m_map, &QComboBox::currentIndexChanged, this, &SoftmaxMapControls::apply);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &SoftmaxMapControls::apply);
    connect(m_topK, &QSpinBox::valueChanged, this, &SoftmaxMapControls::apply);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, &SoftmaxMapControls::apply);
    connect(m_gumbel, &QSpinBox::valueChanged, this, &SoftmaxMapControls::apply);
    connect(state, &AppState::softmaxChanged, this, &SoftmaxMapControls::sync);
    sync();
}

void SoftmaxMapControls::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SoftmaxMapControls::retranslate()
{
    const bool was = m_syncing;
    m_syncing = true;
    m_map->clear();
    m_compare->clear();
    m_compare->addItem(tr("nothing"), QString());
    for (const actviz::ProbMap m : kMaps) {
        const QString data = SoftmaxMapping::idOf(m);
        m_map->addItem(SoftmaxChart::mapName(m), data);
        m_compare->addItem(SoftmaxChart::mapName(m), data);
    }
    m_map->setToolTip(tr("softmax, or an alternative on the same logits: sparsemax (exact zeros), 1.5-entmax (sparse "
                         "and smooth), softmax₁ (may sum to less than 1)"));
    m_compare->setToolTip(tr("A second map drawn beside the first, in green"));
    m_topK->setSpecialValueText(tr("all"));
    m_topK->setToolTip(tr("Only the k largest logits take part (0: all)"));
    m_topP->setToolTip(tr("Nucleus: the most probable entries until they hold p, renormalised (1: all)"));
    m_gumbel->setSpecialValueText(tr("off"));
    m_gumbel->setToolTip(tr("Gumbel-softmax: add Gumbel noise drawn from this seed to z (a sample; lower T for "
                            "nearly one-hot)"));
    const QStringList names{tr("&Map"), tr("Be&side it"), tr("Top-&k"), tr("Top-&p"), tr("&Gumbel seed")};
    for (qsizetype i = 0; i < names.size(); ++i)
        if (auto *label = findChild<QLabel *>(QStringLiteral("label%1").arg(i)))
            label->setText(names[i]);
    m_syncing = was;
    sync();
}

void SoftmaxMapControls::apply()
{
    if (m_syncing || !m_state)
        return;
    SoftmaxMapping m = m_state->softmaxMapping();
    if (const auto map = actviz::probMapFromId(m_map->currentData().toString().toStdString()))
        m.map = *map;
    m.compare = actviz::probMapFromId(m_compare->currentData().toString().toStdString());
    m.topK = m_topK->value();
    m.topP = m_topP->value();
    m.gumbelSeed = m_gumbel->value();
    m_state->setSoftmaxMapping(m);
}

void SoftmaxMapControls::sync()
{
    if (!m_state)
        return;
    const SoftmaxMapping &m = m_state->softmaxMapping();
    m_syncing = true;
    m_map->setCurrentIndex(m_map->findData(SoftmaxMapping::idOf(m.map)));
    m_compare->setCurrentIndex(m_compare->findData(m.compare ? SoftmaxMapping::idOf(*m.compare) : QString()));
    m_topK->setValue(m.topK);
    m_topP->setValue(m.topP);
    m_gumbel->setValue(static_cast<int>(m.gumbelSeed));
    m_syncing = false;
}
