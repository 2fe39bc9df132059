// SPDX-License-Identifier: MIT
// SoftmaxMapControls: the row of the softmax tab that picks softmax or one of its alternatives
// (sparsemax, 1.5-entmax, softmax₁), a second map to draw beside it, top-k, top-p and a
// Gumbel-softmax seed (AppState::softmaxMapping; core/probmaps.h computes them).
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

class SoftmaxMapControls : public QWidget
{
    Q_OBJECT
public:
    explicit SoftmaxMapControls(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *mapBox() const { return m_map; }
    [[nodiscard]] QComboBox *compareBox() const { return m_compare; }
    [[nodiscard]] QSpinBox *topKBox() const { return m_topK; }
    [[nodiscard]] QDoubleSpinBox *topPBox() const { return m_topP; }
    [[nodiscard]] QSpinBox *gumbelBox() const { return m_gumbel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void sync();
    void retranslate();

    QPointer<AppState> m_state;
    QComboBox *m_map;
    QComboBox *m_compare;
    QSpinBox *m_topK;
    QDoubleSpinBox *m_topP;
    QSpinBox *m_gumbel;
    bool m_syncing = false;
};
