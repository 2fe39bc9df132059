// SPDX-License-Identifier: MIT
// PropertiesPanel: the current function's formula and derivative, range, f'(0), the largest
// slope and where, monotonic, zero-centred, smooth — exact from the descriptor at the default
// parameters, computed by core's propertiesAt at any other α, β.
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class AppState;
class QLabel;

class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTableDelay = 150; // ms after the last α/β change

    // fillLater: the table waits for fill() (or a change, or a look at text()), so that a
    // window's first frame does not lay out its rich text (issue 14).
    explicit PropertiesPanel(AppState *state, QWidget *parent = nullptr, bool fillLater = false);

    // Shows the current function's properties if they are still waiting.
    void fill();
    [[nodiscard]] QString text() const;

private:
    void refresh();
    void refreshSlope();

    QPointer<AppState> m_state;
    QLabel *m_label;
    // f'(0) at the current α/β: plain text, because re-laying out the rich-text table on every
    // slider step cost ~10 ms per frame.
    QLabel *m_slope;
    QTimer m_tableTimer;
    bool m_waiting = false;
};
