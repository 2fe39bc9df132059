// SPDX-License-Identifier: MIT
#include "teaching/trainingcontrols.h"

#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"
#include "widgets/flowlayout.h"
#include "widgets/labelledgroup.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace {

// A label, a slider and a box as one group of the flowing rows, the slider kept in step with the
// box. The slider moves on a log scale when log is set (the learning rate spans five decades).
QWidget *slid(QWidget *parent, const QString &label, QDoubleSpinBox *box, bool log)
{
    auto *g = labelledGroup(parent, label, {box});
    auto *slider = new QSlider(Qt::Horizontal, g);
    slider->setRange(0, 1000);
    slider->setMinimumWidth(90);
    static_cast<QHBoxLayout *>(g->layout())->insertWidget(1, slider);
    const auto toSlider = [box, log](double v) {
        const double lo = log ? std::log10(box->minimum()) : box->minimum();
        const double hi = log ? std::log10(box->maximum()) : box->maximum();
        const double t = ((log ? std::log10(std::max(v, box->minimum())) : v) - lo) / (hi - lo);
        return static_cast<int>(std::lround(1000.0 * std::clamp(t, 0.0, 1.0)));
    };
    QObject::connect(slider, &QSlider::valueChanged, box, [box, log](int pos) {
        const double lo = log ? std::log10(box->minimum()) : box->minimum();
        const double hi = log ? std::log10(box->maximum()) : box->maximum();
        const double v = lo + (hi - lo) * pos / 1000.0;
        box->setValue(log ? std::pow(10.0, v) : v);
    });
    QObject::connect(box, &QDoubleSpinBox::valueChanged, slider, [slider, toSlider](double v) {
        const QSignalBlocker blocker(slider);
        slider->setValue(toSlider(v));
    });
    slider->setValue(toSlider(box->value()));
    return g;
}

QWidget *slid(QWidget *parent, const QString &label, QSpinBox *box)
{
    auto *g = labelledGroup(parent, label, {box});
    auto *slider = new QSlider(Qt::Horizontal, g);
    slider->setRange(box->minimum(), box->maximum());
    slider->setMinimumWidth(90);
    static_cast<QHBoxLayout *>(g->layout())->insertWidget(1, slider);
    QObject::connect(slider, &QSlider::valueChanged, box, &QSpinBox::setValue);
    QObject::connect(box, &QSpinBox::valueChanged, slider, [slider](int v) {
        const QSignalBlocker blocker(slider);
        slider->setValue(v);
    });
    slider->setValue(box->value());
    return g;
}

} // namespace

