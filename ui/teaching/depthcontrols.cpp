// SPDX-License-Identifier: MIT
#include "teaching/depthcontrols.h"

#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"
#include "widgets/valueslider.h"

#include <QComboBox>
#include <QGridLayout>
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
    m_function->setWordWrap(true);
    m_gain->setLabel(tr("&Gain on the weights' standard deviation"));
    m_gain->setRange(AppState::kMinGain, AppState::kMaxGain, true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 2, 6, 2);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Width"), m_width), 0, 0);
    grid->addWidget(m_width, 1, 0);
    grid->addWidget(label(tr("De&pth L"), m_depth), 0, 1);
    grid->addWidget(m_depth, 1, 1);
    grid->addWidget(label(tr("&Initialisation"), m_init), 0, 2);
    grid->addWidget(m_init, 1, 2);
    grid->addWidget(m_gain, 0, 3, 2, 1);
    grid->addWidget(label(tr("S&eed"), m_seed), 0, 4);
    grid->addWidget(m_seed, 1, 4);
    grid->addWidget(m_function, 0, 5, 2, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

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
    m_function->setText(tr("Activation: <b>%1</b><br><span style='color:gray'>(the current function)</span>")
                            .arg(name.toHtmlEscaped()));
}
