// SPDX-License-Identifier: MIT
// NotesPanel: the teaching note of the current function beside the plot — formula and
// derivative as rich text, the ranges of f and f′, pros, cons and typical use — following the
// current function. The note strings come from core/activationnotes and are translated here.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QLabel;

class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QLabel *label() const { return m_label; }
    // The id whose note is shown (empty if the current function has none).
    [[nodiscard]] const QString &shownId() const { return m_id; }

    // The note of a registry function as one rich-text block (headings translated), or an empty
    // string when there is none: the header (name, formula, derivative, ranges) followed by the
    // discussion (pros, cons, typical use). A figure caption sets the two side by side.
    [[nodiscard]] static QString noteHtml(const QString &id);
    [[nodiscard]] static QString headerHtml(const QString &id);
    [[nodiscard]] static QString discussionHtml(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<AppState> m_state;
    QLabel *m_label;
    QString m_id;
};
