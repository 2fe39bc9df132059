// SPDX-License-Identifier: MIT
#include "teaching/depthrunner.h"

#include "registry.h"

#include <QElapsedTimer>
#include <QThread>

struct DepthRunner::Outcome {
    std::optional<actviz::Result<std::vector<actviz::LayerStats>>> result;
    double milliseconds = 0.0;
};

DepthRunner::DepthRunner(QObject *parent)
    : QObject(parent)
{}

DepthRunner::~DepthRunner()
{
    m_pending.reset();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

actviz::Result<std::vector<actviz::LayerStats>> DepthRunner::compute(const Request &request)
{
    const actviz::Activation *a = actviz::findActivation(request.functionId.toStdString());
    if (!a)
        return actviz::fail("no such function");
    return actviz::simulateDepth(*a, request.params, request.config);
}

void DepthRunner::request(const Request &request)
{
    m_pending = request;
    if (!m_thread)
        startNext();
}

void DepthRunner::startNext()
{
    if (!m_pending)
        return;
    const Request request = *m_pending;
    m_pending.reset();
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    // The worker touches only its copies and the shared outcome; the registry is immutable.
    m_thread = QThread::create([request, outcome] {
        QElapsedTimer timer;
        timer.start();
        outcome->result = compute(request);
        outcome->milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    });
    connect(m_thread, &QThread::finished, this, &DepthRunner::onThreadFinished);
    emit started();
    m_thread->start();
}

void DepthRunner::onThreadFinished()
{
    QThread *thread = m_thread;
    m_thread = nullptr;
    thread->deleteLater();
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    // A newer request supersedes this result: compute that one instead of showing a stale chart.
    if (m_pending) {
        startNext();
        return;
    }
    if (!outcome || !outcome->result)
        return;
    if (*outcome->result)
        emit finished(outcome->result->value(), QString(), outcome->milliseconds);
    else
        emit finished({}, QString::fromStdString(outcome->result->error()), outcome->milliseconds);
}
