// SPDX-License-Identifier: MIT
// NotesPanel: the teaching note of the current function beside the plot — formula and
// derivative as rich text, the ranges of f and f′, pros, cons and typical use — following the
// current function. The note strings come from text/activationnotes (resources/notes/) and are
// translated by NotesText.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QLabel;

class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    // fillLater: the note waits for fill() (or a change of function, or a look at label() or
    // shownId()), so that a window's first frame does not lay out its rich text (issue 14).
    explicit NotesPanel(AppState *state, QWidget *parent = nullptr, bool fillLater = false);

    // Shows the current function's note if it is still waiting.
    void fill();
    [[nodiscard]] QLabel *label() const;
    // The id whose note is shown (empty if the current function has none).
    [[nodiscard]] const QString &shownId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<AppState> m_state;
    QLabel *m_label;
    QString m_id;
    bool m_waiting = false;
};
