// SPDX-License-Identifier: MIT
// PlotControls: the bar above the plot — the Derivatives switch and the x and y ranges
// (y fits the curves unless "Auto" is off), and whatever groups the window adds after them. The
// groups flow: they wrap to a second row on a narrow window instead of being clipped.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class FlowLayout;
class QCheckBox;
class NumberSpinBox;

class PlotControls : public QWidget
{
    Q_OBJECT
public:
    explicit PlotControls(AppState *state, QWidget *parent = nullptr);

    // The y range the chart fitted, shown in the y boxes while the range is automatic.
    void showFittedRange(double lo, double hi);
    // Appends a group of controls (reparented to the bar), wrapping with the others.
    void addGroup(QWidget *group);

signals:
    // A typed range was not applied (AppState::checkRange's reason, translated).
    void rangeRefused(const QString &why);

private:
    QWidget *rangeGroup(const QString &label, NumberSpinBox *lo, NumberSpinBox *hi, QWidget *trailing);
    void sync();
    void applyX();
    void applyY();
    void apply(NumberSpinBox *lo, NumberSpinBox *hi, void (AppState::*set)(double, double));

    QPointer<AppState> m_state;
    FlowLayout *m_flow = nullptr;
    QCheckBox *m_derivatives;
    NumberSpinBox *m_xMin;
    NumberSpinBox *m_xMax;
    QCheckBox *m_yAuto;
    NumberSpinBox *m_yMin;
    NumberSpinBox *m_yMax;
};
