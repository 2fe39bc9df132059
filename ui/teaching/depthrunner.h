// SPDX-License-Identifier: MIT
// DepthRunner: runs core's depth simulation off the GUI thread. 128 × 30 takes ~15 ms, but
// 512 × 100 about half a second, which would freeze a slider. Requests made while one runs are
// coalesced: only the latest is computed next, and results of superseded requests are dropped.
#pragma once

#include "gradientflow.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QThread;

class DepthRunner : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QString functionId;
        actviz::Params params;
        actviz::DepthConfig config;
    };

    explicit DepthRunner(QObject *parent = nullptr);
    // Waits for a running simulation (at most about half a second) so its thread ends with us.
    ~DepthRunner() override;

    void request(const Request &request);
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    // The simulation of one request, on the calling thread (the exporter's path).
    [[nodiscard]] static actviz::Result<std::vector<actviz::LayerStats>> compute(const Request &request);

signals:
    // The newest request's layers, or why core refused it (empty layers); milliseconds of CPU
    // time on the worker.
    void finished(const std::vector<actviz::LayerStats> &layers, const QString &error, double milliseconds);
    void started();

private:
    void startNext();
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::optional<Request> m_pending;
    struct Outcome;
    std::shared_ptr<Outcome> m_outcome;
};
