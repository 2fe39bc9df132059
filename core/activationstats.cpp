// SPDX-License-Identifier: MIT
#include "activationstats.h"

#include "gaussquadrature.h"
#include "paramdomain.h"
#include "saturation.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace actviz {

namespace {

constexpr int kCheckHermiteNodes = 64;
// Gauss–Hermite with 100 nodes is trusted when 64 nodes give the same numbers to this.
constexpr double kHermiteAgreement = 1e-12;
constexpr double kAdaptiveTolerance = 1e-13;

struct Moments {
    double mean = 0.0;
    double variance = 0.0;
    double meanDerivative = 0.0;
    double meanSquareDerivative = 0.0;
};

const QuadratureRule &hermiteRule(int n)
{
    static const QuadratureRule r100 = normalGaussHermite(kStatsHermiteNodes);
    static const QuadratureRule r64 = normalGaussHermite(kCheckHermiteNodes);
    return n == kCheckHermiteNodes ? r64 : r100;
}

// Σ w_i g_i summed in mirror pairs (nodes and weights are exactly symmetric), so that an odd
// integrand such as tanh gives exactly 0.
double pairedSum(const Eigen::ArrayXd &w, const Eigen::ArrayXd &g)
{
    const Eigen::Index n = w.size();
    double s = n % 2 ? w[n / 2] * g[n / 2] : 0.0;
    for (Eigen::Index i = 0; i < n / 2; ++i)
        s += w[i] * (g[i] + g[n - 1 - i]);
    return s;
}

Moments hermiteMoments(const Activation &f, const Params &p, double mu, double sigma, int n)
{
    const QuadratureRule &r = hermiteRule(n);
    const Eigen::ArrayXd x = mu + sigma * r.nodes;
    const Eigen::ArrayXd v = f.value(x, p);
    const Eigen::ArrayXd d = f.derivative(x, p);
    Moments m;
    m.mean = pairedSum(r.weights, v);
    m.variance = pairedSum(r.weights, (v - m.mean).square());
    m.meanDerivative = pairedSum(r.weights, d);
    m.meanSquareDerivative = pairedSum(r.weights, d.square());
    return m;
}

bool agree(double a, double b, double scale) { return std::fabs(a - b) <= kHermiteAgreement * scale; }

bool hermiteConverged(const Moments &a, const Moments &b)
{
    const double meanSquare = a.variance + a.mean * a.mean;
    return agree(a.mean, b.mean, std::sqrt(meanSquare)) && agree(a.variance, b.variance, a.variance)
           && agree(a.meanDerivative, b.meanDerivative, std::sqrt(a.meanSquareDerivative))
           && agree(a.meanSquareDerivative, b.meanSquareDerivative, a.meanSquareDerivative);
}

constexpr double kInvSqrt2Pi = 0.3989422804014327; // 1/√(2π)
double normalPdf(double t) { return kInvSqrt2Pi * std::exp(-0.5 * t * t); }

Moments adaptiveMoments(const Activation &f, const Params &p, double mu, double sigma)
{
    std::vector<double> cuts;
    for (int t = -static_cast<int>(kStatsTruncation); t <= static_cast<int>(kStatsTruncation); ++t)
        cuts.push_back(t);
    for (const Kink &k : f.kinkPoints(p)) {
        const double t = (k.x - mu) / sigma;
        if (std::fabs(t) < kStatsTruncation)
            cuts.push_back(t);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    Moments m;
    const AdaptiveIntegral first = integrateAdaptive(
        [&](double t, double *out) {
            const double w = normalPdf(t);
            const double x = mu + sigma * t;
            const double d = f.derivative(x, p);
            out[0] = w * f.value(x, p);
            out[1] = w * d;
            out[2] = w * d * d;
        },
        3, cuts, kAdaptiveTolerance);
    m.mean = first.values[0];
    m.meanDerivative = first.values[1];
    m.meanSquareDerivative = first.values[2];
    const AdaptiveIntegral second = integrateAdaptive(
        [&](double t, double *out) {
            const double dev = f.value(mu + sigma * t, p) - m.mean;
            out[0] = normalPdf(t) * dev * dev;
        },
        1, cuts, kAdaptiveTolerance);
    m.variance = second.values[0];
    return m;
}

} // namespace

Result<ActivationStats> activationStats(const Activation &f, const Params &p, double sigma, double epsilon, double mu)
{
    if (!(sigma > 0.0 && sigma <= kStatsMaxSigma))
        return fail("sigma must be a number in (0, 1e6]");
    if (!(std::fabs(mu) <= kStatsMaxSigma))
        return fail("mu must be a number in [-1e6, 1e6]");
    if (!f.f || !f.df || !f.fArray || !f.dfArray)
        return fail(std::string(f.id) + " has no formula or no derivative");
    if (auto ok = checkParams(f, p); !ok)
        return fail(ok.error());
    const double range = kStatsTruncation * sigma;
    const auto intervals = findSaturation(f, p, epsilon, mu - range, mu + range);
    if (!intervals)
        return fail(intervals.error()); // ε out of range

    ActivationStats s;
    Moments m;
    bool hermite = f.kinkPoints(p).empty();
    if (hermite) {
        m = hermiteMoments(f, p, mu, sigma, kStatsHermiteNodes);
        hermite = hermiteConverged(m, hermiteMoments(f, p, mu, sigma, kCheckHermiteNodes));
    }
    if (!hermite)
        m = adaptiveMoments(f, p, mu, sigma);
    s.method = hermite ? StatsMethod::GaussHermite : StatsMethod::AdaptiveGaussKronrod;
    s.mean = m.mean;
    s.variance = m.variance;
    s.meanSquare = m.variance + m.mean * m.mean;
    s.meanDerivative = m.meanDerivative;
    s.meanSquareDerivative = m.meanSquareDerivative;
    for (const SaturationInterval &iv : *intervals) {
        const double mass = normalMass((iv.lo - mu) / sigma, (iv.hi - mu) / sigma);
        (iv.kind == SaturationKind::Dead ? s.deadFraction : s.saturatedFraction) += mass;
    }
    return s;
}

} // namespace actviz
