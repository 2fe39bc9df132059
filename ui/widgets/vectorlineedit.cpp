// SPDX-License-Identifier: MIT
#include "widgets/vectorlineedit.h"

#include "vectorparser.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>

#include <algorithm>
#include <string_view>

namespace {

// Where two texts differ: `from` is their common prefix's length, `before`/`after` the lengths
// of the differing span in the first and the second text.
struct Change
{
    qsizetype from = 0;
    qsizetype before = 0;
    qsizetype after = 0;
};

Change changeBetween(const QString &a, const QString &b)
{
    const qsizetype shorter = std::min(a.size(), b.size());
    qsizetype prefix = 0;
    while (prefix < shorter && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return {prefix, a.size() - prefix - suffix, b.size() - prefix - suffix};
}

// Where typing ends an undo step: after a separator between two numbers, by the parser's rule.
bool endsNumber(QChar c)
{
    const QByteArray utf8 = QString(c).toUtf8();
    return actviz::startsWithSeparator(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

int toInt(qsizetype n)
{
    return static_cast<int>(n); // positions in a text of at most maxLength() (an int) characters
}

} // namespace

VectorLineEdit::VectorLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setMaxLength(kMaxLength);
    connect(this, &QLineEdit::textEdited, this, &VectorLineEdit::onTextEdited);
    connect(this, &QLineEdit::textChanged, this, &VectorLineEdit::onTextChanged);
}

bool VectorLineEdit::handlesEdits() const
{
    return echoMode() == QLineEdit::Normal && validator() == nullptr && inputMask().isEmpty() && !isReadOnly();
}

// QLineEdit reports its own edits with textEdited and then textChanged. (Its clear button
// reports textChanged from clear() first and then textEdited of the same text.)
void VectorLineEdit::onTextEdited(const QString &text)
{
    if (m_applying)
        return;
    m_edited = text;
    m_editPending = true;
    if (text == m_shown)
        return; // a selected "2" typed over with "2"; the clear button after clear()
    const Change c = changeBetween(m_shown, text);
    const bool inserted = c.before == 0 && c.after == 1;
    const bool deleted = c.before == 1 && c.after == 0;
    // Typing forward continues at the step's end; Backspace and Delete remove next to it.
    const bool continues = m_typingAt >= 0 && ((inserted && c.from == m_typingAt) ||
                                               (deleted && (c.from == m_typingAt || c.from + 1 == m_typingAt)));
    if (!continues)
        push({m_shown});
    m_redo.clear();
    if (inserted)
        m_typingAt = endsNumber(text[c.from]) ? -1 : toInt(c.from + 1);
    else if (deleted)
        m_typingAt = toInt(c.from);
    else
        m_typingAt = -1;
}

void VectorLineEdit::onTextChanged(const QString &text)
{
    const bool edit = m_editPending && text == m_edited;
    m_editPending = false;
    if (!m_applying && !edit) { // set from outside: a new text, no history
        m_undo.clear();
        m_redo.clear();
        m_typingAt = -1;
    }
    m_shown = text;
}

void VectorLineEdit::push(Step step)
{
    m_undo.push_back(std::move(step));
    qsizetype chars = 0;
    for (const Step &s : m_undo)
        chars += s.text.size();
    auto drop = m_undo.begin();
    while (drop + 1 < m_undo.end() && (static_cast<size_t>(m_undo.end() - drop) > m_maxSteps || chars > m_maxChars)) {
        chars -= drop->text.size();
        ++drop;
    }
    m_undo.erase(m_undo.begin(), drop);
}

// The whole text replaced by one setText (which also empties QLineEdit's own history), then
// reported as an edit, as QLineEdit's undo and paste report theirs.
void VectorLineEdit::apply(const QString &text, int selectFrom, int selectLength)
{
    m_applying = true;
    setText(text);
    if (selectLength > 0)
        setSelection(selectFrom, selectLength);
    else
        setCursorPosition(selectFrom);
    setModified(true);
    emit textEdited(this->text());
    m_applying = false;
    m_typingAt = -1;
}

void VectorLineEdit::undoEdit()
{
    if (m_undo.empty())
        return;
    const Step previous = m_undo.back();
    m_undo.pop_back();
    m_redo.push_back({text(), previous.selectFrom, previous.selectLength});
    // The text an edit replaced comes back selected (a paste's selection as it was), the place
    // of an insertion as the cursor.
    if (previous.selectFrom >= 0) {
        apply(previous.text, previous.selectFrom, previous.selectLength);
        return;
    }
    const Change c = changeBetween(text(), previous.text);
    apply(previous.text, toInt(c.from), toInt(c.after));
}

// The cursor goes after what comes back, as after the edit itself.
void VectorLineEdit::redoEdit()
{
    if (m_redo.empty())
        return;
    const Step next = m_redo.back();
    m_redo.pop_back();
    m_undo.push_back({text(), next.selectFrom, next.selectLength});
    const Change c = changeBetween(text(), next.text);
    apply(next.text, toInt(c.from + c.after), 0);
}

void VectorLineEdit::pasteText(const QString &clip)
{
    if (!handlesEdits()) {
        if (!isReadOnly())
            insert(clip);
        return;
    }
    const QString old = text();
    const int from = hasSelectedText() ? selectionStart() : cursorPosition();
    const int length = hasSelectedText() ? selectionLength() : 0;
    // As QLineEdit's paste: what does not fit in maxLength is left out of the pasted text.
    const QString in = clip.left(std::max<qsizetype>(0, maxLength() - (old.size() - length)));
    QString next = old;
    next.replace(from, length, in);
    if (next == old)
        return;
    push({old, from, length});
    m_redo.clear();
    apply(next, from + toInt(in.size()), 0);
}

void VectorLineEdit::keyPressEvent(QKeyEvent *event)
{
    // QLineEdit's selectAll() lays the whole text out again (its moveCursor does, to mark a
    // selection), 0.7 ms for 1000 logits before the paste that usually follows; a selection
    // set directly is drawn from the same layout.
    if (event->matches(QKeySequence::SelectAll)) {
        setSelection(0, toInt(text().size()));
        event->accept();
        return;
    }
    if (handlesEdits()) {
        if (event->matches(QKeySequence::Paste)) {
            pasteText(QGuiApplication::clipboard()->text());
            event->accept();
            return;
        }
        if (event->matches(QKeySequence::Undo)) {
            undoEdit();
            event->accept();
            return;
        }
        if (event->matches(QKeySequence::Redo)) {
            redoEdit();
            event->accept();
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

QMenu *VectorLineEdit::createContextMenu()
{
    QMenu *menu = createStandardContextMenu();
    if (!handlesEdits())
        return menu;
    // QLineEdit connects its actions to its own slots. Found by the object name later Qt versions
    // give them, or by their text, translated as QLineEdit translates it (Qt 6.4 names none).
    const auto rewire = [this, menu](const char *name, const char *label, auto slot) {
        const QString text = QLineEdit::tr(label);
        const QList<QAction *> actions = menu->actions();
        const auto it = std::find_if(actions.begin(), actions.end(), [&](const QAction *a) {
            return a->objectName() == QLatin1String(name) || a->text().section(QLatin1Char('\t'), 0, 0) == text;
        });
        if (it == actions.end())
            return static_cast<QAction *>(nullptr);
        QAction *action = *it;
        disconnect(action, &QAction::triggered, this, nullptr);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    if (QAction *undo = rewire("edit-undo", "&Undo", [this] { undoEdit(); }))
        undo->setEnabled(canUndo());
    if (QAction *redo = rewire("edit-redo", "&Redo", [this] { redoEdit(); }))
        redo->setEnabled(canRedo());
    rewire("edit-paste", "&Paste", [this] { pasteText(QGuiApplication::clipboard()->text()); });
    rewire("select-all", "Select All", [this] { setSelection(0, toInt(text().size())); });
    return menu;
}

void VectorLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

// X11's middle click pastes the primary selection at the cursor the press has placed.
void VectorLineEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (event->button() == Qt::MiddleButton && handlesEdits() && clipboard->supportsSelection()) {
        deselect();
        pasteText(clipboard->text(QClipboard::Selection));
        event->accept();
        return;
    }
    QLineEdit::mouseReleaseEvent(event);
}

// A drop from elsewhere goes in as a paste at the drop position; a move within the text stays
// QLineEdit's (it selects what was moved).
void VectorLineEdit::dropEvent(QDropEvent *event)
{
    const QString dropped = event->mimeData()->text();
    if (event->source() == this || dropped.isNull() || !handlesEdits()) {
        QLineEdit::dropEvent(event);
        return;
    }
    QDragLeaveEvent leave; // hides the drop cursor QLineEdit showed while dragging
    QLineEdit::dragLeaveEvent(&leave);
    setCursorPosition(cursorPositionAt(event->position().toPoint()));
    event->acceptProposedAction();
    pasteText(dropped);
}
