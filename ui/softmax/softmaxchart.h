// SPDX-License-Identifier: MIT
// SoftmaxChart: the probabilities softmax(z/T) as bars, each with its value printed while they
// fit, the argmax in a highlight colour, and the input logits z as markers on a second axis.
// Shown in the softmax tab and rendered by the exporter.
#pragma once

#include "chart/chartstyle.h"
#include "state/softmaxmapping.h"

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
    // Returns false (and keeps the chart as it was) when core refuses the input. With a mapping
    // other than plain softmax (core/probmaps.h) the bars are its probabilities (log-softmax
    // does not apply), and a second set beside them shows the compared map.
    bool setInput(const Eigen::VectorXd &logits, double temperature, bool logSoftmax,
                  const SoftmaxMapping &mapping = {});
    // The name of a map as the legend shows it ("sparsemax(z/T)", "1.5-entmax(z/T)").
    [[nodiscard]] static QString mapName(actviz::ProbMap map);
    // The same without "(z/T)", for the legend.
    [[nodiscard]] static QString shortName(actviz::ProbMap map);

    [[nodiscard]] const Eigen::VectorXd &shownValues() const { return m_values; }
    [[nodiscard]] Eigen::Index argmax() const { return m_argmax; }
    [[nodiscard]] QBarSet *barSet() const { return m_set; }
    [[nodiscard]] QBarSet *compareSet() const { return m_compareSet; } // in the series only when comparing
    [[nodiscard]] const Eigen::VectorXd &compareValues() const { return m_compareValues; }
    // Non-zero entries of the shown map (and of the compared one).
    [[nodiscard]] Eigen::Index support() const { return m_support; }
    [[nodiscard]] Eigen::Index compareSupport() const { return m_compareSupport; }
    [[nodiscard]] QScatterSeries *logitSeries() const { return m_logits; }

private:
    void rebuildCategories(Eigen::Index n);
    void showCompare(const Eigen::VectorXd *values, const QString &label);

    ChartStyle m_style;
    QBarSeries *m_bars;
    QBarSet *m_set;
    QBarSet *m_compareSet;
    QScatterSeries *m_logits;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisP;
    QValueAxis *m_axisZ;
    Eigen::VectorXd m_values;
    Eigen::VectorXd m_compareValues;
    Eigen::Index m_support = 0;
    Eigen::Index m_compareSupport = 0;
    Eigen::Index m_argmax = -1;
    bool m_log = false;
};
