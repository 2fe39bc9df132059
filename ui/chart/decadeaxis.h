// SPDX-License-Identifier: MIT
// DecadeAxis: an axis for values plotted as log10(v), labelled 10⁻⁶⁰ … 10⁰ at whole decades.
// QLogValueAxis cannot serve here: it draws a grid line per decade (60 of them for a sigmoid's
// 0.25^100) and series on it may not hold 0 or the −inf of a gradient that vanished; plotting
// log10 values on a linear category axis has neither problem.
#pragma once

#include <QCategoryAxis>

class DecadeAxis : public QCategoryAxis
{
    Q_OBJECT
public:
    explicit DecadeAxis(QObject *parent = nullptr);

    // Shows log10 values from lo to hi, widened to whole label steps (1, 2, 5, 10, 20, … decades,
    // at most as many labels as fit, see fitLabels).
    void setLog10Range(double lo, double hi);
    [[nodiscard]] double decadeStep() const { return m_step; }
    // The axis is `pixels` long: at most one label per two lines of its font, at most 8, so that
    // Qt Charts never has to elide a label to "…" in a small figure.
    void fitLabels(qreal pixels);

    // The label of 10^k: "1" for k = 0, else "10⁻⁶⁰", "10⁻¹", "10¹"; with decimals set (an axis
    // whose labels are all from 0.1 to 10) "0.1" and "10", so that one axis never mixes the two.
    [[nodiscard]] static QString powerLabel(int k, bool decimals = false);

private:
    void relabel();

    double m_step = 1.0;
    double m_lo = -1.0;
    double m_hi = 1.0;
    int m_ticks = 8;
};
