// SPDX-License-Identifier: MIT
#include "naivenumerics.h"

#include "lowprecision.h"
#include "registry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actviz {

namespace {

// The formulas exactly as in a textbook. Each intermediate is stored as a T (through a volatile
// for float and double) so that it is rounded to T, whatever the target's register width or the
// optimiser; the emulated 16-bit formats round in every operation anyway.
template <class T> T stored(T v)
{
    volatile T s = v;
    return s;
}
template <const FloatFormat &F> Emulated<F> stored(Emulated<F> v)
{
    return v;
}

template <class T>
T naiveSigmoid(T x)
{
    using std::exp;
    const T e = stored(exp(-x));
    const T d = stored(T(1) + e);
    return T(1) / d;
}

template <class T>
T naiveTanh(T x)
{
    using std::exp;
    const T ep = stored(exp(x));
    const T em = stored(exp(-x));
    const T num = stored(ep - em);
    const T den = stored(ep + em);
    return num / den;
}

template <class T>
T naiveSoftplus(T x)
{
    using std::exp;
    using std::log;
    const T e = stored(exp(x));
    const T s = stored(T(1) + e);
    return log(s);
}

// σ(1 − σ) with the naive σ: 1 − σ cancels when σ is near 1 and is 0 once 1 + e^(−x) rounds to 1.
template <class T>
T naiveSigmoidDerivative(T x)
{
    const T s = stored(naiveSigmoid(x));
    const T c = stored(T(1) - s);
    return s * c;
}

// 1 − tanh² with the naive tanh: the same cancellation at both ends, and NaN where tanh is.
template <class T>
T naiveTanhDerivative(T x)
{
    const T t = stored(naiveTanh(x));
    const T sq = stored(t * t);
    return T(1) - sq;
}

// eˣ/(1 + eˣ): inf/inf = NaN once eˣ overflows.
template <class T>
T naiveSoftplusDerivative(T x)
{
    using std::exp;
    const T e = stored(exp(x));
    const T d = stored(T(1) + e);
    return e / d;
}

template <class T>
double naiveAt(NaiveFormula fn, double x)
{
    const T xt = static_cast<T>(x);
    const bool df = fn.order == NaiveOrder::Derivative;
    switch (fn.function) {
    case NaiveFunction::Sigmoid:
        return static_cast<double>(stored(df ? naiveSigmoidDerivative(xt) : naiveSigmoid(xt)));
    case NaiveFunction::Tanh: return static_cast<double>(stored(df ? naiveTanhDerivative(xt) : naiveTanh(xt)));
    case NaiveFunction::Softplus:
        return static_cast<double>(stored(df ? naiveSoftplusDerivative(xt) : naiveSoftplus(xt)));
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

// Every f′ here is positive; of the f only tanh has a zero.
bool nonZero(NaiveFormula fn, double x)
{
    return fn.order == NaiveOrder::Derivative || fn.function != NaiveFunction::Tanh || x != 0.0;
}

double roundTo(double v, Precision precision)
{
    switch (precision) {
    case Precision::Float16: return roundToFormat(v, kBinary16);
    case Precision::BFloat16: return roundToFormat(v, kBFloat16);
    case Precision::Float32: return static_cast<double>(static_cast<float>(v));
    case Precision::Float64: break;
    }
    return v;
}

double smallestNormal(Precision precision)
{
    switch (precision) {
    case Precision::Float16: return smallestNormal(kBinary16);
    case Precision::BFloat16: return smallestNormal(kBFloat16);
    case Precision::Float32: return static_cast<double>(std::numeric_limits<float>::min());
    case Precision::Float64: break;
    }
    return std::numeric_limits<double>::min();
}

// The x in [a, b] where the status switches away from status(a), to the last double.
double bisectStatus(NaiveFormula fn, Precision precision, double a, double b)
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

double naiveValue(NaiveFormula fn, double x, Precision precision)
{
    switch (precision) {
    case Precision::Float16: return naiveAt<Half>(fn, x);
    case Precision::BFloat16: return naiveAt<BFloat16>(fn, x);
    case Precision::Float32: return naiveAt<float>(fn, x);
    case Precision::Float64: break;
    }
    return naiveAt<double>(fn, x);
}

double imprecisionThreshold(Precision precision)
{
    switch (precision) {
    case Precision::Float16: return std::max(kNaivePrecisionLoss, std::ldexp(4.0, 1 - kBinary16.precision));
    case Precision::BFloat16: return std::max(kNaivePrecisionLoss, std::ldexp(4.0, 1 - kBFloat16.precision));
    case Precision::Float32:
    case Precision::Float64: break;
    }
    return kNaivePrecisionLoss;
}

double stableValue(NaiveFormula fn, double x)
{
    const Activation &a = stableActivation(fn.function);
    return fn.order == NaiveOrder::Derivative ? a.derivative(x, a.defaults()) : a.value(x, a.defaults());
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
    if (std::fabs(naive - truth) > imprecisionThreshold(precision) * std::fabs(truth))
        return NaiveStatus::PrecisionLoss;
    return NaiveStatus::Ok;
}

NaivePoint evaluateNaive(NaiveFormula fn, double x, Precision precision)
{
    NaivePoint p;
    p.naive = naiveValue(fn, x, precision);
    // The truth at the x the formula sees: the rounding of x itself is not the formula's fault
    // (in float16 it alone moves eˣ by up to 0.4 % near x = 10, bfloat16's by 3 % near 20).
    const double xr = roundTo(x, precision);
    p.stable = stableValue(fn, xr);
    p.status = classifyNaive(p.naive, p.stable, nonZero(fn, xr), precision);
    return p;
}

Result<NaiveCurve> naiveCurve(NaiveFormula fn, Precision precision, double lo, double hi, int samples)
{
    if (!(std::isfinite(lo) && std::isfinite(hi) && lo < hi))
        return fail("the range must be finite with lo < hi");
    if (samples < 2)
        return fail("at least 2 samples are needed");
    NaiveCurve c;
    c.x.resize(samples);
    for (int i = 0; i < samples; ++i)
        c.x[i] = std::lerp(lo, hi, static_cast<double>(i) / (samples - 1));
    const Activation &a = stableActivation(fn.function);
    const Eigen::ArrayXd xr = c.x.unaryExpr([precision](double v) { return roundTo(v, precision); });
    c.stable = fn.order == NaiveOrder::Derivative ? a.derivative(xr, a.defaults()) : a.value(xr, a.defaults());
    c.naive.resize(samples);
    c.status.resize(static_cast<std::size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        c.naive[i] = naiveValue(fn, c.x[i], precision);
        c.status[static_cast<std::size_t>(i)] = classifyNaive(c.naive[i], c.stable[i], nonZero(fn, xr[i]), precision);
    }
    return c;
}

Result<std::vector<NaiveFailure>> naiveFailures(NaiveFormula fn, Precision precision, double lo, double hi,
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

std::vector<NaiveFailureRun> joinFailures(const std::vector<NaiveFailure> &failures, double maxGap)
{
    std::vector<NaiveFailureRun> out;
    for (const NaiveFailure &f : failures) {
        // Only across an Ok gap: a run interrupted by a failure of another kind stays apart.
        if (!out.empty() && out.back().status == f.status && f.lo - out.back().hi <= maxGap) {
            out.back().hi = f.hi;
            ++out.back().pieces;
            continue;
        }
        out.push_back({f.lo, f.hi, f.status, 1});
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
        using std::exp;
        std::vector<T> e(static_cast<std::size_t>(n));
        T sum = T(0);
        for (Eigen::Index i = 0; i < n; ++i) {
            e[static_cast<std::size_t>(i)] = stored(exp(static_cast<T>(z[i])));
            sum = stored(sum + e[static_cast<std::size_t>(i)]);
        }
        for (Eigen::Index i = 0; i < n; ++i)
            r.naive[i] = static_cast<double>(stored(e[static_cast<std::size_t>(i)] / sum));
    };
    switch (precision) {
    case Precision::Float16: run(Half(0.0)); break;
    case Precision::BFloat16: run(BFloat16(0.0)); break;
    case Precision::Float32: run(0.0f); break;
    case Precision::Float64: run(0.0); break;
    }
    r.status.resize(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i)
        r.status[static_cast<std::size_t>(i)] = classifyNaive(r.naive[i], r.stable[i], !std::isinf(z[i]), precision);
    return r;
}

} // namespace actviz
