// SPDX-License-Identifier: MIT
#include "widgets/propertiespanel.h"

#include "customactivation.h"
#include "paramproperties.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"
#include "text/exprtext.h"
#include "widgets/wrappedlabel.h"

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace {

QString html(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())).toHtmlEscaped();
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

QString bound(double v)
{
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return number(v).replace(QLatin1Char('-'), QStringLiteral("−")); // as the descriptors write ranges
}

} // namespace

PropertiesPanel::PropertiesPanel(AppState *state, QWidget *parent, bool fillLater)
    : QWidget(parent)
    , m_state(state)
    , m_label(new WrappedLabel(this))
    , m_slope(new QLabel(this))
{
    m_slope->setTextFormat(Qt::PlainText);
    m_slope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slope);
    layout->addWidget(m_label);
    layout->addStretch(1);
    connect(state, &AppState::currentFunctionChanged, this, &PropertiesPanel::refresh);
    // The f′(0) line above the table on every step; the table once the drag pauses for
    // kTableDelay ms: computing it (≈1–3 ms) and laying out its rich text (several ms) on every
    // step doubled the slider's p95 latency (actviz_bench_ui: 11 → 20 ms).
    m_tableTimer.setSingleShot(true);
    m_tableTimer.setInterval(kTableDelay);
    connect(&m_tableTimer, &QTimer::timeout, this, &PropertiesPanel::refresh);
    connect(state, &AppState::paramsChanged, this, [this](const QString &id) {
        if (id != m_state->currentFunction())
            return;
        refreshSlope();
        m_tableTimer.start(); // (re)started: fires kTableDelay ms after the last change
    });
    m_waiting = fillLater;
    if (!fillLater)
        refresh();
}

void PropertiesPanel::fill()
{
    if (m_waiting)
        refresh();
}

void PropertiesPanel::refreshSlope()
{
    const actviz::Activation *a = actviz::findActivation(m_state->currentFunction().toStdString());
    if (!a) {
        m_slope->clear();
        return;
    }
    const QString slope = number(a->derivative(0.0, m_state->params(m_state->currentFunction())));
    const bool alpha = a->param(actviz::ParamId::Alpha).used;
    const bool beta = a->param(actviz::ParamId::Beta).used;
    // Only the parameters the function has: sigmoid's slope is not "at the current α, β".
    if (alpha && beta)
        m_slope->setText(tr("f′(0) = %1 at the current α, β").arg(slope));
    else if (alpha)
        m_slope->setText(tr("f′(0) = %1 at the current α").arg(slope));
    else if (beta)
        m_slope->setText(tr("f′(0) = %1 at the current β").arg(slope));
    else
        m_slope->setText(tr("f′(0) = %1").arg(slope));
}

QString PropertiesPanel::text() const
{
    const_cast<PropertiesPanel *>(this)->fill(); // what is read is the table
    return m_slope->text() + QLatin1Char('\n') + m_label->text();
}

