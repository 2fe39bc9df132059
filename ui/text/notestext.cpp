// SPDX-License-Identifier: MIT
#include "text/notestext.h"

#include "registry.h"
#include "text/activationnotes.h"
#include "text/coretext.h"

namespace {

QString note(const QString &source)
{
    return ActivationNotes::translated(source);
}

} // namespace

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
    const QString header = headerHtml(id);
    if (header.isEmpty())
        return {};
    return header + QStringLiteral("<div style='margin-top:8px'>%1</div>").arg(discussionHtml(id));
}
