// SPDX-License-Identifier: MIT
#include "tokennorm.h"

#include "numerics.h"
#include "registry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace actviz {

namespace {

constexpr double kTwoPi = 6.283185307179586; // 2π rounded to double
// Below 2^kEpsilonScaleFloor the token's values are so small that ε·2^(−2k) would overflow:
// then ε is added unscaled and the result scaled by 2^k at the very end (one rounding).
constexpr int kEpsilonScaleFloor = -500;
// The α search: a scan over [kScanLo, kScanHi]/rms(x) on a log scale, then golden section.
constexpr double kScanLo = 1e-6;
constexpr double kScanHi = 1e6;
constexpr int kScanSteps = 96;
constexpr int kGoldenSteps = 80;

std::uint64_t splitmix64(std::uint64_t &state)
{
    state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

std::string checkSpec(const TokenBatchSpec &s)
{
    if (s.tokens < 1 || s.tokens > TokenBatchSpec::kMaxTokens)
        return "tokens must be from 1 to " + std::to_string(TokenBatchSpec::kMaxTokens);
    if (s.channels < 2 || s.channels > TokenBatchSpec::kMaxChannels)
        return "channels must be from 2 to " + std::to_string(TokenBatchSpec::kMaxChannels);
    if (s.outlierChannels < 0 || s.outlierChannels > std::min(TokenBatchSpec::kMaxOutliers, s.channels / 2))
        return "outlier channels must be from 0 to " +
               std::to_string(std::min(TokenBatchSpec::kMaxOutliers, s.channels / 2));
    for (const double v : {s.outlierMagnitude, s.scaleSpread, s.shiftSpread})
        if (!(std::isfinite(v) && v >= 0.0))
            return "the outlier magnitude and the spreads must be finite and ≥ 0";
    return {};
}

// The finite pairs of (x, y), packed.
void finitePairs(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y, Eigen::ArrayXd &fx, Eigen::ArrayXd &fy)
{
    Eigen::Index n = 0;
    for (Eigen::Index i = 0; i < x.size(); ++i)
        n += std::isfinite(x[i]) && std::isfinite(y[i]);
    fx.resize(n);
    fy.resize(n);
    n = 0;
    for (Eigen::Index i = 0; i < x.size(); ++i)
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            fx[n] = x[i];
            fy[n] = y[i];
            ++n;
        }
}

const Activation &dyt()
{
    static const Activation *f = findActivation("dyt");
    return *f;
}

// For a fixed α: the best γ (closed form) and the sum of squared residuals with it.
struct AlphaFit {
    double gamma = 0.0;
    double ssr = 0.0;
};

AlphaFit fitAtAlpha(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y, double alpha, Eigen::ArrayXd &t)
{
    dyt().fArray(x, Params{alpha, 1.0}, t); // tanh(αx)
    const double stt = (t * t).sum();
    const double gamma = stt > 0.0 ? (t * y).sum() / stt : 0.0;
    // Summed directly, not as Σy² − (Σty)²/Σt², which cancels when the fit is close.
    return {gamma, (y - gamma * t).square().sum()};
}

} // namespace

TokenRng::TokenRng(std::uint64_t seed)
{
    for (std::uint64_t &s : m_s)
        s = splitmix64(seed);
}

std::uint64_t TokenRng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double TokenRng::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1p-53;
}

double TokenRng::normal()
{
    if (m_haveSpare) {
        m_haveSpare = false;
        return m_spare;
    }
    const double u1 = 1.0 - uniform(); // (0, 1]: the log is finite
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double theta = kTwoPi * u2;
    m_spare = r * std::sin(theta);
    m_haveSpare = true;
    return r * std::cos(theta);
}

