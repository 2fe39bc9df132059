// SPDX-License-Identifier: MIT
// LikelihoodView: the likelihood tab — Bernoulli outcomes typed live (an invalid entry is named
// inline while the last valid chart stays), the likelihood and log-likelihood over p with its
// maximum k/n marked, and a p slider with the read-out of L(p), ln L(p) and the binomial probability of the
// observed number of successes at that p.
#pragma once

#include "likelihood.h"

#include <QPointer>
#include <QWidget>

class AppState;
class LikelihoodChart;
class QChartView;
class QLabel;
class QLineEdit;
class ValueSlider;

class LikelihoodView : public QWidget
{
    Q_OBJECT
public:
    explicit LikelihoodView(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *input() const { return m_input; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] ValueSlider *pSlider() const { return m_p; }
    [[nodiscard]] QLabel *readout() const { return m_readout; }
    [[nodiscard]] LikelihoodChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void syncFromState();

    QPointer<AppState> m_state;
    QLineEdit *m_input;
    QLabel *m_error;
    ValueSlider *m_p;
    QLabel *m_readout;
    LikelihoodChart *m_chart;
    QChartView *m_view;
};
