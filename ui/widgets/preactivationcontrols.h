// SPDX-License-Identifier: MIT
// PreactivationControls: the Functions tab's switch for the pre-activation overlay, X ~ N(μ, σ²)
// under the curves (PreactivationOverlay), with μ and σ (σ is shared with the depth view's
// activation statistics).
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QCheckBox;
class QDoubleSpinBox;

class PreactivationControls : public QWidget
{
    Q_OBJECT
public:
    explicit PreactivationControls(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QCheckBox *toggle() const { return m_toggle; }
    [[nodiscard]] QDoubleSpinBox *muBox() const { return m_mu; }
    [[nodiscard]] QDoubleSpinBox *sigmaBox() const { return m_sigma; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();
    void retranslate();

    QPointer<AppState> m_state;
    QCheckBox *m_toggle;
    QDoubleSpinBox *m_mu;
    QDoubleSpinBox *m_sigma;
};
