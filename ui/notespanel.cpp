// SPDX-License-Identifier: MIT
#include "notespanel.h"

#include "activationnotes.h"
#include "appstate.h"
#include "coretext.h"
#include "registry.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QString note(std::string_view s)
{
    // Each view points at a NUL-terminated literal (activationnotes.h), as translate() needs.
    return QCoreApplication::translate(actviz::kActivationNotesContext, s.data());
}

} // namespace

NotesPanel::NotesPanel(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAccessibleName(tr("Notes on the current function"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_label);
    layout->addStretch(1);
    connect(state, &AppState::currentFunctionChanged, this, &NotesPanel::refresh);
    refresh();
}

QString NotesPanel::headerHtml(const QString &id)
{
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    const actviz::ActivationNote *n = actviz::findNote(id.toStdString());
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

QString NotesPanel::discussionHtml(const QString &id)
{
    const actviz::ActivationNote *n = actviz::findNote(id.toStdString());
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

QString NotesPanel::noteHtml(const QString &id)
{
    const QString header = headerHtml(id);
    if (header.isEmpty())
        return {};
    return header + QStringLiteral("<div style='margin-top:8px'>%1</div>").arg(discussionHtml(id));
}

void NotesPanel::refresh()
{
    m_id = m_state->currentFunction();
    const QString html = noteHtml(m_id);
    if (html.isEmpty()) {
        m_id.clear();
        m_label->setText(tr("Click a function in the list to read its notes."));
        return;
    }
    m_label->setText(html);
}

void NotesPanel::changeEvent(QEvent *event)
{
    // A new translator: the note strings and headings come back in the new language.
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
