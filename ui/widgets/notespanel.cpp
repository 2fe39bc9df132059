// SPDX-License-Identifier: MIT
#include "widgets/notespanel.h"

#include "state/appstate.h"
#include "text/notestext.h"
#include "widgets/wrappedlabel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

NotesPanel::NotesPanel(AppState *state, QWidget *parent, bool fillLater)
    : QWidget(parent)
    , m_state(state)
    , m_label(new WrappedLabel(this))
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
    connect(state, &AppState::paramsChanged, this, [this](const QString &id) {
        if (id == m_state->currentFunction() && m_state->isCustom(id))
            refresh(); // a new formula
    });
    m_waiting = fillLater;
    if (!fillLater)
        refresh();
}

void NotesPanel::fill()
{
    if (m_waiting)
        refresh();
}

QLabel *NotesPanel::label() const
{
    const_cast<NotesPanel *>(this)->fill(); // what is read is the note
    return m_label;
}

const QString &NotesPanel::shownId() const
{
    const_cast<NotesPanel *>(this)->fill();
    return m_id;
}

void NotesPanel::refresh()
{
    m_waiting = false;
    m_id = m_state->currentFunction();
    const QString html = NotesText::noteHtml(m_id);
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
