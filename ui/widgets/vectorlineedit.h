// SPDX-License-Identifier: MIT
// VectorLineEdit: the line edit of a typed vector, which may be a thousand pasted numbers, with
// an undo history of whole texts. QLineEdit records one undo command per character it removes
// or inserts: pasting 1000 logits over 1000 others recorded about 19 400 of them (≈ 1.3 ms of
// a 13 ms paste-to-repaint, issue 14) and kept them all, 0.4 MB more per paste, until the text
// was next set from outside. Here a paste is one step and costs one copy of the text.
//
// A paste (keys, context menu, middle click) or a drop from elsewhere replaces the selection
// with QLineEdit::setText, which also empties QLineEdit's own history; every other edit stays
// QLineEdit's and is recorded here from textEdited. Undo and redo (keys and context menu) walk
// this history. Consecutive typing at one place is one step, up to a separator (the parser's
// own: comma, semicolon, their full-width forms, whitespace), so that undo takes back the last
// number typed. A text set from outside (setText, clear(), as when a lesson is loaded) forgets
// the history when it differs from the text shown (Qt reports no change otherwise).
//
// What differs from QLineEdit: this class's own changes (paste, undo, redo) emit textChanged
// before textEdited, and leave isModified() true even when undo returns to the first text.
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

    // At most this many steps are kept, and at most kMaxHistoryChars characters in all (a
    // step is a whole text); the oldest go first.
    static constexpr size_t kMaxSteps = 200;
    static constexpr qsizetype kMaxHistoryChars = qsizetype(1) << 23;
    // Other bounds than these (for tests).
    void setHistoryLimits(size_t steps, qsizetype chars)
    {
        m_maxSteps = steps;
        m_maxChars = chars;
    }
    // The longest text (QLineEdit's default, 32767, cut a paste of 1000 numbers written with 34
    // or more characters each, such as float128 digits, silently after entry 860 or so; the
    // parser refuses more than 1000 entries, so a longer text is refused, not cut into a
    // valid-looking shorter vector).
    static constexpr int kMaxLength = 1 << 20;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // A text to go back to, with the selection to restore (-1: select what differs).
    struct Step
    {
        QString text;
        int selectFrom = -1;
        int selectLength = 0;
    };

    void onTextEdited(const QString &text);
    void onTextChanged(const QString &text);
    void apply(const QString &text, int selectFrom, int selectLength);
    void push(Step step);
    // Whether this class handles the edit: a plain, editable line edit, no mask or validator.
    [[nodiscard]] bool handlesEdits() const;

    std::vector<Step> m_undo;
    // The texts undone, each with the selection its undo step restores when redone and undone again.
    std::vector<Step> m_redo;
    QString m_shown;  // the text before the edit being reported
    QString m_edited; // the text of QLineEdit's last textEdited, until its textChanged
    bool m_editPending = false;
    bool m_applying = false;
    // Where the last step's typing left the cursor (-1: the last step was not typing).
    int m_typingAt = -1;
    size_t m_maxSteps = kMaxSteps;
    qsizetype m_maxChars = kMaxHistoryChars;
};
