// SPDX-License-Identifier: MIT
// The training view's two charts: the train and test loss against the step, and the mean
// |∂L/∂W| of each hidden layer on a decade axis, so a vanishing gradient shows as the layers
// nearest the input falling decades below the others.
#pragma once

#include "chart/styledchart.h"

class DecadeAxis;
class QLineSeries;
class QValueAxis;
struct TrainingSnapshot;

class TrainingLossChart : public StyledChart
{
    Q_OBJECT
public:
    explicit TrainingLossChart(QGraphicsItem *parent = nullptr);
    void setSnapshot(const TrainingSnapshot &s);
    [[nodiscard]] QLineSeries *trainSeries() const { return m_train; }
    [[nodiscard]] QLineSeries *testSeries() const { return m_test; }

protected:
    void applyStyle() override;

private:
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QLineSeries *m_train;
    QLineSeries *m_test;
};

class TrainingGradientChart : public StyledChart
{
    Q_OBJECT
public:
    explicit TrainingGradientChart(QGraphicsItem *parent = nullptr);
    void setSnapshot(const TrainingSnapshot &s);
    [[nodiscard]] const QList<QLineSeries *> &layerSeries() const { return m_layers; }

protected:
    void applyStyle() override;

private:
    QValueAxis *m_axisX;
    DecadeAxis *m_axisY;
    QList<QLineSeries *> m_layers;
};
