// SPDX-License-Identifier: MIT
// LikelihoodChart: maximum likelihood for a coin — L(p) = p^k (1 − p)^(n−k) (left axis) and
// log L(p) (right axis) over p ∈ [0, 1] for the observed outcomes, the maximum p̂ = k/n marked
// and the p being read out drawn as a line. When L underflows (thousands of outcomes) the
// left curve becomes the relative likelihood L(p)/L(p̂), which core computes in log space.
#pragma once

#include "chart/styledchart.h"
#include "likelihood.h"

class ChartAnnotation;
class QLineSeries;
class QValueAxis;

class LikelihoodChart : public StyledChart
{
    Q_OBJECT
public:
    static constexpr int kSamples = 1001;
    // Below this L(p̂) the left curve is L(p)/L(p̂): the plain likelihood would be 0 or denormal.
    static constexpr double kSmallestPlotted = 1e-290;

    explicit LikelihoodChart(QGraphicsItem *parent = nullptr);

    void setCounts(const actviz::BernoulliCounts &counts);
    void setProbe(double p);

    [[nodiscard]] const actviz::BernoulliCounts &counts() const { return m_counts; }
    [[nodiscard]] bool relative() const { return m_relative; }
    [[nodiscard]] QLineSeries *likelihoodSeries() const { return m_likelihood; }
    [[nodiscard]] QLineSeries *logLikelihoodSeries() const { return m_log; }
    [[nodiscard]] QValueAxis *logLikelihoodAxis() const { return m_axisLog; }
    [[nodiscard]] ChartAnnotation *maximumMarker() const { return m_maximum; }
    [[nodiscard]] ChartAnnotation *probeMarker() const { return m_probe; }

protected:
    void applyStyle() override;

private:
    QValueAxis *m_axisP;
    QValueAxis *m_axisL;
    QValueAxis *m_axisLog;
    QLineSeries *m_likelihood;
    QLineSeries *m_log;
    ChartAnnotation *m_maximum;
    ChartAnnotation *m_probe;
    actviz::BernoulliCounts m_counts{3, 10};
    bool m_relative = false;
};
