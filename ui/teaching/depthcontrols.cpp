// SPDX-License-Identifier: MIT
#include "teaching/depthcontrols.h"

#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"
#include "widgets/flowlayout.h"
#include "widgets/labelledgroup.h"
#include "widgets/valueslider.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

DepthControls::DepthControls(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_width(new QSpinBox(this))
    , m_depth(new QSpinBox(this))
    , m_init(new QComboBox(this))
    , m_gain(new ValueSlider(this))
    , m_seed(new QSpinBox(this))
    , m_function(new QLabel(this))
{
    m_width->setRange(AppState::kMinDepthWidth, AppState::kMaxDepthWidth);
    m_depth->setRange(AppState::kMinDepthLayers, AppState::kMaxDepthLayers);
    m_seed->setRange(0, AppState::kMaxSeed);
    for (QSpinBox *box : {m_width, m_depth, m_seed})
        box->setKeyboardTracking(false);
    m_width->setToolTip(tr("Units per layer (also the input dimension)"));
    m_depth->setToolTip(tr("Number of layers L"));
    m_seed->setToolTip(tr("The same seed gives the same weights and inputs"));
    m_init->addItem(tr("Xavier"), static_cast<int>(actviz::WeightInit::Xavier));
    m_init->addItem(tr("He"), static_cast<int>(actviz::WeightInit::He));
    m_init->setItemData(0, tr("Var(W) = 1/width (Glorot)"), Qt::ToolTipRole);
    m_init->setItemData(1, tr("Var(W) = 2/width (Kaiming)"), Qt::ToolTipRole);
    m_init->setToolTip(tr("Variance of the Gaussian weights before the gain: Xavier 1/width, He 2/width"));
    m_gain->setLabel(tr("&Gain on the weights' standard deviation"));
    m_gain->setLabelBeside();
    m_gain->setRange(AppState::kMinGain, AppState::kMaxGain, true);
    m_function->setTextFormat(Qt::RichText);

    // One flowing row: at 1024 pixels the last groups wrap to a second row instead of
    // squeezing the gain's slider to its handle.
    auto *flow = new FlowLayout(this, 12);
    flow->setContentsMargins(6, 2, 6, 2);
    flow->addWidget(labelledGroup(this, tr("&Width"), {m_width}));
    flow->addWidget(labelledGroup(this, tr("De&pth L"), {m_depth}));
    flow->addWidget(labelledGroup(this, tr("&Initialisation"), {m_init}));
    flow->addWidget(m_gain);
    flow->addWidget(labelledGroup(this, tr("S&eed"), {m_seed}));
    flow->addWidget(m_function);

    for (QSpinBox *box : {m_width, m_depth, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &DepthControls::apply);
    connect(m_init, &QComboBox::currentIndexChanged, this, &DepthControls::apply);
    connect(m_gain, &ValueSlider::valueChanged, this, &DepthControls::apply);
    connect(state, &AppState::depthConfigChanged, this, &DepthControls::sync);
    connect(state, &AppState::currentFunctionChanged, this, &DepthControls::sync);
    sync();
}

void DepthControls::apply()
{
    actviz::DepthConfig c = m_state->depthConfig();
    c.width = m_width->value();
    c.depth = m_depth->value();
    c.init = static_cast<actviz::WeightInit>(m_init->currentData().toInt());
    c.gain = m_gain->value();
    c.seed = static_cast<std::uint64_t>(m_seed->value());
    m_state->setDepthConfig(c);
}

void DepthControls::sync()
{
    const actviz::DepthConfig &c = m_state->depthConfig();
    const QSignalBlocker b1(m_width);
    const QSignalBlocker b2(m_depth);
    const QSignalBlocker b3(m_init);
    const QSignalBlocker b4(m_seed);
    m_width->setValue(c.width);
    m_depth->setValue(c.depth);
    m_init->setCurrentIndex(m_init->findData(static_cast<int>(c.init)));
    m_seed->setValue(static_cast<int>(c.seed));
    m_gain->setValue(c.gain);
    const actviz::Activation *a = actviz::findActivation(m_state->currentFunction().toStdString());
    const QString name = a ? CoreText::name(*a) : tr("none");
    m_function->setToolTip(tr("The network uses the current function: click another in the list"));
    m_function->setText(
        tr("Activation: <b>%1</b> <span style='color:gray'>(the current function)</span>").arg(name.toHtmlEscaped()));
}
