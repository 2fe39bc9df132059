// SPDX-License-Identifier: MIT
// NormView: the LayerNorm-vs-DyT tab (issue 13) — the scatter of LayerNorm's input → output over a
// synthetic batch of tokens with DyT's curve over it (NormChart), the batch's seed and number of
// outlier channels, DyT's α and γ as sliders, a Fit button that sets them to the least-squares
// fit, the residual of both and a note on why the union of straight lines looks like tanh.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class NormChart;
class QChartView;
class QLabel;
class QPushButton;
class QSpinBox;
class ValueSlider;

class NormView : public QWidget
{
    Q_OBJECT
public:
    explicit NormView(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] NormChart *chart() const { return m_chart; }
    [[nodiscard]] QChartView *chartView() const { return m_view; }
    [[nodiscard]] QSpinBox *seedBox() const { return m_seed; }
    [[nodiscard]] QSpinBox *outliersBox() const { return m_outliers; }
    [[nodiscard]] ValueSlider *alphaSlider() const { return m_alpha; }
    [[nodiscard]] ValueSlider *gammaSlider() const { return m_gamma; }
    [[nodiscard]] QPushButton *fitButton() const { return m_fit; }
    [[nodiscard]] QLabel *readout() const { return m_readout; }
    [[nodiscard]] QLabel *note() const { return m_note; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void syncFromState();
    void fit();

    QPointer<AppState> m_state;
    QSpinBox *m_seed;
    QSpinBox *m_outliers;
    ValueSlider *m_alpha;
    ValueSlider *m_gamma;
    QPushButton *m_fit;
    NormChart *m_chart;
    QChartView *m_view;
    QLabel *m_readout;
    QLabel *m_note;
};
