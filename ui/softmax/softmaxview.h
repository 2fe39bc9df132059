// SPDX-License-Identifier: MIT
// SoftmaxView: the softmax tab — a vector typed live (core's parser; a bad token is named
// inline while the last valid chart stays), the temperature slider, the log-softmax switch,
// the bar chart and the Jacobian heatmap (as an image beyond 32 entries).
#pragma once

#include "state/softmaxmapping.h"

#include <Eigen/Core>

#include <QPointer>
#include <QWidget>

class AppState;
class JacobianHeatmap;
class QChartView;
class QCheckBox;
class QLabel;
class QLineEdit;
class SoftmaxChart;
class SoftmaxMapControls;
class ValueSlider;

class SoftmaxView : public QWidget
{
    Q_OBJECT
public:
    explicit SoftmaxView(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *input() const { return m_input; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] SoftmaxChart *chart() const { return m_chart; }
    [[nodiscard]] QChartView *chartView() const { return m_view; }
    [[nodiscard]] JacobianHeatmap *heatmap() const { return m_heatmap; }
    [[nodiscard]] ValueSlider *temperatureSlider() const { return m_temperature; }
    [[nodiscard]] SoftmaxMapControls *mapControls() const { return m_mapControls; }
    [[nodiscard]] QLabel *summary() const { return m_summary; }
    // The vector the chart shows (the last one that parsed).
    [[nodiscard]] const Eigen::VectorXd &logits() const { return m_logits; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void syncFromState();
    void recompute();

    QPointer<AppState> m_state;
    QLineEdit *m_input;
    QLabel *m_error;
    ValueSlider *m_temperature;
    QCheckBox *m_log;
    SoftmaxMapControls *m_mapControls;
    QLabel *m_jacobianTitle;
    SoftmaxChart *m_chart;
    QChartView *m_view;
    JacobianHeatmap *m_heatmap;
    QLabel *m_summary;
    Eigen::VectorXd m_logits;
    Eigen::MatrixXd m_spareJacobian; // the heatmap's previous matrix, filled by the next recompute
    double m_shownTemperature = 0.0;
    bool m_shownLog = false;
    SoftmaxMapping m_shownMapping;
};