Result<TokenBatch> syntheticTokens(const TokenBatchSpec &spec)
{
    if (const std::string e = checkSpec(spec); !e.empty())
        return fail(e);
    TokenRng rng(spec.seed);
    std::vector<double> gain(static_cast<std::size_t>(spec.channels), 0.0);
    TokenBatch b;
    while (static_cast<int>(b.outliers.size()) < spec.outlierChannels) {
        const int c = std::min(static_cast<int>(rng.uniform() * spec.channels), spec.channels - 1);
        if (std::find(b.outliers.begin(), b.outliers.end(), c) != b.outliers.end())
            continue;
        // Signs alternate, so that both tails of the S get outliers whatever the seed.
        const double magnitude = spec.outlierMagnitude * (0.5 + rng.uniform());
        gain[static_cast<std::size_t>(c)] = b.outliers.size() % 2 ? -magnitude : magnitude;
        b.outliers.push_back(c);
    }
    b.x.resize(spec.tokens, spec.channels);
    b.scale.resize(spec.tokens);
    for (int t = 0; t < spec.tokens; ++t) {
        const double scale = std::exp(spec.scaleSpread * rng.normal());
        const double shift = spec.shiftSpread * rng.normal();
        b.scale[t] = scale;
        for (int c = 0; c < spec.channels; ++c) {
            const double z = rng.normal();
            const double g = gain[static_cast<std::size_t>(c)];
            // An outlier's size varies from token to token (uniformly up to its gain), which
            // fills the S between the bulk and its shoulders as in the paper's figures.
            b.x(t, c) = shift + scale * (g != 0.0 ? z + g * rng.uniform() : z);
        }
    }
    return b;
}

Result<std::monostate> layerNorm(std::span<const double> x, std::span<double> out, double epsilon)
{
    if (x.empty())
        return fail("a token needs at least one channel");
    if (out.size() != x.size())
        return fail("the output must have as many channels as the token");
    if (!(std::isfinite(epsilon) && epsilon >= 0.0))
        return fail("ε must be finite and ≥ 0");
    double largest = 0.0;
    for (const double v : x) {
        if (!std::isfinite(v)) {
            std::fill(out.begin(), out.end(), num::kNaN);
            return std::monostate{};
        }
        largest = std::max(largest, std::fabs(v));
    }
    if (largest == 0.0) {
        std::fill(out.begin(), out.end(), epsilon > 0.0 ? 0.0 : num::kNaN);
        return std::monostate{};
    }
    // x = xs·2^k with |xs| < 2: exact (only values 2^1074 below the largest can lose bits, and
    // they change neither the mean nor the variance at double precision).
    const int k = std::ilogb(largest);
    const auto n = static_cast<double>(x.size());
    double s = 0.0;
    double c = 0.0;
    for (const double v : x) {
        const num::DD t = num::twoSum(s, std::ldexp(v, -k));
        s = t.hi;
        c += t.lo;
    }
    const num::DD sum = num::fastTwoSum(s, c);
    // mean = q1 + q2: q1 the rounded quotient, its remainder exact by fma.
    const double q1 = sum.hi / n;
    const double q2 = (std::fma(-q1, n, sum.hi) + sum.lo) / n;
    double ss = 0.0;
    double sc = 0.0;
    double sd = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const num::DD a = num::twoSum(std::ldexp(x[i], -k), -q1);
        const double d = a.hi + (a.lo - q2); // xs − mean, rounded once
        const num::DD p = num::twoProd(d, d);
        const num::DD t = num::twoSum(ss, p.hi);
        ss = t.hi;
        sc += t.lo + p.lo;
        sd += d;
        out[i] = d;
    }
    // The corrected two-pass formula: Σd is not exactly 0 after rounding.
    const double var = std::max(0.0, (ss + (sc - sd * sd / n)) / n);
    if (epsilon == 0.0 || k >= kEpsilonScaleFloor) {
        // ε·2^(−2k) underflows for huge values: negligible then, unless the variance is 0 too,
        // when every deviation is 0 and so is the output (ε > 0).
        const double denom = std::sqrt(var + std::ldexp(epsilon, -2 * k));
        for (double &v : out)
            v = denom == 0.0 && epsilon > 0.0 ? 0.0 : v / denom;
    } else {
        const double denom = std::sqrt(epsilon + std::ldexp(var, 2 * k)); // var·2^(2k) ≪ ε here
        for (double &v : out)
            v = std::ldexp(v / denom, k);
    }
    return std::monostate{};
}

