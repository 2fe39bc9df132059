// SPDX-License-Identifier: MIT
// SoftmaxChart: the probabilities softmax(z/T) as bars, each with its value printed while they
// fit, the argmax in a highlight colour, and the input logits z as markers on a second axis.
// Beyond kMaxLabelledBars entries the bars are StemBars (one path per set, entry numbers on the
// axis): the QBarSet keeps the values, out of the series. Shown in the softmax tab and rendered
// by the exporter.
#pragma once

#include "chart/chartstyle.h"
#include "softmax/stembars.h"
#include "state/softmaxmapping.h"

#include <Eigen/Core>

#include <QChart>

#include <memory>

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
    // The shown values, also when they are drawn as stems (then the set is in no series).
    [[nodiscard]] QBarSet *barSet() const { return m_set; }
    [[nodiscard]] bool drawsStems() const { return m_stems->isShown(); }
    [[nodiscard]] const StemBars &stems() const { return *m_stems; }
    [[nodiscard]] QBarSet *compareSet() const { return m_compareSet; } // in the series only when comparing
    [[nodiscard]] const Eigen::VectorXd &compareValues() const { return m_compareValues; }
    // Non-zero entries of the shown map (and of the compared one).
    [[nodiscard]] Eigen::Index support() const { return m_support; }
    [[nodiscard]] Eigen::Index compareSupport() const { return m_compareSupport; }
    [[nodiscard]] QScatterSeries *logitSeries() const { return m_logits; }

private:
    void rebuildCategories(Eigen::Index n);
    void showCompare(const Eigen::VectorXd *values, const QString &label, bool inSeries);
    // Puts the bar sets in the series (few entries) or takes them out (stems), and the logit
    // markers on the matching x axis.
    void useStems(bool stems);

    ChartStyle m_style;
    QBarSeries *m_bars;
    QBarSet *m_set;
    QBarSet *m_compareSet;
    QScatterSeries *m_logits;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisP;
    QValueAxis *m_axisZ;
    std::unique_ptr<StemBars> m_stems; // made once the axes are on the chart
    Eigen::VectorXd m_values;
    Eigen::VectorXd m_compareValues;
    Eigen::Index m_support = 0;
    Eigen::Index m_compareSupport = 0;
    Eigen::Index m_argmax = -1;
    bool m_log = false;
};
