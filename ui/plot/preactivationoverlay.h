// SPDX-License-Identifier: MIT
// PreactivationOverlay: the distribution of the pre-activations, X ~ N(μ, σ²), drawn under the
// curves of the function plot (a shaded density, its peak at a quarter of the plot's height, μ
// marked), with what the current function makes of it at its α, β and the plot's ε: the fraction
// of X where it is dead (f′ = 0) and where it saturates (|f′| < ε), E[f(X)] and Var[f(X)]
// (core/activationstats, exact quadrature). Follows μ, σ, the function and the range live; a
// child of the chart, so exported figures have it too.
#pragma once

#include <QGraphicsObject>
#include <QPointer>

class AppState;
class QChart;
class QValueAxis;
struct ChartStyle;

class PreactivationOverlay : public QGraphicsObject
{
    Q_OBJECT
public:
    static constexpr qreal kZValue = 1.2; // under the curves, over the grid
    // Over chart's plot area, along xAxis, in the chart's style (which must outlive it).
    PreactivationOverlay(QChart *chart, QValueAxis *xAxis, const ChartStyle *style, AppState *state);

    // The line under the plot ("N(0, 1) into Sigmoid: 0.0 % dead, …"); empty when not shown.
    [[nodiscard]] const QString &readout() const { return m_readout; }

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void refresh();

    QChart *m_chart;
    QValueAxis *m_xAxis;
    const ChartStyle *m_style;
    QPointer<AppState> m_state;
    QRectF m_plot;
    double m_xMin = 0.0;
    double m_xMax = 1.0;
    QString m_readout;
};
