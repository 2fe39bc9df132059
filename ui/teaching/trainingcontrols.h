// SPDX-License-Identifier: MIT
// TrainingControls: the data set (kind, samples, noise, seed), the network (hidden layers,
// units per layer, initialisation) and the optimiser (SGD or Adam, learning rate, batch size)
// of the training view, bound to AppState::trainingSetup; play/pause, step and reset. The
// controls wrap on a narrow window.
#pragma once

#include <QPointer>
#include <QWidget>

class AppState;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

class TrainingControls : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingControls(AppState *state, QWidget *parent = nullptr);

    [[nodiscard]] QPushButton *playButton() const { return m_play; }
    [[nodiscard]] QPushButton *stepButton() const { return m_step; }
    [[nodiscard]] QPushButton *resetButton() const { return m_reset; }
    [[nodiscard]] QComboBox *datasetBox() const { return m_dataset; }
    // Steps per second while playing (0: as fast as possible); not part of the state.
    [[nodiscard]] QComboBox *speedBox() const { return m_speed; }

private:
    void apply();
    void sync();

    QPointer<AppState> m_state;
    QComboBox *m_dataset;
    QSpinBox *m_samples;
    QDoubleSpinBox *m_noise;
    QSpinBox *m_seed;
    QSpinBox *m_layers;
    QSpinBox *m_units;
    QComboBox *m_init;
    QComboBox *m_optimizer;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_batch;
    QSpinBox *m_epochs;
    QComboBox *m_speed;
    QPushButton *m_play;
    QPushButton *m_step;
    QPushButton *m_reset;
    QLabel *m_function;
    bool m_syncing = false;
};
