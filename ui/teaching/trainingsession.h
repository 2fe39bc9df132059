// SPDX-License-Identifier: MIT
// TrainingSession: one training run of the training view — the toy data, the network and the
// history of its losses and gradients — and snapshots of it to draw: the decision boundary as an
// image of p over the plane, the loss curves, the per-layer statistics. The window runs it on a
// worker thread (TrainingWorker); `actviz export --view training` runs it to the end, here.
#pragma once

#include "mlp.h"
#include "state/trainingsetup.h"
#include "toydata.h"

#include <QImage>
#include <QList>
#include <QMetaType>
#include <QLineF>
#include <QPointF>

#include <optional>

struct TrainingSnapshot {
    long long step = 0;
    double epoch = 0.0;
    double trainLoss = 0.0;
    double testLoss = 0.0; // NaN without test rows
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;
    std::vector<actviz::MlpLayerStats> layers; // of the last step
    QImage boundary;                           // p over kPlane, kGrid × kGrid pixels
    QList<QLineF> decisionLine;                // where p = ½ on that grid, in plane coordinates
    QList<QPointF> trainCurve;                 // (step, loss)
    QList<QPointF> testCurve;
    QList<QList<QPointF>> gradientCurves; // per hidden layer: (step, mean |∂L/∂W|)
    actviz::ToyData data;
};
Q_DECLARE_METATYPE(TrainingSnapshot)

class TrainingSession
{
public:
    // The plane drawn: [−kPlane, kPlane]² holds every data set with its noise.
    static constexpr double kPlane = 1.5;
    static constexpr int kGrid = 96;
    // At most this many points per curve: older ones are thinned to every second.
    static constexpr int kMaxCurvePoints = 600;

    // The error (translated by the caller) when the setup or the activation cannot train.
    [[nodiscard]] static std::optional<TrainingSession> create(const TrainingSetup &setup,
                                                               const actviz::Activation &activation,
                                                               const actviz::Params &params, double epsilon,
                                                               std::string *error = nullptr);

    void run(long long steps);
    [[nodiscard]] long long steps() const { return m_mlp.steps(); }
    [[nodiscard]] long long stepsPerEpoch() const { return m_mlp.stepsPerEpoch(m_data.trainRows); }
    [[nodiscard]] TrainingSnapshot snapshot() const;
    [[nodiscard]] const actviz::ToyData &data() const { return m_data; }

private:
    TrainingSession(actviz::ToyData data, actviz::Mlp mlp);
    void record(const actviz::MlpStep &step);

    actviz::ToyData m_data;
    actviz::Mlp m_mlp;
    QList<QPointF> m_train;
    QList<QPointF> m_test;
    QList<QList<QPointF>> m_gradients;
    std::vector<actviz::MlpLayerStats> m_lastLayers;
    double m_lastLoss = 0.0;
    int m_recordEvery = 1;
};
