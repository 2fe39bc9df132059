// SPDX-License-Identifier: MIT
// core/tokennorm.h: LayerNorm against mpmath (tests/data/tokennorm_reference.csv, written by
// generate_tokennorm_reference.py) within 4 ulp, including tokens near ±DBL_MAX, subnormal and
// tiny spreads, a constant token and a single huge outlier; NaN/∞ in → NaN out; the batch
// generator against the same algorithm written in Python (tokennorm_generator.csv); the DyT fit.
#include "registry.h"
#include "tokennorm.h"
#include "ulperror.h"

#include <QFile>
#include <QMap>
#include <QTest>

#include <array>
#include <cfloat>
#include <cmath>
#include <limits>

using namespace actviz;

namespace {

constexpr double kTolUlp = 4.0;
// Box–Muller's log, sqrt, sin and cos come from libm: the same bits with glibc, a few ulp apart
// elsewhere at most.
constexpr double kGeneratorTolUlp = 8.0;

struct Token {
    std::vector<double> x;
    std::vector<long double> y;
};

QMap<QString, Token> readTokens()
{
    QMap<QString, Token> tokens;
    QFile file(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/tokennorm_reference.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return tokens;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> c = file.readLine().trimmed().split(',');
        if (c.size() != 4)
            continue;
        Token &t = tokens[QString::fromLatin1(c[0])];
        t.x.push_back(c[2].toDouble());
        t.y.push_back(std::strtold(c[3].constData(), nullptr));
    }
    return tokens;
}

struct GeneratorRow {
    QString what;
    quint64 seed;
    int index;
    QByteArray value;
};

QList<GeneratorRow> readGenerator()
{
    QList<GeneratorRow> rows;
    QFile file(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/tokennorm_generator.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> c = file.readLine().trimmed().split(',');
        if (c.size() == 4)
            rows.append({QString::fromLatin1(c[0]), c[1].toULongLong(), c[2].toInt(), c[3]});
    }
    return rows;
}

} // namespace

class TestTokenNorm : public QObject
{
    Q_OBJECT
private slots:
    void layerNormMatchesMpmath();
    void nonFiniteTokens();
    void rejectsBadInput();
    void rowsMatchTokens();
    void generatorMatchesPython();
    void batchShape();
    void fitRecoversExactDyT();
    void fitOfTheBatch();
    void fitRejectsBadInput();
};

void TestTokenNorm::layerNormMatchesMpmath()
{
    const QMap<QString, Token> tokens = readTokens();
    QCOMPARE(tokens.size(), 19);
    double worst = 0.0;
    QString worstToken;
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        const Token &t = it.value();
        std::vector<double> out(t.x.size());
        QVERIFY(layerNorm(t.x, out));
        for (std::size_t i = 0; i < t.x.size(); ++i) {
            const double e = ulperror::ulpError(out[i], t.y[i]);
            if (e > worst) {
                worst = e;
                worstToken = it.key();
            }
            QVERIFY2(e <= kTolUlp, qPrintable(QStringLiteral("%1[%2] (x = %3): got %4, want %5, %6 ulp")
                                                  .arg(it.key())
                                                  .arg(i)
                                                  .arg(t.x[i], 0, 'g', 17)
                                                  .arg(out[i], 0, 'g', 17)
                                                  .arg(static_cast<double>(t.y[i]), 0, 'g', 17)
                                                  .arg(e)));
        }
    }
    qInfo("LayerNorm worst: %.2f ulp (%s)", worst, qPrintable(worstToken));
    // The constant tokens are exactly 0.
    for (const double v : tokens.value(QStringLiteral("constant_max")).x) {
        std::array<double, 1> in{v};
        std::array<double, 1> out{};
        QVERIFY(layerNorm(in, out));
        QCOMPARE(out[0], 0.0);
    }
}

void TestTokenNorm::nonFiniteTokens()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (const double bad : {nan, inf, -inf}) {
        std::vector<double> x{1.0, 2.0, bad, 4.0};
        std::vector<double> out(4);
        QVERIFY(layerNorm(x, out));
        for (const double v : out)
            QVERIFY(std::isnan(v));
    }
    // ε = 0 on a constant token is 0/0, as in PyTorch.
    std::vector<double> c{2.0, 2.0};
    std::vector<double> out(2);
    QVERIFY(layerNorm(c, out, 0.0));
    QVERIFY(std::isnan(out[0]));
    // In place.
    std::vector<double> x{-1.0, 1.0};
    QVERIFY(layerNorm(x, x, 0.0));
    QCOMPARE(x[0], -1.0);
    QCOMPARE(x[1], 1.0);
}

