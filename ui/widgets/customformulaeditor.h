// SPDX-License-Identifier: MIT
// CustomFormulaEditor: where a typed activation is written (issue 12). It edits the current
// function when that is a custom one (and hides itself otherwise): every keystroke that gives a
// formula which parses redraws everything at once; one that does not shows the error under its
// column while the last valid formula stays plotted. Below: the exact derivative as a formula,
// the stable spelling of a numerically naive one, and the names a formula may use.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QLabel;
class QLineEdit;
class QPushButton;

class CustomFormulaEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFormulaEditor(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QLabel *derivativeLabel() const { return m_derivative; }
    [[nodiscard]] QLabel *hintLabel() const { return m_hint; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    // Puts the cursor in the formula, all of it selected (for a new function).
    void focusFormula();

private:
    void rebind();
    void apply(const QString &text);
    void showDefinition();
    void showError(const QString &text, const QString &message, int column);
    void changeEvent(QEvent *event) override;

    QPointer<AppState> m_state;
    QString m_id; // the custom function being edited
    QLabel *m_title;
    QLineEdit *m_edit;
    QLabel *m_error;
    QLabel *m_derivative;
    QLabel *m_hint;
    QLabel *m_names;
    QPushButton *m_remove;
};
