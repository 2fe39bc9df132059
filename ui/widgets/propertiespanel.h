// SPDX-License-Identifier: MIT
// PropertiesPanel: what the descriptor says about the current function — formula and
// derivative, range, f'(0), the largest slope and where, monotonic, zero-centred, smooth.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QLabel;

class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PropertiesPanel(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;

private:
    void refresh();
    void refreshSlope();

    QPointer<AppState> m_state;
    QLabel *m_label;
    // f'(0) at the current α/β: plain text, because re-laying out the rich-text table on every
    // slider step cost ~10 ms per frame.
    QLabel *m_slope;
};