void TestTokenNorm::rejectsBadInput()
{
    std::vector<double> x{1.0, 2.0};
    std::vector<double> one(1);
    QVERIFY(!layerNorm(x, one));
    QVERIFY(!layerNorm({}, std::span<double>{}));
    std::vector<double> out(2);
    QVERIFY(!layerNorm(x, out, -1.0));
    QVERIFY(!layerNorm(x, out, std::numeric_limits<double>::quiet_NaN()));
    QVERIFY(!layerNormRows(Eigen::ArrayXXd(0, 3)));
    TokenBatchSpec spec;
    spec.tokens = 0;
    QVERIFY(!syntheticTokens(spec));
    spec = {};
    spec.channels = 1;
    QVERIFY(!syntheticTokens(spec));
    spec = {};
    spec.outlierChannels = spec.channels / 2 + 1;
    QVERIFY(!syntheticTokens(spec));
    spec = {};
    spec.scaleSpread = std::numeric_limits<double>::infinity();
    QVERIFY(!syntheticTokens(spec));
    spec = {};
    spec.outlierMagnitude = -1.0;
    QVERIFY(!syntheticTokens(spec));
}

void TestTokenNorm::rowsMatchTokens()
{
    const auto batch = syntheticTokens({});
    QVERIFY(batch);
    const auto rows = layerNormRows(batch->x);
    QVERIFY(rows);
    for (Eigen::Index t : {0, 17, 47}) {
        std::vector<double> x(static_cast<std::size_t>(batch->x.cols()));
        for (Eigen::Index c = 0; c < batch->x.cols(); ++c)
            x[static_cast<std::size_t>(c)] = batch->x(t, c);
        std::vector<double> y(x.size());
        QVERIFY(layerNorm(x, y));
        for (Eigen::Index c = 0; c < batch->x.cols(); ++c)
            QCOMPARE(rows.value()(t, c), y[static_cast<std::size_t>(c)]);
        // Each token is normalised: mean 0, variance var/(var + ε) ≈ 1.
        const Eigen::ArrayXd r = rows.value().row(t).transpose();
        QVERIFY(std::abs(r.mean()) < 1e-14);
        QVERIFY(std::abs(r.square().mean() - 1.0) < 1e-4);
    }
}

void TestTokenNorm::generatorMatchesPython()
{
    const QList<GeneratorRow> rows = readGenerator();
    QCOMPARE(rows.size(), 33);
    const auto batch = syntheticTokens({});
    QVERIFY(batch);
    auto close = [](double got, double want) { return ulperror::ulpError(got, want) <= kGeneratorTolUlp; };
    for (const GeneratorRow &r : rows) {
        const QByteArray where =
            r.what.toLatin1() + ' ' + QByteArray::number(r.seed) + ' ' + QByteArray::number(r.index);
        if (r.what == QLatin1String("raw")) {
            TokenRng g(r.seed);
            std::uint64_t v = 0;
            for (int i = 0; i <= r.index; ++i)
                v = g.next();
            QVERIFY2(v == r.value.toULongLong(), where.constData()); // integers: exact everywhere
        } else if (r.what == QLatin1String("uniform")) {
            TokenRng g(r.seed);
            double v = 0.0;
            for (int i = 0; i <= r.index; ++i)
                v = g.uniform();
            QVERIFY2(v == r.value.toDouble(), where.constData());
        } else if (r.what == QLatin1String("normal")) {
            TokenRng g(r.seed);
            double v = 0.0;
            for (int i = 0; i <= r.index; ++i)
                v = g.normal();
            QVERIFY2(close(v, r.value.toDouble()), where.constData());
        } else if (r.what == QLatin1String("outlier")) {
            QVERIFY2(batch->outliers[static_cast<std::size_t>(r.index)] == r.value.toInt(), where.constData());
        } else if (r.what == QLatin1String("scale")) {
            QVERIFY2(close(batch->scale[r.index], r.value.toDouble()), where.constData());
        } else if (r.what == QLatin1String("x")) {
            const auto cols = static_cast<int>(batch->x.cols());
            QVERIFY2(close(batch->x(r.index / cols, r.index % cols), r.value.toDouble()), where.constData());
        } else {
            QFAIL(where.constData());
        }
    }
}

void TestTokenNorm::batchShape()
{
    TokenBatchSpec spec;
    spec.tokens = 5;
    spec.channels = 40;
    spec.outlierChannels = 3;
    const auto a = syntheticTokens(spec);
    QVERIFY(a);
    QCOMPARE(a->x.rows(), 5);
    QCOMPARE(a->x.cols(), 40);
    QCOMPARE(a->outliers.size(), std::size_t{3});
    QVERIFY(a->x.isFinite().all());
    // The same seed, the same batch; another seed, another batch.
    const auto b = syntheticTokens(spec);
    QVERIFY((a->x == b->x).all());
    spec.seed = 2;
    const auto c = syntheticTokens(spec);
    QVERIFY(!(a->x == c->x).all());
    // Outlier channels are large relative to the token's scale, on average, with signs +, −, +.
    spec.tokens = 200;
    const auto d = syntheticTokens(spec);
    QVERIFY(d);
    for (std::size_t k = 0; k < d->outliers.size(); ++k) {
        const Eigen::ArrayXd relative = d->x.col(d->outliers[k]) / d->scale;
        QVERIFY2((k % 2 ? -1.0 : 1.0) * relative.mean() > 0.25 * 0.5 * spec.outlierMagnitude,
                 qPrintable(QString::number(relative.mean())));
    }
}

