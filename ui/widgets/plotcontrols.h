// SPDX-License-Identifier: MIT
// PlotControls: the bar above the plot — the Derivatives switch and the x and y ranges
// (y fits the curves unless "Auto" is off).
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QCheckBox;
class QDoubleSpinBox;

class PlotControls : public QWidget
{
    Q_OBJECT
public:
    explicit PlotControls(AppState *state, QWidget *parent = nullptr);

    // The y range the chart fitted, shown in the y boxes while the range is automatic.
    void showFittedRange(double lo, double hi);

signals:
    // A typed range was not applied (AppState::checkRange's reason, translated).
    void rangeRefused(const QString &why);

private:
    void sync();
    void applyX();
    void applyY();
    void apply(QDoubleSpinBox *lo, QDoubleSpinBox *hi, void (AppState::*set)(double, double));

    QPointer<AppState> m_state;
    QCheckBox *m_derivatives;
    QDoubleSpinBox *m_xMin;
    QDoubleSpinBox *m_xMax;
    QCheckBox *m_yAuto;
    QDoubleSpinBox *m_yMin;
    QDoubleSpinBox *m_yMax;
};
