// SPDX-License-Identifier: MIT
#include "softmax/softmaxview.h"

#include "chart/chartstyle.h"
#include "probmaps.h"
#include "softmax.h"
#include "softmax/jacobianheatmap.h"
#include "softmax/softmaxchart.h"
#include "softmax/softmaxmapcontrols.h"
#include "state/appstate.h"
#include "text/inputtext.h"
#include "vectorparser.h"
#include "widgets/errorlabel.h"
#include "widgets/valueslider.h"
#include "widgets/vectorlineedit.h"

#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

SoftmaxView::SoftmaxView(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_input(new VectorLineEdit(this))
    , m_error(makeErrorLabel(this))
    , m_temperature(new ValueSlider(this))
    , m_log(new QCheckBox(tr("&Log-softmax"), this))
    , m_mapControls(new SoftmaxMapControls(state, this))
    , m_jacobianTitle(new QLabel(this))
    , m_chart(new SoftmaxChart)
    , m_view(new QChartView(m_chart, this))
    , m_heatmap(new JacobianHeatmap(this))
    , m_summary(new QLabel(this))
{
    m_input->setPlaceholderText(tr("logits, e.g. 2.0, 1.0, 0.1"));
    m_input->setToolTip(tr("Numbers separated by commas, semicolons or spaces; -inf masks an entry"));
    m_input->setAccessibleName(tr("Logits"));
    m_temperature->setLabel(tr("&Temperature T (softmax of z/T)"));
    m_temperature->setRange(AppState::kMinTemperature, AppState::kMaxTemperature, true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 240);
    m_view->setFrameShape(QFrame::NoFrame);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *inputLabel = new QLabel(tr("&Vector z:"), this);
    inputLabel->setBuddy(m_input);
    form->addRow(inputLabel, m_input);
    form->addRow(QString(), m_error);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_temperature, 1);
    controls->addSpacing(16);
    controls->addWidget(m_log);
    auto *heatmapBox = new QWidget(this);
    auto *heatmapLayout = new QVBoxLayout(heatmapBox);
    heatmapLayout->setContentsMargins(0, 0, 0, 0);
    m_jacobianTitle->setWordWrap(true);
    heatmapLayout->addWidget(m_jacobianTitle);
    heatmapLayout->addWidget(m_heatmap, 1);
    heatmapLayout->addWidget(m_summary);
    // The bars take what the square heatmap leaves.
    heatmapBox->setMaximumWidth(380);
    heatmapBox->setMinimumWidth(200);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(heatmapBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(controls);
    layout->addWidget(m_mapControls);
    layout->addWidget(split, 1);

    connect(m_input, &QLineEdit::textEdited, this, &SoftmaxView::onTextEdited);
    connect(m_temperature, &ValueSlider::valueChanged, state, &AppState::setTemperature);
    connect(m_log, &QCheckBox::toggled, state, &AppState::setLogSoftmax);
    connect(state, &AppState::softmaxChanged, this, &SoftmaxView::syncFromState);
    syncFromState();
}

void SoftmaxView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Follow the system's light or dark palette like the function plot does.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_chart->setStyle(ChartStyle::forScreen());
}

void SoftmaxView::onTextEdited(const QString &text)
{
    m_state->setSoftmaxInput(text);
}

void SoftmaxView::syncFromState()
{
    if (m_input->text() != m_state->softmaxInput())
        m_input->setText(m_state->softmaxInput());
    m_temperature->setValue(m_state->temperature());
    {
        const QSignalBlocker b(m_log);
        m_log->setChecked(m_state->logSoftmax());
    }
    // Log-softmax is softmax's own; the alternatives are drawn as probabilities.
    m_log->setEnabled(m_state->softmaxMapping().isPlainSoftmax());
    Eigen::VectorXd parsed;
    const QString error = InputText::vectorError(m_state->softmaxInput(), &parsed);
    if (!error.isEmpty()) {
        // Keep the last valid chart: a half-typed vector must not blank the figure.
        m_error->setText(tr("⚠ %1 The chart still shows the last valid vector.").arg(error));
        m_error->show();
        if (m_logits.size() != 0 && m_shownTemperature == m_state->temperature() &&
            m_shownLog == m_state->logSoftmax() && m_shownMapping == m_state->softmaxMapping())
            return; // nothing the chart shows has changed
        if (m_logits.size() == 0)
            m_logits = (Eigen::VectorXd(3) << 2.0, 1.0, 0.1).finished();
    } else {
        m_error->hide();
        m_logits = parsed;
    }
    recompute();
}

void SoftmaxView::recompute()
{
    const double t = m_state->temperature();
    const SoftmaxMapping &mapping = m_state->softmaxMapping();
    m_shownTemperature = t;
    m_shownLog = m_state->logSoftmax();
    m_shownMapping = mapping;
    if (!m_chart->setInput(m_logits, t, m_state->logSoftmax(), mapping))
        return;
    const bool plain = mapping.isPlainSoftmax();
    m_jacobianTitle->setText(
        plain ? tr("<b>Jacobian</b> ∂s<sub>i</sub>/∂z<sub>j</sub> = (diag(s) − s·sᵀ)/T")
              : tr("<b>Jacobian</b> ∂p<sub>i</sub>/∂z<sub>j</sub> of %1 = (diag(q) − q·qᵀ/Σq)/T on the support")
                    .arg(SoftmaxChart::mapName(mapping.map).toHtmlEscaped()));
    // Up to the parser's 1000 entries: an 8 MB matrix and about a millisecond in core, written
    // into the storage of the one shown before last.
    const auto mapped = actviz::probabilities(m_logits, mapping.options(mapping.map, t), m_spareJacobian);
    if (mapped)
        m_spareJacobian = m_heatmap->exchangeMatrix(std::move(m_spareJacobian));
    else
        m_heatmap->setMatrix(Eigen::MatrixXd());
    if (!mapped)
        return;
    Eigen::Index k = 0;
    mapped->p.maxCoeff(&k);
    m_summary->setText(plain ? tr("%1 entries · argmax z%2 with s = %3 · T = %4")
                                   .arg(m_logits.size())
                                   .arg(k + 1)
                                   .arg(mapped->p[k], 0, 'g', 4)
                                   .arg(t, 0, 'g', 3)
                             : tr("%1 entries · support %2 · argmax z%3 with p = %4 · sum %5 · T = %6")
                                   .arg(m_logits.size())
                                   .arg(mapped->support)
                                   .arg(k + 1)
                                   .arg(mapped->p[k], 0, 'g', 4)
                                   .arg(mapped->p.sum(), 0, 'g', 6)
                                   .arg(t, 0, 'g', 3));
}
