// SPDX-License-Identifier: MIT
#include "teaching/lossview.h"

#include "chart/styledchart.h"
#include "state/appstate.h"
#include "teaching/binarylosschart.h"
#include "teaching/crossentropychart.h"
#include "text/inputtext.h"
#include "widgets/adaptivegrid.h"
#include "widgets/errorlabel.h"
#include "widgets/vectorlineedit.h"

#include <QButtonGroup>
#include <QChartView>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// Narrower than this, the binary and multi-class panels stack (their legends need ~440 px each).
constexpr int kTwoColumnWidth = 900;

} // namespace

LossView::LossView(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_one(new QRadioButton(tr("y = &1 (positive)"), this))
    , m_zero(new QRadioButton(tr("y = &0 (negative)"), this))
    , m_vector(new VectorLineEdit(this))
    , m_error(makeErrorLabel(this))
    , m_target(new QSpinBox(this))
    , m_loss(new BinaryLossChart(state, BinaryLossChart::Quantity::Loss))
    , m_gradient(new BinaryLossChart(state, BinaryLossChart::Quantity::Gradient))
    , m_crossEntropy(new CrossEntropyChart(state))
{
    auto *labels = new QButtonGroup(this);
    labels->addButton(m_one, 1);
    labels->addButton(m_zero, 0);
    auto *binary = new QGroupBox(tr("Binary: p = σ(z), label y"), this);
    auto *binaryRow = new QHBoxLayout;
    binaryRow->addWidget(m_one);
    binaryRow->addWidget(m_zero);
    binaryRow->addStretch(1);
    auto *binaryLayout = new QVBoxLayout(binary);
    binaryLayout->addLayout(binaryRow);
    binaryLayout->addWidget(chartView(m_loss, binary, QSize(220, 180)), 1);
    binaryLayout->addWidget(chartView(m_gradient, binary, QSize(220, 180)), 1);

    m_vector->setPlaceholderText(tr("logits, e.g. 2.0, 1.0, 0.1"));
    m_vector->setToolTip(tr("The same vector as the Softmax tab"));
    m_vector->setAccessibleName(tr("Logits"));
    m_target->setMinimum(1);
    m_target->setPrefix(tr("z"));
    m_target->setToolTip(tr("The correct class: its probability should go to 1"));
    auto *multi = new QGroupBox(tr("Multi-class: softmax, target"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Vector z:"), m_vector);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Target class:"), m_target);
    auto *multiLayout = new QVBoxLayout(multi);
    multiLayout->addLayout(form);
    multiLayout->addWidget(chartView(m_crossEntropy, multi, QSize(220, 180)), 1);

    // Side by side on a wide page; stacked, scrolling, on a projector.
    auto *grid = new AdaptiveGrid(kTwoColumnWidth, this);
    grid->addPanel(binary, 1, 700);
    grid->addPanel(multi, 1, 420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(grid);

    connect(labels, &QButtonGroup::idClicked, state, &AppState::setLossLabel);
    connect(m_vector, &QLineEdit::textEdited, state, &AppState::setSoftmaxInput);
    connect(m_target, &QSpinBox::valueChanged, this, [this](int k) { m_state->setLossClass(k - 1); });
    connect(state, &AppState::lossChanged, this, &LossView::sync);
    connect(state, &AppState::softmaxChanged, this, &LossView::sync);
    sync();
}

void LossView::sync()
{
    const QSignalBlocker b1(m_one);
    const QSignalBlocker b2(m_zero);
    const QSignalBlocker b3(m_target);
    (m_state->lossLabel() == 1 ? m_one : m_zero)->setChecked(true);
    if (m_vector->text() != m_state->softmaxInput())
        m_vector->setText(m_state->softmaxInput());
    const QString error = InputText::vectorError(m_state->softmaxInput());
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        m_error->setText(tr("⚠ %1 The chart still shows the last valid vector.").arg(error));
    m_target->setMaximum(static_cast<int>(std::max<Eigen::Index>(1, m_crossEntropy->logits().size())));
    m_target->setValue(static_cast<int>(m_crossEntropy->target()) + 1);
}

void LossView::restyle()
{
    for (StyledChart *chart : {static_cast<StyledChart *>(m_loss), static_cast<StyledChart *>(m_gradient),
                               static_cast<StyledChart *>(m_crossEntropy)})
        chart->setStyle(ChartStyle::forScreen());
}

void LossView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}
