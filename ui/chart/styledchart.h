// SPDX-License-Identifier: MIT
// StyledChart: the base of the teaching views' charts. It applies a ChartStyle (fonts, colours,
// grid) to the chart and to every axis it holds, with animations off and the background reaching
// the edges, so the depth, compare, loss and likelihood charts look like the function plot in
// the window and in an exported figure. Subclasses restyle their own series in applyStyle().
#pragma once

#include "chart/chartstyle.h"

#include <QChart>

class ChartGrid;
class QChartView;
class QValueAxis;
class QWidget;

class StyledChart : public QChart
{
    Q_OBJECT
public:
    explicit StyledChart(QGraphicsItem *parent = nullptr);

    void setStyle(const ChartStyle &style);
    [[nodiscard]] const ChartStyle &style() const { return m_style; }

    // Lays the chart out now, so that plotArea() and mapToPosition() reflect its geometry.
    void activateLayout();

protected:
    // Pens, brushes and annotation fonts of the subclass's series, after the common part.
    virtual void applyStyle() {}
    // A value axis with %g labels and dynamic ticks anchored at 0, added at the alignment.
    QValueAxis *addValueAxis(const QString &title, Qt::Alignment alignment);
    // A pen for a curve of this chart: Okabe–Ito colour, cosmetic, the style's line width.
    [[nodiscard]] QPen curvePen(const QColor &color, bool dashed = false) const;

private:
    ChartStyle m_style;
    ChartGrid *m_grid = nullptr; // a child
};

// A view for a teaching chart: antialiased, frameless, at least `minimum` large.
[[nodiscard]] QChartView *chartView(QChart *chart, QWidget *parent, const QSize &minimum = QSize(240, 200));

// 1, 2, 2.5 or 5 × 10^k: a tick step showing `span` in about `ticks` intervals.
[[nodiscard]] double niceTickStep(double span, double ticks = 8.0);

// Sets axis to [lo, hi] with ticks `step` apart. Qt lays an axis out with whatever range and
// interval it has at each moment, and a fine new interval over the old wide range (or a wide new
// range under the old fine interval) asks it for millions of labels: the coarser of the two
// intervals holds while the range changes. (Found when a typed formula replaced one whose
// comparison with the built-in was 1e-16 wide: the compare view ran out of memory.)
void setAxis(QValueAxis *axis, double lo, double hi, double step);

// A printf format for the labels of ticks `step` apart on [lo, hi] with as many significant
// digits as neighbouring labels need to differ, and at least minDigits (%g's six by default):
// [1, 1 + 1e-8] needs ten.
[[nodiscard]] QString tickLabelFormat(double lo, double hi, double step, int minDigits = 6);

// niceTickStep for about targetTicks intervals, or fewer where the labels are long (a narrow
// range far from 0 needs 11 digits), so that neighbouring labels in font never collide on an
// axis `width` pixels long and Qt never elides them to "1.0000…".
[[nodiscard]] double fittingTickStep(double lo, double hi, double targetTicks, const QFont &font, double width);
