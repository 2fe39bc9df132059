// SPDX-License-Identifier: MIT
// LossView: the loss tab — binary (label y ∈ {0, 1}; BCE and MSE and their gradients against the
// logit, the vanishing MSE gradient annotated) beside multi-class (the softmax vector, a target
// class, cross-entropy and its gradient s − onehot as bars).
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class BinaryLossChart;
class CrossEntropyChart;
class QChartView;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

class LossView : public QWidget
{
    Q_OBJECT
public:
    explicit LossView(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] BinaryLossChart *lossChart() const { return m_loss; }
    [[nodiscard]] BinaryLossChart *gradientChart() const { return m_gradient; }
    [[nodiscard]] CrossEntropyChart *crossEntropyChart() const { return m_crossEntropy; }
    [[nodiscard]] QRadioButton *labelOne() const { return m_one; }
    [[nodiscard]] QRadioButton *labelZero() const { return m_zero; }
    [[nodiscard]] QSpinBox *targetBox() const { return m_target; }
    [[nodiscard]] QLineEdit *vectorInput() const { return m_vector; }
    [[nodiscard]] QLabel *vectorError() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();
    void restyle();

    QPointer<AppState> m_state;
    QRadioButton *m_one;
    QRadioButton *m_zero;
    QLineEdit *m_vector;
    QLabel *m_error;
    QSpinBox *m_target;
    BinaryLossChart *m_loss;
    BinaryLossChart *m_gradient;
    CrossEntropyChart *m_crossEntropy;
};
