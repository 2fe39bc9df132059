// SPDX-License-Identifier: MIT
// FunctionListPanel: every registry function under its group, with a checkbox that shows it,
// its curve colour and a filter box. Clicking a name makes it the current function. The typed
// formulas form the last group, "Custom"; the button below the list starts a new one.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class FunctionListPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit FunctionListPanel(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QTreeWidgetItem *itemFor(const QString &id) const;
    [[nodiscard]] QPushButton *newFormulaButton() const { return m_new; }

signals:
    // A new custom function was made (shown and current): its formula wants typing.
    void formulaCreated(const QString &id);

private:
    void populate();
    void addCustomGroup();
    void createFormula();
    void updateCustomText(const QString &id);
    void syncFromState();
    void applyFilter(const QString &text);
    void onItemChanged(QTreeWidgetItem *item, int column);

    QPointer<AppState> m_state;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QPushButton *m_new;
};
