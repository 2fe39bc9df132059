// SPDX-License-Identifier: MIT
// NaiveSoftmaxPanel: under the softmax bars, the naive-formula switch and, when it is on, the
// softmax computed without subtracting the maximum beside the stable one, entry by entry —
// [1000, 1001, 1002] gives "naive: NaN" for each (e^1000 overflows, inf/inf). From core's
// naiveSoftmax at temperature 1 (the naive formula has no temperature).
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class NaiveControls;
class QLabel;

class NaiveSoftmaxPanel : public QWidget
{
    Q_OBJECT
public:
    // More entries than this are summarised (how many fail, and how) instead of listed.
    static constexpr int kMaxListed = 12;

    explicit NaiveSoftmaxPanel(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] NaiveControls *controls() const { return m_controls; }
    [[nodiscard]] QLabel *table() const { return m_table; }

private:
    void refresh();

    QPointer<AppState> m_state;
    NaiveControls *m_controls;
    QLabel *m_table;
};
