// SPDX-License-Identifier: MIT
#include "text/notestext.h"

#include "customactivation.h"
#include "registry.h"
#include "text/activationnotes.h"
#include "text/coretext.h"
#include "text/exprtext.h"

namespace {

QString note(const QString &source)
{
    return ActivationNotes::translated(source);
}

} // namespace

QString NotesText::customHtml(const QString &id)
{
    const auto d = actviz::customDefinition(actviz::customSlotOf(id.toStdString()));
    if (!d)
        return {};
    const auto mono = [](const std::string &s) { return ExprText::formulaHtml(QString::fromStdString(s)); };
    QString html = QStringLiteral("<p style='margin:0'><b>%1</b></p>").arg(CoreText::name(*d->activation).toHtmlEscaped());
    html += QStringLiteral("<p style='margin-top:4px; margin-bottom:2px'>f(x) = %1</p>").arg(mono(d->formula));
    html += QStringLiteral("<p style='margin-top:2px; margin-bottom:6px'>f′(x) = %1</p>").arg(mono(d->derivativeFormula));
    if (d->hint)
        html += QStringLiteral("<p style='margin-top:0; margin-bottom:6px; color:#b35900'><b>%1</b> %2</p>")
                    .arg(tr("Numerics:"), ExprText::message(*d->hint).toHtmlEscaped());
    html += QStringLiteral("<p style='margin-top:0; margin-bottom:6px'>%1</p>")
                .arg(tr("Your own activation. Its derivative is exact: actviz differentiates the formula symbolically "
                        "(sum, product, quotient and chain rules) and simplifies the result, so every f′ on the "
                        "plot, in the saturation bands and in the depth and training views is the true slope, not a "
                        "finite difference."));
    html += QStringLiteral("<p style='margin-top:0; margin-bottom:6px'>%1</p>")
                .arg(tr("Where max, min, abs or if switches branch, f has a kink (marked like the built-ins' kinks); "
                        "there f′ is the slope of the branch the condition picks (typed as max(0, x), ReLU gets "
                        "f′(0) = 1; the built-in relu has 0, PyTorch's convention)."));
    return html;
}

QString NotesText::headerHtml(const QString &id)
{
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    const ActivationNote *n = ActivationNotes::find(id);
    if (!a || !n)
        return {};
    const QString name = CoreText::name(*a).toHtmlEscaped();
    QString html = QStringLiteral("<p style='margin:0'><b>%1</b></p>").arg(name);
    html += QStringLiteral("<p style='margin-top:4px; margin-bottom:2px'>%1</p>").arg(note(n->formulaHtml));
    html += QStringLiteral("<p style='margin-top:2px; margin-bottom:4px'>%1</p>").arg(note(n->derivativeHtml));
    html += tr("<p style='margin:0'>Output range %1 · derivative range %2</p>")
                .arg(note(n->outputRange), note(n->derivativeRange));
    return html;
}

QString NotesText::discussionHtml(const QString &id)
{
    const ActivationNote *n = ActivationNotes::find(id);
    if (!n)
        return {};
    QString html;
    auto section = [&html](const QString &heading, const QString &body) {
        html += QStringLiteral("<p style='margin-top:0; margin-bottom:6px'><b>%1</b> %2</p>").arg(heading, body);
    };
    section(tr("Pros:"), note(n->pros));
    section(tr("Cons:"), note(n->cons));
    section(tr("Typical use:"), note(n->typicalUse));
    return html;
}

QString NotesText::noteHtml(const QString &id)
{
    if (actviz::customSlotOf(id.toStdString()) >= 0)
        return customHtml(id);
    const QString header = headerHtml(id);
    if (header.isEmpty())
        return {};
    return header + QStringLiteral("<div style='margin-top:8px'>%1</div>").arg(discussionHtml(id));
}
