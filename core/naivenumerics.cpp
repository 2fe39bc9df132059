// SPDX-License-Identifier: MIT
#include "naivenumerics.h"

#include "registry.h"

#include <cmath>
#include <limits>

namespace actviz {

namespace {

// The formulas exactly as in a textbook. Each intermediate goes through a volatile variable of
// type T so that it is rounded to T, whatever the target's register width or the optimiser.
template <class T>
T naiveSigmoid(T x)
{
    volatile T e = std::exp(-x);
    volatile T d = T(1) + e;
    return T(1) / d;
}

template <class T>
T naiveTanh(T x)
{
    volatile T ep = std::exp(x);
    volatile T em = std::exp(-x);
    volatile T num = ep - em;
    volatile T den = ep + em;
    return num / den;
}

template <class T>
T naiveSoftplus(T x)
{
    volatile T e = std::exp(x);
    volatile T s = T(1) + e;
    return std::log(s);
}

template <class T>
double naiveAt(NaiveFunction fn, double x)
{
    const T xt = static_cast<T>(x);
    switch (fn) {
    case NaiveFunction::Sigmoid: return naiveSigmoid<T>(xt);
    case NaiveFunction::Tanh: return naiveTanh<T>(xt);
    case NaiveFunction::Softplus: return naiveSoftplus<T>(xt);
    }
    return std::numeric_limits<double>::quiet_NaN();
}

const Activation &stableActivation(NaiveFunction fn)
{
    static const Activation *sigmoid = findActivation("sigmoid");
    static const Activation *tanh = findActivation("tanh");
    static const Activation *softplus = findActivation("softplus");
    switch (fn) {
    case NaiveFunction::Tanh: return *tanh;
    case NaiveFunction::Softplus: return *softplus;
    case NaiveFunction::Sigmoid: break;
    }
    return *sigmoid;
}

bool nonZero(NaiveFunction fn, double x) { return fn != NaiveFunction::Tanh || x != 0.0; }

double roundTo(double v, Precision precision)
{
    return precision == Precision::Float32 ? static_cast<double>(static_cast<float>(v)) : v;
}

double smallestNormal(Precision precision)
{
    return precision == Precision::Float32 ? static_cast<double>(std::numeric_limits<float>::min())
                                           : std::numeric_limits<double>::min();
}

// The x in [a, b] where the status switches away from status(a), to the last double.
double bisectStatus(NaiveFunction fn, Precision precision, double a, double b)
{
    const NaiveStatus left = evaluateNaive(fn, a, precision).status;
    for (;;) {
        const double m = a + 0.5 * (b - a);
        if (m <= a || m >= b)
            return b;
        (evaluateNaive(fn, m, precision).status == left ? a : b) = m;
    }
}

} // namespace

double naiveValue(NaiveFunction fn, double x, Precision precision)
{
    return precision == Precision::Float32 ? naiveAt<float>(fn, x) : naiveAt<double>(fn, x);
}

double stableValue(NaiveFunction fn, double x)
{
    const Activation &a = stableActivation(fn);
    return a.value(x, a.defaults());
}

NaiveStatus classifyNaive(double naive, double truth, bool mathematicallyNonZero, Precision precision)
{
    if (std::isnan(naive))
        return NaiveStatus::NaN;
    if (std::isinf(naive))
        return std::isinf(truth) && naive == truth ? NaiveStatus::Ok : NaiveStatus::Overflow;
    if (naive == 0.0 && mathematicallyNonZero)
        return std::fabs(truth) < smallestNormal(precision) ? NaiveStatus::Underflow : NaiveStatus::PrecisionLoss;
    if (naive == roundTo(truth, precision))
        return NaiveStatus::Ok;
    if (std::fabs(naive - truth) > kNaivePrecisionLoss * std::fabs(truth))
        return NaiveStatus::PrecisionLoss;
    return NaiveStatus::Ok;
}

NaivePoint evaluateNaive(NaiveFunction fn, double x, Precision precision)
{
    NaivePoint p;
    p.naive = naiveValue(fn, x, precision);
    p.stable = stableValue(fn, x);
    p.status = classifyNaive(p.naive, p.stable, nonZero(fn, x), precision);
    return p;
}

Result<NaiveCurve> naiveCurve(NaiveFunction fn, Precision precision, double lo, double hi, int samples)
{
    if (!(std::isfinite(lo) && std::isfinite(hi) && lo < hi))
        return fail("the range must be finite with lo < hi");
    if (samples < 2)
        return fail("at least 2 samples are needed");
    NaiveCurve c;
    c.x.resize(samples);
    for (int i = 0; i < samples; ++i)
        c.x[i] = std::lerp(lo, hi, static_cast<double>(i) / (samples - 1));
    const Activation &a = stableActivation(fn);
    c.stable = a.value(c.x, a.defaults());
    c.naive.resize(samples);
    c.status.resize(static_cast<std::size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        c.naive[i] = naiveValue(fn, c.x[i], precision);
        c.status[static_cast<std::size_t>(i)] = classifyNaive(c.naive[i], c.stable[i], nonZero(fn, c.x[i]), precision);
    }
    return c;
}

Result<std::vector<NaiveFailure>> naiveFailures(NaiveFunction fn, Precision precision, double lo, double hi,
                                                int samples)
{
    const Result<NaiveCurve> c = naiveCurve(fn, precision, lo, hi, samples);
    if (!c)
        return fail(c.error());
    std::vector<NaiveFailure> out;
    double start = lo;
    for (int i = 0; i < samples; ++i) {
        const NaiveStatus s = c->status[static_cast<std::size_t>(i)];
        const bool last = i + 1 == samples;
        if (!last && c->status[static_cast<std::size_t>(i) + 1] == s)
            continue;
        // A run of status s ends at sample i.
        const double end = last ? hi : bisectStatus(fn, precision, c->x[i], c->x[i + 1]);
        if (s != NaiveStatus::Ok)
            out.push_back({start, end, s});
        start = end;
    }
    return out;
}

Result<NaiveSoftmax> naiveSoftmax(const VectorRef &z, Precision precision)
{
    Result<Eigen::VectorXd> stable = softmax(z);
    if (!stable)
        return fail(stable.error());
    NaiveSoftmax r;
    r.stable = std::move(stable).value();
    const Eigen::Index n = z.size();
    r.naive.resize(n);
    auto run = [&](auto zero) {
        using T = decltype(zero);
        std::vector<T> e(static_cast<std::size_t>(n));
        volatile T sum = T(0);
        for (Eigen::Index i = 0; i < n; ++i) {
            e[static_cast<std::size_t>(i)] = std::exp(static_cast<T>(z[i]));
            sum = sum + e[static_cast<std::size_t>(i)];
        }
        for (Eigen::Index i = 0; i < n; ++i) {
            volatile T q = e[static_cast<std::size_t>(i)] / sum;
            r.naive[i] = q;
        }
    };
    if (precision == Precision::Float32)
        run(0.0f);
    else
        run(0.0);
    r.status.resize(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i)
        r.status[static_cast<std::size_t>(i)] = classifyNaive(r.naive[i], r.stable[i], !std::isinf(z[i]), precision);
    return r;
}

} // namespace actviz
