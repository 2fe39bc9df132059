// SPDX-License-Identifier: MIT
// DepthView: the depth tab, answering "why does a deep sigmoid network stop learning?" — the
// bound (max |f′|)^L for every shown function, a simulated network of the current function
// (gradients and activations per layer, recomputed off the GUI thread), and the activation
// statistics under a Gaussian input.
#pragma once

#include "gradientflow.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class ActivationStatsPanel;
class AppState;
class DepthActivationChart;
class DepthBoundChart;
class DepthControls;
class DepthGradientChart;
class DepthRunner;
class QChartView;
class QLabel;

class DepthView : public QWidget
{
    Q_OBJECT
public:
    explicit DepthView(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] DepthBoundChart *boundChart() const { return m_bound; }
    [[nodiscard]] DepthGradientChart *gradientChart() const { return m_gradient; }
    [[nodiscard]] DepthActivationChart *activationChart() const { return m_activation; }
    [[nodiscard]] DepthControls *controls() const { return m_controls; }
    [[nodiscard]] ActivationStatsPanel *statsPanel() const { return m_stats; }
    [[nodiscard]] DepthRunner *runner() const { return m_runner; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

signals:
    // The charts show the simulation of the current request (for tests and screenshots).
    void simulationShown();

private:
    void requestSimulation();
    void showResult(const std::vector<actviz::LayerStats> &layers, const QString &error, double milliseconds);

    QPointer<AppState> m_state;
    DepthControls *m_controls;
    DepthBoundChart *m_bound;
    DepthGradientChart *m_gradient;
    DepthActivationChart *m_activation;
    ActivationStatsPanel *m_stats;
    DepthRunner *m_runner;
    QLabel *m_status;
};
