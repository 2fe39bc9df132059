// SPDX-License-Identifier: MIT
// TrainingWorker: runs a TrainingSession on its own thread so the window never stalls. While
// playing it trains in slices of at most 15 ms, each ending when the next frame is due, and sends
// a snapshot every 30 ms (33 frames a second) once the window has drawn the previous one.
// Commands arrive as queued calls between slices.
#pragma once

#include "teaching/trainingsession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class QTimer;

class TrainingWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSliceMs = 15;
    static constexpr int kFrameMs = 30;

    TrainingWorker();
    ~TrainingWorker() override;

    // Thread-safe: the window calls these; they run on the worker's thread.
    void reset(const TrainingSetup &setup, const QString &activationId, actviz::Params params, double epsilon);
    void setPlaying(bool playing);
    void stepOnce();
    // Steps per second while playing, so that learning can be watched; 0: as fast as it goes.
    void setSpeed(int stepsPerSecond);
    // The window took the last snapshot: the next one may be sent.
    void snapshotTaken() { m_pending = false; }

signals:
    void snapshotReady(const TrainingSnapshot &snapshot);
    // Why the setup cannot train (untranslated core message), or an empty string.
    void failed(const QString &why);

private:
    void train();
    void send(bool force);

    QThread m_thread;
    QTimer *m_timer = nullptr;
    std::unique_ptr<TrainingSession> m_session;
    QElapsedTimer m_sinceFrame;
    std::atomic<bool> m_pending{false};
    int m_speed = 0;
    double m_owed = 0.0; // steps due at the set speed, not yet run
};
