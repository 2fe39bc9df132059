// SPDX-License-Identifier: MIT
#include "teaching/trainingsession.h"

#include "chart/plotpalette.h"

#include <cmath>
#include <limits>

namespace {

double accuracy(const Eigen::VectorXd &p, const Eigen::VectorXd &y, Eigen::Index begin, Eigen::Index count)
{
    if (count <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    Eigen::Index right = 0;
    for (Eigen::Index i = begin; i < begin + count; ++i)
        right += (p[i] >= 0.5) == (y[i] >= 0.5) ? 1 : 0;
    return static_cast<double>(right) / static_cast<double>(count);
}

// Class 0 blue, class 1 orange (the palette's first two), white where p = ½.
QRgb colourFor(double p)
{
    static const QColor zero = PlotPalette::color(0);
    static const QColor one = PlotPalette::color(1);
    const QColor &c = p < 0.5 ? zero : one;
    const double t = std::min(1.0, std::abs(p - 0.5) * 2.0) * 0.55;
    const auto mix = [t](int channel) { return static_cast<int>(std::lround(255.0 + (channel - 255.0) * t)); };
    return qRgb(mix(c.red()), mix(c.green()), mix(c.blue()));
}

} // namespace

TrainingSession::TrainingSession(actviz::ToyData data, actviz::Mlp mlp)
    : m_data(std::move(data))
    , m_mlp(std::move(mlp))
{
    m_gradients.resize(m_mlp.hiddenLayers());
}

std::optional<TrainingSession> TrainingSession::create(const TrainingSetup &setup, const actviz::Activation &activation,
                                                       const actviz::Params &params, double epsilon, std::string *error)
{
    const TrainingSetup s = setup.clamped();
    auto data = actviz::makeToyData(s.data);
    if (!data) {
        if (error)
            *error = data.error();
        return std::nullopt;
    }
    actviz::MlpConfig net = s.net;
    net.epsilon = epsilon;
    auto mlp = actviz::Mlp::create(net, activation, params);
    if (!mlp) {
        if (error)
            *error = mlp.error();
        return std::nullopt;
    }
    TrainingSession session(std::move(data.value()), std::move(mlp.value()));
    session.m_lastLoss = session.m_mlp.loss(session.m_data.x, session.m_data.y, 0, session.m_data.trainRows);
    return session;
}

void TrainingSession::run(long long steps)
{
    for (long long i = 0; i < steps; ++i)
        record(m_mlp.step(m_data.x, m_data.y, m_data.trainRows));
}

void TrainingSession::record(const actviz::MlpStep &step)
{
    m_lastLayers = step.layers;
    m_lastLoss = step.loss;
    const long long n = m_mlp.steps();
    if (n % m_recordEvery != 0)
        return;
    const double x = static_cast<double>(n);
    m_train.append({x, step.loss});
    if (m_data.testRows() > 0)
        m_test.append({x, m_mlp.loss(m_data.x, m_data.y, m_data.trainRows, m_data.testRows())});
    for (qsizetype l = 0; l < m_gradients.size() && l < static_cast<qsizetype>(step.layers.size()); ++l)
        m_gradients[l].append({x, step.layers[static_cast<size_t>(l)].meanAbsWeightGradient});
    if (m_train.size() > kMaxCurvePoints) {
        // Keep every second point and record half as often from now on.
        const auto thin = [](QList<QPointF> &curve) {
            QList<QPointF> kept;
            for (qsizetype i = 0; i < curve.size(); i += 2)
                kept.append(curve[i]);
            curve = kept;
        };
        thin(m_train);
        thin(m_test);
        for (QList<QPointF> &g : m_gradients)
            thin(g);
        m_recordEvery *= 2;
    }
}

TrainingSnapshot TrainingSession::snapshot() const
{
    TrainingSnapshot s;
    s.step = m_mlp.steps();
    s.epoch = static_cast<double>(s.step) / static_cast<double>(std::max<long long>(1, stepsPerEpoch()));
    const Eigen::VectorXd p = m_mlp.predict(m_data.x);
    s.trainLoss = m_mlp.loss(m_data.x, m_data.y, 0, m_data.trainRows);
    s.testLoss = m_data.testRows() > 0 ? m_mlp.loss(m_data.x, m_data.y, m_data.trainRows, m_data.testRows())
                                       : std::numeric_limits<double>::quiet_NaN();
    s.trainAccuracy = accuracy(p, m_data.y, 0, m_data.trainRows);
    s.testAccuracy = accuracy(p, m_data.y, m_data.trainRows, m_data.testRows());
    s.layers = m_lastLayers;
    Eigen::MatrixXd grid(kGrid * kGrid, 2);
    for (int r = 0; r < kGrid; ++r)
        for (int c = 0; c < kGrid; ++c) {
            grid(r * kGrid + c, 0) = -kPlane + (c + 0.5) * 2 * kPlane / kGrid;
            grid(r * kGrid + c, 1) = kPlane - (r + 0.5) * 2 * kPlane / kGrid; // row 0 at the top
        }
    const Eigen::VectorXd pg = m_mlp.predict(grid);
    s.boundary = QImage(kGrid, kGrid, QImage::Format_RGB32);
    for (int r = 0; r < kGrid; ++r) {
        auto *line = reinterpret_cast<QRgb *>(s.boundary.scanLine(r));
        for (int c = 0; c < kGrid; ++c)
            line[c] = colourFor(pg[r * kGrid + c]);
    }
    s.trainCurve = m_train;
    s.testCurve = m_test;
    s.gradientCurves = m_gradients;
    s.data = m_data;
    return s;
}
