// SPDX-License-Identifier: MIT
#include "activationstatspanel.h"

#include "activationstats.h"
#include "appstate.h"
#include "coretext.h"
#include "registry.h"
#include "valueslider.h"
#include "whenshown.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 5);
}

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'g', 4) + QStringLiteral(" %");
}

} // namespace

ActivationStatsPanel::ActivationStatsPanel(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_sigma(new ValueSlider(this))
    , m_table(new QLabel(this))
{
    m_sigma->setLabel(tr("Input spread &σ of X ~ N(0, σ²)"));
    m_sigma->setRange(AppState::kMinSigma, AppState::kMaxSigma, true);
    m_sigma->setToolTip(tr("The standard deviation of the pre-activations fed to the function"));
    m_table->setTextFormat(Qt::RichText);
    m_table->setWordWrap(true);
    m_table->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_table->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sigma);
    layout->addWidget(m_table, 1);
    connect(m_sigma, &ValueSlider::valueChanged, state, &AppState::setStatsSigma);
    connect(state, &AppState::statsSigmaChanged, this, &ActivationStatsPanel::refresh);
    // Hidden (another tab on screen), the table waits until shown: the quadrature and the
    // rich-text layout cost several ms, once per slider step otherwise.
    auto *refreshShown = new WhenShown(this, [this] { refresh(); });
    connect(state, &AppState::epsilonChanged, refreshShown, &WhenShown::request);
    connect(state, &AppState::currentFunctionChanged, refreshShown, &WhenShown::request);
    connect(state, &AppState::paramsChanged, this, [this, refreshShown](const QString &id) {
        if (id == m_state->currentFunction())
            refreshShown->request();
    });
    refresh();
}

QString ActivationStatsPanel::statsHtml(const QString &id, const actviz::Params &params, double sigma, double epsilon)
{
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    if (!a)
        return tr("No function is selected.");
    const auto stats = actviz::activationStats(*a, params, sigma, epsilon);
    const QString name = CoreText::name(*a).toHtmlEscaped();
    if (!stats)
        return tr("<b>%1</b>: the statistics cannot be computed (%2).")
            .arg(name, QString::fromStdString(stats.error()).toHtmlEscaped());
    const actviz::ActivationStats &s = stats.value();
    QString rows;
    auto row = [&rows](const QString &key, const QString &value, const QString &why) {
        rows += QStringLiteral("<tr><td style='padding-right:10px'>%1</td><td align='right' style='padding-right:10px'>"
                               "<b>%2</b></td><td style='color:gray'>%3</td></tr>")
                    .arg(key, value, why);
    };
    row(tr("E[<i>f</i>(<i>X</i>)]"), number(s.mean), tr("0 for a zero-centred output"));
    row(tr("Var[<i>f</i>(<i>X</i>)]"), number(s.variance), QString());
    row(tr("E[<i>f</i>(<i>X</i>)²]"), number(s.meanSquare), tr("carried to the next layer"));
    row(tr("E[<i>f</i>′(<i>X</i>)]"), number(s.meanDerivative), QString());
    row(tr("E[<i>f</i>′(<i>X</i>)²]"), number(s.meanSquareDerivative), tr("scales the gradient² per layer"));
    row(tr("dead, <i>f</i>′ = 0"), percent(s.deadFraction), tr("of the inputs"));
    row(tr("saturated, |<i>f</i>′| &lt; ε"), percent(s.saturatedFraction), tr("ε = %1").arg(number(epsilon)));
    // A layer with weights of variance g²/fan_in keeps E[z²] = σ² forward when g² E[f(X)²] = σ²
    // and keeps the gradient's scale backward when g² E[f′(X)²] = 1: He's √2 for relu.
    if (s.meanSquare > 0 && std::isfinite(s.meanSquare))
        row(tr("forward gain σ/√E[<i>f</i>²]"), number(sigma / std::sqrt(s.meanSquare)), tr("keeps Var[z] = σ²"));
    if (s.meanSquareDerivative > 0 && std::isfinite(s.meanSquareDerivative))
        row(tr("backward gain 1/√E[<i>f</i>′²]"), number(1.0 / std::sqrt(s.meanSquareDerivative)),
            tr("keeps the gradient's scale"));
    const QString method = s.method == actviz::StatsMethod::GaussHermite ? tr("Gauss–Hermite quadrature, 100 nodes")
                                                                          : tr("adaptive Gauss–Kronrod between the kinks");
    return tr("<b>%1</b> with <i>X</i> ~ N(0, %2²)<table style='margin-top:4px'>%3</table>"
              "<p style='color:gray; margin-top:4px'>%4.</p>")
        .arg(name, number(sigma), rows, method);
}

void ActivationStatsPanel::refresh()
{
    m_sigma->setValue(m_state->statsSigma());
    const QString id = m_state->currentFunction();
    m_table->setText(statsHtml(id, m_state->params(id), m_state->statsSigma(), m_state->epsilon()));
}

void ActivationStatsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
