// SPDX-License-Identifier: MIT
// GatedView: the gated-units tab (issue 13) — GLU, Bilinear, ReGLU, GeGLU or SwiGLU as three maps
// over (a, b): f, ∂f/∂a and ∂f/∂b, with the regions where the gradient vanishes hatched, the
// square's size and ε as sliders, and a read-out of the exact values under the mouse.
#pragma once

#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class AppState;
class GatedChart;
class QChartView;
class QComboBox;
class QLabel;
class ValueSlider;

class GatedView : public QWidget
{
    Q_OBJECT
public:
    explicit GatedView(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *unitBox() const { return m_unit; }
    [[nodiscard]] ValueSlider *rangeSlider() const { return m_range; }
    [[nodiscard]] ValueSlider *epsilonSlider() const { return m_epsilon; }
    [[nodiscard]] QLabel *readout() const { return m_readout; }
    [[nodiscard]] QLabel *note() const { return m_note; }
    [[nodiscard]] GatedChart *chart(int i) const { return m_charts[static_cast<std::size_t>(i)]; }
    [[nodiscard]] QChartView *chartView(int i) const { return m_views[static_cast<std::size_t>(i)]; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void syncFromState();
    // The maps' height set to what their square plots use, so the teaching note below gets the rest.
    void fitMapHeight();
    void probe(std::optional<QPointF> ab);
    void showReadout();

    QPointer<AppState> m_state;
    QComboBox *m_unit;
    ValueSlider *m_range;
    ValueSlider *m_epsilon;
    QLabel *m_readout;
    QLabel *m_legend;
    QLabel *m_note;
    std::array<GatedChart *, 3> m_charts{};
    std::array<QChartView *, 3> m_views{};
    std::optional<QPointF> m_probe;
};
