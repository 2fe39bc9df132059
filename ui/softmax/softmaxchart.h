// SPDX-License-Identifier: MIT
// SoftmaxChart: the probabilities softmax(z/T) as bars, each with its value printed while they
// fit, the argmax in a highlight colour, and the input logits z as markers on a second axis.
// Shown in the softmax tab and rendered by the exporter.
#pragma once

#include "chart/chartstyle.h"

#include <Eigen/Core>

#include <QChart>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QScatterSeries;
class QValueAxis;

class SoftmaxChart : public QChart
{
    Q_OBJECT
public:
    // Above this many entries the bars are too narrow for printed values and category names.
    static constexpr int kMaxLabelledBars = 24;

    explicit SoftmaxChart(QGraphicsItem *parent = nullptr);

    void setStyle(const ChartStyle &style);
    // Returns false (and keeps the chart as it was) when core refuses the input.
    bool setInput(const Eigen::VectorXd &logits, double temperature, bool logSoftmax);

    [[nodiscard]] const Eigen::VectorXd &shownValues() const { return m_values; }
    [[nodiscard]] Eigen::Index argmax() const { return m_argmax; }
    [[nodiscard]] QBarSet *barSet() const { return m_set; }
    [[nodiscard]] QScatterSeries *logitSeries() const { return m_logits; }

private:
    void rebuildCategories(Eigen::Index n);

    ChartStyle m_style;
    QBarSeries *m_bars;
    QBarSet *m_set;
    QScatterSeries *m_logits;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisP;
    QValueAxis *m_axisZ;
    Eigen::VectorXd m_values;
    Eigen::Index m_argmax = -1;
    bool m_log = false;
};