TrainingControls::TrainingControls(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_dataset(new QComboBox(this))
    , m_samples(new QSpinBox(this))
    , m_noise(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_layers(new QSpinBox(this))
    , m_units(new QSpinBox(this))
    , m_init(new QComboBox(this))
    , m_optimizer(new QComboBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_batch(new QSpinBox(this))
    , m_epochs(new QSpinBox(this))
    , m_speed(new QComboBox(this))
    , m_play(new QPushButton(tr("&Play"), this))
    , m_step(new QPushButton(tr("S&tep"), this))
    , m_reset(new QPushButton(tr("&Reset"), this))
    , m_function(new QLabel(this))
{
    m_dataset->addItem(tr("XOR"), static_cast<int>(actviz::ToyDataset::Xor));
    m_dataset->addItem(tr("Two circles"), static_cast<int>(actviz::ToyDataset::Circles));
    m_dataset->addItem(tr("Two spirals"), static_cast<int>(actviz::ToyDataset::Spirals));
    m_dataset->addItem(tr("Gaussian blobs"), static_cast<int>(actviz::ToyDataset::Blobs));
    m_dataset->addItem(tr("Two moons"), static_cast<int>(actviz::ToyDataset::Moons));
    m_samples->setRange(actviz::kMinToySamples, actviz::kMaxToySamples);
    m_samples->setSingleStep(20);
    m_noise->setRange(0.0, actviz::kMaxToyNoise);
    m_noise->setSingleStep(0.05);
    m_noise->setDecimals(2);
    m_seed->setRange(0, AppState::kMaxSeed);
    m_seed->setToolTip(tr("The same seed gives the same points, weights and mini-batches"));
    m_layers->setRange(1, actviz::kMaxMlpLayers);
    m_units->setRange(1, actviz::kMaxMlpUnits);
    m_layers->setObjectName(QStringLiteral("layers"));
    m_units->setObjectName(QStringLiteral("units"));
    m_init->addItem(tr("Xavier"), static_cast<int>(actviz::MlpInit::Xavier));
    m_init->addItem(tr("He"), static_cast<int>(actviz::MlpInit::He));
    m_optimizer->addItem(tr("Adam"), static_cast<int>(actviz::MlpOptimizer::Adam));
    m_optimizer->addItem(tr("SGD"), static_cast<int>(actviz::MlpOptimizer::Sgd));
    m_rate->setRange(TrainingSetup::kMinLearningRate, TrainingSetup::kMaxLearningRate);
    m_rate->setDecimals(4);
    m_rate->setSingleStep(0.005);
    m_batch->setRange(0, actviz::kMaxToySamples);
    m_batch->setSpecialValueText(tr("full"));
    m_batch->setToolTip(tr("Rows per update; “full” uses the whole training set"));
    m_epochs->setRange(TrainingSetup::kMinEpochs, TrainingSetup::kMaxEpochs);
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_epochs->setToolTip(tr("An exported figure (File → Export, actviz export) trains afresh from the seed for this "
                            "many epochs, so the same lesson always gives the same figure"));
    for (QSpinBox *box : {m_samples, m_seed, m_layers, m_units, m_batch, m_epochs})
        box->setKeyboardTracking(false);
    m_noise->setKeyboardTracking(false);
    m_rate->setKeyboardTracking(false);
    m_speed->addItem(tr("slow (20 steps/s)"), 20);
    m_speed->addItem(tr("watch (200 steps/s)"), 200);
    m_speed->addItem(tr("fast (2000 steps/s)"), 2000);
    m_speed->addItem(tr("as fast as possible"), 0);
    m_speed->setCurrentIndex(1);
    m_speed->setToolTip(tr("How fast the network learns on screen"));
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Train continuously (a worker thread; the window stays responsive)"));
    m_step->setToolTip(tr("One update"));
    m_reset->setToolTip(tr("New weights from the seed, step 0"));
    m_function->setTextFormat(Qt::RichText);

    auto *flow = new FlowLayout(this, 12);
    flow->setContentsMargins(6, 2, 6, 2);
    flow->addWidget(labelledGroup(this, tr("&Data"), {m_dataset}));
    flow->addWidget(slid(this, tr("Sa&mples"), m_samples));
    flow->addWidget(slid(this, tr("&Noise"), m_noise, false));
    flow->addWidget(labelledGroup(this, tr("S&eed"), {m_seed}));
    flow->addWidget(labelledGroup(this, tr("Hidden &layers"), {m_layers}));
    flow->addWidget(labelledGroup(this, tr("&Units"), {m_units}));
    flow->addWidget(labelledGroup(this, tr("&Init"), {m_init}));
    flow->addWidget(labelledGroup(this, tr("&Optimiser"), {m_optimizer}));
    flow->addWidget(slid(this, tr("Le&arning rate"), m_rate, true));
    flow->addWidget(labelledGroup(this, tr("&Batch"), {m_batch}));
    flow->addWidget(labelledGroup(this, tr("Export epochs"), {m_epochs}));
    flow->addWidget(labelledGroup(this, tr("Speed"), {m_speed}));
    flow->addWidget(m_play);
    flow->addWidget(m_step);
    flow->addWidget(m_reset);
    flow->addWidget(m_function);

    for (QSpinBox *box : {m_samples, m_seed, m_layers, m_units, m_batch, m_epochs})
        connect(box, &QSpinBox::valueChanged, this, &TrainingControls::apply);
    for (QDoubleSpinBox *box : {m_noise, m_rate})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingControls::apply);
    for (QComboBox *box : {m_dataset, m_init, m_optimizer})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingControls::apply);
    connect(m_play, &QPushButton::toggled, this, [this](bool on) { m_play->setText(on ? tr("&Pause") : tr("&Play")); });
    connect(state, &AppState::trainingChanged, this, &TrainingControls::sync);
    connect(state, &AppState::currentFunctionChanged, this, &TrainingControls::sync);
    sync();
}

void TrainingControls::apply()
{
    if (m_syncing)
        return;
    TrainingSetup s = m_state->trainingSetup();
    s.data.kind = static_cast<actviz::ToyDataset>(m_dataset->currentData().toInt());
    s.data.samples = m_samples->value();
    s.data.noise = m_noise->value();
    s.data.seed = static_cast<std::uint64_t>(m_seed->value());
    // One box sets every layer's width; a lesson's uneven widths ([16, 16, 4]) stay until it is
    // edited, and another layer takes the last one's width.
    const auto layers = static_cast<size_t>(m_layers->value());
    if (s.net.hidden.empty() || m_units->value() != s.net.hidden.front())
        s.net.hidden.assign(layers, m_units->value());
    else
        s.net.hidden.resize(layers, s.net.hidden.back());
    s.net.init = static_cast<actviz::MlpInit>(m_init->currentData().toInt());
    s.net.optimizer = static_cast<actviz::MlpOptimizer>(m_optimizer->currentData().toInt());
    s.net.learningRate = m_rate->value();
    s.net.batchSize = m_batch->value();
    s.epochs = m_epochs->value();
    m_state->setTrainingSetup(s);
}

void TrainingControls::sync()
{
    const TrainingSetup &s = m_state->trainingSetup();
    // Not blocked: the sliders beside the boxes follow; apply() ignores what sync() sets.
    m_syncing = true;
    m_dataset->setCurrentIndex(m_dataset->findData(static_cast<int>(s.data.kind)));
    m_samples->setValue(s.data.samples);
    m_noise->setValue(s.data.noise);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(s.data.seed, AppState::kMaxSeed)));
    m_layers->setValue(static_cast<int>(s.net.hidden.size()));
    m_units->setValue(s.net.hidden.empty() ? 1 : s.net.hidden.front());
    QStringList widths;
    for (const int units : s.net.hidden)
        widths.append(QString::number(units));
    m_units->setToolTip(
        tr("Units in each hidden layer, now [%1]; a change sets every layer").arg(widths.join(QStringLiteral(", "))));
    m_init->setCurrentIndex(m_init->findData(static_cast<int>(s.net.init)));
    m_optimizer->setCurrentIndex(m_optimizer->findData(static_cast<int>(s.net.optimizer)));
    m_rate->setValue(s.net.learningRate);
    m_batch->setMaximum(s.data.samples);
    m_batch->setValue(s.net.batchSize);
    m_epochs->setValue(s.epochs);
    const actviz::Activation *a = actviz::findActivation(m_state->currentFunction().toStdString());
    m_syncing = false;
    m_function->setText(a ? tr("Activation: <b>%1</b> (the current function)").arg(CoreText::name(*a).toHtmlEscaped())
                          : tr("Choose an activation in the function list."));
}
