// SPDX-License-Identifier: MIT
#include "widgets/parameterpanel.h"

#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"
#include "widgets/paueditor.h"
#include "widgets/valueslider.h"
#include "widgets/wrappedlabel.h"

#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

ParameterPanel::ParameterPanel(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_title(new WrappedLabel(this))
    , m_alpha(new ValueSlider(this))
    , m_beta(new ValueSlider(this))
    , m_alphaHint(new WrappedLabel(this))
    , m_betaHint(new WrappedLabel(this))
    , m_pau(new PauEditor(state, this))
    , m_reset(new QPushButton(tr("&Reset parameters"), this))
{
    m_title->setWordWrap(true);
    for (QLabel *hint : {m_alphaHint, m_betaHint}) {
        hint->setWordWrap(true);
        QFont f = hint->font();
        f.setItalic(true);
        hint->setFont(f);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    m_reset->setToolTip(tr("Restore the default α and β of the current function"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_alpha);
    layout->addWidget(m_alphaHint);
    layout->addWidget(m_beta);
    layout->addWidget(m_betaHint);
    layout->addWidget(m_pau);
    layout->addWidget(m_reset, 0, Qt::AlignLeft);

    connect(m_alpha, &ValueSlider::valueChanged, this,
            [this](double v) { m_state->setParam(m_state->currentFunction(), actviz::ParamId::Alpha, v); });
    connect(m_beta, &ValueSlider::valueChanged, this,
            [this](double v) { m_state->setParam(m_state->currentFunction(), actviz::ParamId::Beta, v); });
    connect(m_reset, &QPushButton::clicked, this, [this] { m_state->resetParams(m_state->currentFunction()); });
    connect(state, &AppState::currentFunctionChanged, this, &ParameterPanel::rebind);
    connect(state, &AppState::paramsChanged, this, [this](const QString &id) {
        if (id != m_state->currentFunction())
            return;
        // A typed formula that starts or stops using α or β needs its sliders shown or hidden.
        const actviz::Activation *a = actviz::findActivation(id.toStdString());
        if (a && (a->params[0].used != m_alpha->isEnabledTo(this) || a->params[1].used != m_beta->isEnabledTo(this)))
            rebind();
        else
            showValues();
    });
    rebind();
}

ValueSlider *ParameterPanel::slider(actviz::ParamId which) const
{
    return which == actviz::ParamId::Alpha ? m_alpha : m_beta;
}

void ParameterPanel::bindOne(ValueSlider *s, QLabel *hint, const actviz::ParamSpec &spec, const QString &symbol)
{
    // An unused parameter takes no room (the dock must fit a 1024×700 projector).
    s->setEnabled(spec.used);
    s->setVisible(spec.used);
    hint->setVisible(spec.used);
    if (!spec.used) {
        s->setLabel(symbol);
        s->setRange(0.0, 1.0, false);
        return;
    }
    s->setLabel(tr("%1 — %2").arg(symbol, CoreText::text(spec.meaning)));
    s->setRange(spec.min, spec.max, spec.logScale);
    const QString scale = spec.logScale ? tr("log scale") : tr("linear");
    QString info = tr("default %1, slider %2 … %3 (%4)")
                       .arg(spec.defaultValue, 0, 'g', 4)
                       .arg(spec.min, 0, 'g', 4)
                       .arg(spec.max, 0, 'g', 4)
                       .arg(scale);
    if (!spec.domain.empty())
        info += tr("; valid: %1").arg(CoreText::text(spec.domain));
    hint->setText(info);
    hint->show();
}

void ParameterPanel::rebind()
{
    const actviz::Activation *a = actviz::findActivation(m_state->currentFunction().toStdString());
    if (!a) {
        m_title->setText(tr("No function selected."));
        m_pau->hide();
        m_alpha->setEnabled(false);
        m_beta->setEnabled(false);
        m_reset->setEnabled(false);
        return;
    }
    m_title->setText(tr("Parameters of <b>%1</b>").arg(CoreText::name(*a).toHtmlEscaped()));
    bindOne(m_alpha, m_alphaHint, a->param(actviz::ParamId::Alpha), tr("α"));
    bindOne(m_beta, m_betaHint, a->param(actviz::ParamId::Beta), tr("β"));
    const bool pau = a->id == "pau";
    m_pau->setVisible(pau);
    if (!a->params[0].used && !a->params[1].used && !pau) {
        m_alphaHint->setText(tr("This function has no parameters α, β."));
        m_alphaHint->show();
    }
    m_reset->setEnabled(a->params[0].used || a->params[1].used || pau);
    showValues();
}

void ParameterPanel::showValues()
{
    const actviz::Activation *a = actviz::findActivation(m_state->currentFunction().toStdString());
    if (!a)
        return;
    const actviz::Params p = m_state->params(m_state->currentFunction());
    if (a->params[0].used)
        m_alpha->setValue(p.alpha);
    if (a->params[1].used)
        m_beta->setValue(p.beta);
}