void PropertiesPanel::refresh()
{
    m_waiting = false;
    const QString id = m_state->currentFunction();
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    refreshSlope();
    if (!a) {
        m_label->setText(tr("Click a function in the list to see its properties."));
        return;
    }
    const actviz::Params p = m_state->params(id);
    auto yesNo = [this](bool b) { return b ? tr("yes") : tr("no"); };
    QString rows;
    auto row = [&rows](QString key, const QString &value) {
        // In the oblique face the prime leans into the f ("f′" reads "f"): a hair space between.
        key.replace(QStringLiteral("f′"), QStringLiteral("f\u200A′"));
        rows += QStringLiteral("<tr><td style='padding-right:8px'><i>%1</i></td><td>%2</td></tr>").arg(key, value);
    };
    row(tr("f(x)"), ExprText::formulaHtml(CoreText::text(a->formula)));
    row(tr("f′(x)"), ExprText::formulaHtml(CoreText::text(a->derivativeFormula)));
    QString footer;
    std::optional<actviz::ParamProperties> computed;
    // A typed formula has no exact rows of its own: always computed.
    const bool custom = actviz::customSlotOf(a->id) >= 0;
    QString failure;
    // PAU's parameters are its coefficients: the descriptor's rows hold for the default ones only.
    const bool pauEdited = a->id == "pau" && m_state->pauCoefficients() != actviz::kDefaultPauCoefficients;
    if (p != a->defaults() || custom || pauEdited) {
        if (auto r = actviz::propertiesAt(*a, p))
            computed = r.value();
        else
            failure = QString::fromStdString(r.error());
    }
    if (custom && !computed) {
        row(tr("properties"), tr("not computed: %1").arg(failure.toHtmlEscaped()));
    } else if (computed) {
        // Away from the defaults the descriptor's exact rows no longer hold: computed ones.
        const actviz::ParamProperties &pr = *computed;
        row(tr("range"), tr("%1 … %2").arg(bound(pr.infimum), bound(pr.supremum)));
        row(tr("f′(0)"), number(pr.derivativeAtZero));
        // On an interval (leaky ReLU's (0, ∞)) or at a point (x = 0 for ISRU).
        const QString where =
            std::isnan(pr.plateauLo)
                ? tr("x = %1").arg(number(pr.maxAbsDerivative.at))
                : tr("x in %1%2, %3%4")
                      .arg(pr.plateauLoOpen ? QStringLiteral("(") : QStringLiteral("["), bound(pr.plateauLo),
                           bound(pr.plateauHi), pr.plateauHiOpen ? QStringLiteral(")") : QStringLiteral("]"));
        row(tr("max |f′|"), tr("%1 at %2").arg(number(pr.maxAbsDerivative.value), where));
        row(tr("monotonic"), yesNo(pr.monotonic));
        row(tr("zero-centred"), yesNo(pr.zeroCentred));
        QStringList at;
        for (const actviz::ParamId which : {actviz::ParamId::Alpha, actviz::ParamId::Beta})
            if (a->params[static_cast<size_t>(which)].used)
                at.append(QStringLiteral("%1 = %2").arg(which == actviz::ParamId::Alpha ? QStringLiteral("α")
                                                                                        : QStringLiteral("β"),
                                                        number(which == actviz::ParamId::Alpha ? p.alpha : p.beta)));
        row(tr("smooth (C¹)"), yesNo(pr.smooth));
        footer = tr("Range, max |f′| and monotonic are computed on a grid over x ∈ [−10⁶, 10⁶].");
        if (!at.isEmpty())
            footer = tr("At %1.").arg(at.join(QStringLiteral(", ")).toHtmlEscaped()) + QLatin1Char(' ') + footer;
    } else {
        const actviz::Properties &pr = a->properties;
        row(tr("range"), CoreText::html(pr.range));
        row(tr("f′(0)"), number(a->derivative(0.0, a->defaults())));
        QString where = CoreText::html(pr.maxAbsDerivativeWhere);
        if (where.isEmpty())
            where = tr("x = %1").arg(number(pr.maxAbsDerivativeAt));
        row(tr("max |f′|"), tr("%1 at %2").arg(number(pr.maxAbsDerivative), where));
        row(tr("monotonic"), yesNo(pr.monotonic));
        row(tr("zero-centred"), yesNo(pr.zeroCentred));
        row(tr("smooth (C¹)"), yesNo(pr.smooth));
        footer = tr("At the default parameters.");
    }
    if (!a->kinkConvention.empty() && (!custom || !a->kinkPoints(p).empty())) // a typed formula: if it has kinks
        row(tr("f′ at kinks"), CoreText::html(a->kinkConvention));
    m_label->setText(QStringLiteral("<b>%1</b> <span style='color:gray'>(%2)</span>"
                                    "<table style='margin-top:4px'>%3</table><p style='color:gray'>%4</p>")
                         .arg(CoreText::name(*a).toHtmlEscaped(), html(a->id), rows, footer));
}