void TestTokenNorm::fitRecoversExactDyT()
{
    const Activation &dyt = *findActivation("dyt");
    for (const auto &[alpha, gamma] : {std::pair{0.7, 2.3}, std::pair{0.05, 9.0}, std::pair{2.5, -1.5}}) {
        const Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(801, -8.0 / alpha, 8.0 / alpha);
        const Eigen::ArrayXd y = dyt.value(x, Params{alpha, gamma});
        const auto fit = fitDyT(x, y);
        QVERIFY(fit);
        QVERIFY2(std::abs(fit->alpha / alpha - 1.0) < 1e-7, qPrintable(QString::number(fit->alpha, 'g', 17)));
        QVERIFY2(std::abs(fit->gamma / gamma - 1.0) < 1e-7, qPrintable(QString::number(fit->gamma, 'g', 17)));
        QVERIFY(fit->residualRms < 1e-7 * std::abs(gamma));
        QCOMPARE(fit->pairs, x.size());
    }
    // Non-finite pairs are left out.
    Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(101, -5.0, 5.0);
    Eigen::ArrayXd y = dyt.value(x, Params{1.0, 2.0});
    x[3] = std::numeric_limits<double>::quiet_NaN();
    y[7] = std::numeric_limits<double>::infinity();
    const auto fit = fitDyT(x, y);
    QVERIFY(fit);
    QCOMPARE(fit->pairs, 99);
    QVERIFY(std::abs(fit->alpha - 1.0) < 1e-7);
}

void TestTokenNorm::fitOfTheBatch()
{
    const auto batch = syntheticTokens({});
    QVERIFY(batch);
    const Eigen::ArrayXXd y = layerNormRows(batch->x).value();
    const Eigen::ArrayXd xs = batch->x.reshaped();
    const Eigen::ArrayXd ys = y.reshaped();
    const auto fit = fitDyT(xs, ys);
    QVERIFY(fit);
    qInfo("default batch: α = %.6g, γ = %.6g, residual RMS %.4f of output RMS %.4f", fit->alpha, fit->gamma,
          fit->residualRms, fit->outputRms);
    QCOMPARE(dytResidualRms(xs, ys, fit->alpha, fit->gamma), fit->residualRms);
    // The fit beats DyT's initialisation (α = 0.5, γ = 1) and the fit γ = 0, and nearby α do no better.
    QVERIFY(fit->residualRms < dytResidualRms(xs, ys, 0.5, 1.0));
    QVERIFY(fit->residualRms < fit->outputRms);
    for (const double f : {0.9, 1.1})
        QVERIFY(fit->residualRms <= dytResidualRms(xs, ys, fit->alpha * f, fit->gamma));
    qInfo("DyT's initialisation α = 0.5, γ = 1: residual RMS %.4f", dytResidualRms(xs, ys, 0.5, 1.0));
    // Without outlier channels the S comes from the token scales alone: a steeper, lower tanh.
    TokenBatchSpec quiet;
    quiet.outlierChannels = 0;
    const auto q = syntheticTokens(quiet);
    QVERIFY(q);
    const Eigen::ArrayXd qx = q->x.reshaped();
    const Eigen::ArrayXd qy = layerNormRows(q->x).value().reshaped();
    const auto qfit = fitDyT(qx, qy);
    QVERIFY(qfit);
    qInfo("no outliers: α = %.6g, γ = %.6g, residual RMS %.4f", qfit->alpha, qfit->gamma, qfit->residualRms);
    QVERIFY(qfit->alpha > fit->alpha && qfit->gamma < fit->gamma);
}

void TestTokenNorm::fitRejectsBadInput()
{
    QVERIFY(!fitDyT(Eigen::ArrayXd::Ones(3), Eigen::ArrayXd::Ones(4)));
    QVERIFY(!fitDyT(Eigen::ArrayXd(0), Eigen::ArrayXd(0)));
    QVERIFY(!fitDyT(Eigen::ArrayXd::Zero(5), Eigen::ArrayXd::Ones(5)));
    QVERIFY(!fitDyT(Eigen::ArrayXd::Constant(2, std::numeric_limits<double>::quiet_NaN()), Eigen::ArrayXd::Ones(2)));
    QVERIFY(std::isnan(dytResidualRms(Eigen::ArrayXd::Ones(3), Eigen::ArrayXd::Ones(4), 1.0, 1.0)));
}

QTEST_APPLESS_MAIN(TestTokenNorm)
#include "tst_tokennorm.moc"
