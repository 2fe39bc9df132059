// SPDX-License-Identifier: MIT
// TrainingView: why an activation must be non-linear, made tangible. A small network (its
// activation is the current function) learns a toy data set live on a worker thread: the
// decision boundary as a heatmap under the points, the training and test loss, each hidden
// layer's mean |∂L/∂W| (vanishing gradients) and its dead and saturated units (dying ReLU).
#pragma once

#include "teaching/trainingsession.h"

#include <QPointer>
#include <QWidget>

class AppState;
class QChartView;
class QLabel;
class TrainingControls;
class TrainingGradientChart;
class TrainingLossChart;
class TrainingWorker;

class TrainingView : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingView(AppState *state, QWidget *parent = nullptr);
    ~TrainingView() override;

    [[nodiscard]] TrainingControls *controls() const { return m_controls; }
    [[nodiscard]] const TrainingSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] QLabel *statsLabel() const { return m_stats; }

signals:
    // A snapshot was drawn (for tests and the benchmark).
    void snapshotShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void restart();
    void show(const TrainingSnapshot &s);

    QPointer<AppState> m_state;
    TrainingControls *m_controls;
    QWidget *m_canvas;
    TrainingLossChart *m_loss;
    TrainingGradientChart *m_gradient;
    QLabel *m_stats;
    QLabel *m_error;
    TrainingWorker *m_worker;
    TrainingSnapshot m_snapshot;
};