Result<Eigen::ArrayXXd> layerNormRows(const Eigen::ArrayXXd &x, double epsilon)
{
    if (x.rows() == 0 || x.cols() == 0)
        return fail("the batch is empty");
    Eigen::ArrayXXd out(x.rows(), x.cols());
    std::vector<double> row(static_cast<std::size_t>(x.cols()));
    for (Eigen::Index t = 0; t < x.rows(); ++t) {
        for (Eigen::Index c = 0; c < x.cols(); ++c)
            row[static_cast<std::size_t>(c)] = x(t, c);
        if (auto r = layerNorm(row, row, epsilon); !r)
            return fail(r.error());
        for (Eigen::Index c = 0; c < x.cols(); ++c)
            out(t, c) = row[static_cast<std::size_t>(c)];
    }
    return out;
}

Result<DyTFit> fitDyT(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y)
{
    if (x.size() != y.size())
        return fail("x and y must have the same length");
    Eigen::ArrayXd fx;
    Eigen::ArrayXd fy;
    finitePairs(x, y, fx, fy);
    if (fx.size() == 0)
        return fail("no finite (x, y) pair to fit");
    const double xRms = std::sqrt(fx.square().mean());
    if (!(xRms > 0.0) || !std::isfinite(xRms))
        return fail("every x is 0 (or x is too large to square): α is undetermined");
    Eigen::ArrayXd t(fx.size());
    auto ssr = [&](double logAlpha) { return fitAtAlpha(fx, fy, std::exp(logAlpha), t).ssr; };
    const double lo = std::log(kScanLo / xRms);
    const double step = (std::log(kScanHi / xRms) - lo) / kScanSteps;
    int best = 0;
    double bestSsr = num::kInf;
    for (int i = 0; i <= kScanSteps; ++i)
        if (const double r = ssr(lo + i * step); r < bestSsr) {
            bestSsr = r;
            best = i;
        }
    // Golden section on [best − 1, best + 1] steps: the scan's minimum lies in it.
    const double g = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = lo + std::max(best - 1, 0) * step;
    double b = lo + std::min(best + 1, kScanSteps) * step;
    double c = b - g * (b - a);
    double d = a + g * (b - a);
    double fc = ssr(c);
    double fd = ssr(d);
    for (int i = 0; i < kGoldenSteps && b - a > 1e-13; ++i) {
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - g * (b - a);
            fc = ssr(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + g * (b - a);
            fd = ssr(d);
        }
    }
    double logAlpha = (a + b) / 2;
    AlphaFit fit = fitAtAlpha(fx, fy, std::exp(logAlpha), t);
    if (bestSsr < fit.ssr) { // flat objective: the scan point is as good
        logAlpha = lo + best * step;
        fit = fitAtAlpha(fx, fy, std::exp(logAlpha), t);
    }
    const auto count = static_cast<double>(fx.size());
    return DyTFit{.alpha = std::exp(logAlpha),
                  .gamma = fit.gamma,
                  .residualRms = std::sqrt(fit.ssr / count),
                  .outputRms = std::sqrt(fy.square().mean()),
                  .pairs = fx.size()};
}

double dytResidualRms(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y, double alpha, double gamma)
{
    if (x.size() != y.size())
        return num::kNaN;
    Eigen::ArrayXd fx;
    Eigen::ArrayXd fy;
    finitePairs(x, y, fx, fy);
    if (fx.size() == 0)
        return num::kNaN;
    Eigen::ArrayXd f(fx.size());
    dyt().fArray(fx, Params{alpha, gamma}, f);
    return std::sqrt((fy - f).square().mean());
}

} // namespace actviz
