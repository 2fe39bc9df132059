// SPDX-License-Identifier: MIT
// VectorLineEdit: the line edit of a typed vector, which may be a thousand pasted numbers, with
// an undo history of whole texts. QLineEdit records one undo command per character it removes
// or inserts: pasting 1000 logits over 1000 others recorded about 19 400 of them (2.4 ms of a
// 13 ms paste-to-repaint, issue 14) and kept them all, 0.4 MB more per paste, until the text
// was next set from outside. Here a paste is one step and costs one copy of the text.
//
// Paste (keys, context menu, middle click) replaces the selection with QLineEdit::setText, which
// also empties QLineEdit's own history; every other edit stays QLineEdit's and is recorded here
// from textEdited. Undo and redo (keys and context menu) walk this history and emit textEdited
// like QLineEdit's undo does. Consecutive typing at one place is one step, up to a separator
// (comma, semicolon, space), so that undo takes back the last number typed. Setting the text
// from outside (setText, as when a lesson is loaded) forgets the history, as QLineEdit does.
#pragma once

#include <QLineEdit>

#include <vector>

class QMenu;

class VectorLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit VectorLineEdit(QWidget *parent = nullptr);

    [[nodiscard]] bool canUndo() const { return !m_undo.empty(); }
    [[nodiscard]] bool canRedo() const { return !m_redo.empty(); }
    void undoEdit();
    void redoEdit();
    // Replaces the selection (or inserts at the cursor) as a paste of `text` does.
    void pasteText(const QString &text);
    // QLineEdit's menu with undo, redo and paste going through this history.
    [[nodiscard]] QMenu *createContextMenu();

    // At most this many steps are kept; the oldest go first.
    static constexpr size_t kMaxSteps = 200;
    // The longest text (QLineEdit's default, 32767, cut a paste of 1000 numbers written with 34
    // or more characters each, such as float128 digits, silently after entry 900 or so; the
    // parser refuses more than 1000 entries, so a longer text is refused, not cut into a
    // valid-looking shorter vector).
    static constexpr int kMaxLength = 1 << 20;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onTextChanged(const QString &text);
    void apply(const QString &text, int selectFrom, int selectLength);
    // `before` with, for a paste, the selection it replaced (else undo selects what differs).
    void push(const QString &before, int selectFrom = -1, int selectLength = 0);
    // Whether this edit's own handling applies: a plain line edit, no mask or validator.
    [[nodiscard]] bool handlesEdits() const;

    struct Step
    {
        QString text;
        int selectFrom = -1;
        int selectLength = 0;
    };

    std::vector<Step> m_undo;
    std::vector<QString> m_redo;
    QString m_shown; // the text before the edit being reported
    bool m_applying = false;
    bool m_edited = false;
    // Where the last step's typing left the cursor (-1: the last step was not typing).
    int m_typingAt = -1;
};
