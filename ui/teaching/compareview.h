// SPDX-License-Identifier: MIT
// CompareView: the compare tab — pick f and g from the registry, see f − g and f′ − g′ over the
// x range with both maxima marked, and a read-out naming each function's α/β.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class CompareChart;
class QChartView;
class QComboBox;
class NumberSpinBox;
class QLabel;

class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *firstBox() const { return m_f; }
    [[nodiscard]] QComboBox *secondBox() const { return m_g; }
    [[nodiscard]] CompareChart *chart() const { return m_chart; }
    [[nodiscard]] QLabel *readout() const { return m_readout; }

private:
    void refreshCustomItems();
    void sync();
    void apply();
    void swap();

    QPointer<AppState> m_state;
    QComboBox *m_f;
    QComboBox *m_g;
    NumberSpinBox *m_xMin;
    NumberSpinBox *m_xMax;
    CompareChart *m_chart;
    QChartView *m_view;
    QLabel *m_readout;
};
