// SPDX-License-Identifier: MIT
#include "teaching/trainingworker.h"

#include "registry.h"

#include <QTimer>

#include <algorithm>

TrainingWorker::TrainingWorker()
{
    qRegisterMetaType<TrainingSnapshot>();
    m_timer = new QTimer(this);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &TrainingWorker::train);
    moveToThread(&m_thread);
    m_thread.start();
}

TrainingWorker::~TrainingWorker()
{
    // The timer lives on the worker thread: stop it there, then end the thread.
    QMetaObject::invokeMethod(
        this, [this] { m_timer->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TrainingWorker::reset(const TrainingSetup &setup, const QString &activationId, actviz::Params params,
                           double epsilon)
{
    QMetaObject::invokeMethod(this, [this, setup, activationId, params, epsilon] {
        const actviz::Activation *a = actviz::findActivation(activationId.toStdString());
        std::string error;
        std::optional<TrainingSession> session;
        if (a)
            session = TrainingSession::create(setup, *a, params, epsilon, &error);
        else
            error = "no function is selected";
        if (!session) {
            m_session.reset();
            m_timer->stop();
            emit failed(QString::fromStdString(error));
            return;
        }
        m_session = std::make_unique<TrainingSession>(std::move(*session));
        emit failed(QString());
        send(true);
    });
}

void TrainingWorker::setPlaying(bool playing)
{
    QMetaObject::invokeMethod(this, [this, playing] {
        if (playing && m_session)
            m_timer->start();
        else
            m_timer->stop();
        if (!playing)
            send(true);
    });
}

void TrainingWorker::stepOnce()
{
    QMetaObject::invokeMethod(this, [this] {
        if (!m_session)
            return;
        m_session->run(1);
        send(true);
    });
}

void TrainingWorker::setSpeed(int stepsPerSecond)
{
    QMetaObject::invokeMethod(this, [this, stepsPerSecond] {
        m_speed = std::max(0, stepsPerSecond);
        m_owed = 0.0;
        // At a set speed one tick per frame is enough; flat out, the next slice at once.
        m_timer->setInterval(m_speed > 0 ? kFrameMs : 0);
    });
}

void TrainingWorker::train()
{
    if (!m_session)
        return;
    if (m_speed > 0) {
        m_owed += m_speed * kFrameMs / 1000.0;
        const auto due = static_cast<long long>(m_owed);
        m_session->run(due);
        m_owed -= static_cast<double>(due);
        send(false);
        return;
    }
    // Until the next frame is due (or a slice is over, so that commands get through).
    QElapsedTimer slice;
    slice.start();
    do
        m_session->run(4);
    while (slice.elapsed() < kSliceMs && (!m_sinceFrame.isValid() || m_sinceFrame.elapsed() < kFrameMs));
    send(false);
}

void TrainingWorker::send(bool force)
{
    if (!m_session)
        return;
    if (!force && ((m_sinceFrame.isValid() && m_sinceFrame.elapsed() < kFrameMs) || m_pending))
        return;
    m_sinceFrame.start();
    m_pending = true;
    emit snapshotReady(m_session->snapshot());
}
