// SPDX-License-Identifier: MIT
#include "teaching/trainingsession.h"

#include "chart/plotpalette.h"

#include <array>
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

// The level line p = ½ of p sampled at the centres of an n × n grid over [−k, k]² (row 0 at
// the top), by marching squares with linear interpolation: the boundary the network draws
// between its classes, visible even where p stays near ½ and the heatmap is nearly white (the
// identity network on XOR, whose boundary is one straight line).
QList<QLineF> decisionLine(const Eigen::VectorXd &p, int n, double k)
{
    const double step = 2 * k / n;
    const auto at = [&](int r, int c) { return p[r * n + c] - 0.5; };
    const auto point = [&](double r, double c) { return QPointF(-k + (c + 0.5) * step, k - (r + 0.5) * step); };
    QList<QLineF> lines;
    for (int r = 0; r + 1 < n; ++r)
        for (int c = 0; c + 1 < n; ++c) {
            // Corners clockwise from the top left; a crossing on each edge whose ends differ in sign.
            const std::array<double, 4> v{at(r, c), at(r, c + 1), at(r + 1, c + 1), at(r + 1, c)};
            const std::array<std::array<double, 2>, 4> corner{{{0, 0}, {0, 1}, {1, 1}, {1, 0}}};
            QList<QPointF> cross;
            for (int e = 0; e < 4; ++e) {
                const double a = v[e];
                const double b = v[(e + 1) % 4];
                if (!((a < 0) != (b < 0)) || !std::isfinite(a) || !std::isfinite(b))
                    continue;
                const double t = a / (a - b);
                const auto &p0 = corner[e];
                const auto &p1 = corner[(e + 1) % 4];
                cross.append(point(r + p0[0] + t * (p1[0] - p0[0]), c + p0[1] + t * (p1[1] - p0[1])));
            }
            // Two crossings: one segment; four (a saddle): pair them by the centre's side.
            if (cross.size() == 2) {
                lines.append(QLineF(cross[0], cross[1]));
            } else if (cross.size() == 4) {
                const bool centreLikeFirst = ((v[0] + v[1] + v[2] + v[3]) < 0) == (v[0] < 0);
                lines.append(QLineF(cross[0], cross[centreLikeFirst ? 1 : 3]));
                lines.append(QLineF(cross[2], cross[centreLikeFirst ? 3 : 1]));
            }
        }
    return lines;
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
    // The loss curves start at step 0, the loss of the initial weights (ln 2 or so), so that the
    // chart is not empty before the first step.
    session.m_train.append({0.0, session.m_lastLoss});
    if (session.m_data.testRows() > 0)
        session.m_test.append({0.0, session.m_mlp.loss(session.m_data.x, session.m_data.y, session.m_data.trainRows,
                                                       session.m_data.testRows())});
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
    s.decisionLine = decisionLine(pg, kGrid, kPlane);
    s.trainCurve = m_train;
    s.testCurve = m_test;
    s.gradientCurves = m_gradients;
    s.data = m_data;
    return s;
}
