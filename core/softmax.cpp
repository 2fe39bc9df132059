// SPDX-License-Identifier: MIT
#include "softmax.h"

#include "numberparse.h"
#include "numerics.h"

#include <cmath>
#include <limits>
#include <string>

namespace actviz {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::string shortest(double v)
{
    return shortestText(v);
}

// What every function here is built from. With m = max z and d = (z − m)/T ≤ 0, the
// exponentials e = exp(d) lie in [0, 1] with e[top] = 1, so the sum S = 1 + rest never
// overflows, and log S = log1p(rest) keeps full accuracy when rest is tiny (log(1 + rest)
// would round it away).
struct Shifted {
    Eigen::VectorXd d;
    Eigen::VectorXd dLo; // what rounding left out of d: (z − m)/T = d + dLo to about 2^-106
    Eigen::VectorXd e;
    Eigen::Index top = 0;
    double rest = 0.0; // Σ e_i over i ≠ top
    double temperature = 1.0;

    [[nodiscard]] double sum() const { return 1.0 + rest; }
    // 1 − s_i = Σ_{j≠i} e_j / S, formed without the cancellation of 1 − s_i when s_i ≈ 1.
    [[nodiscard]] double complement(Eigen::Index i) const { return (i == top ? rest : (1.0 - e[i]) + rest) / sum(); }
};

Result<Shifted> shift(const VectorRef &z, double temperature)
{
    if (!(std::isfinite(temperature) && temperature > 0.0))
        return fail("the temperature must be a finite number > 0 (got " + shortest(temperature) + ")");
    if (z.size() == 0)
        return fail("the vector is empty");
    Shifted s;
    s.temperature = temperature;
    double m = -kInf;
    for (Eigen::Index i = 0; i < z.size(); ++i) {
        const std::string entry = "entry " + std::to_string(i + 1);
        if (std::isnan(z[i]))
            return fail(entry + " is NaN");
        if (z[i] == kInf)
            return fail(entry + " is +inf (only -inf, a mask, is allowed)");
        if (z[i] > m) {
            m = z[i];
            s.top = i;
        }
    }
    if (m == -kInf)
        return fail("every entry is -inf (masked): at least one must be a finite number");

    s.d.resize(z.size());
    s.dLo.setZero(z.size());
    s.e.resize(z.size());
    for (Eigen::Index i = 0; i < z.size(); ++i) {
        // exp turns an absolute error of d into a relative error of e: at d = −700 the rounding
        // of z − m and of the division was 200–500 ulp of a probability of 1e-304. Both are
        // carried in dLo (a two-sum and the division's remainder by fma) and put back into e.
        const num::DD diff = std::isinf(z[i]) ? num::DD{-kInf, 0.0} : num::twoSum(z[i], -m); // -inf: a mask
        double d = diff.hi;
        double dLo = 0.0;
        if (std::isinf(diff.hi) && std::isfinite(z[i])) {
            // z_i − m overflowed (entries of opposite sign near ±DBL_MAX); halving first keeps
            // the quotient finite whenever the true (z_i − m)/T is.
            d = 2.0 * ((0.5 * z[i] - 0.5 * m) / temperature);
        } else if (std::isfinite(diff.hi)) {
            d = diff.hi / temperature;
            const double remainder = std::fma(-d, temperature, diff.hi);
            dLo = std::isfinite(remainder) ? (remainder + diff.lo) / temperature : 0.0;
        }
        s.d[i] = d;
        s.dLo[i] = dLo;
        const double e = std::exp(d);
        s.e[i] = std::fma(e, dLo, e); // e^(d + dLo) to first order: |dLo| ≤ ulp(d)
        if (i != s.top)
            s.rest += s.e[i];
    }
    return s;
}

} // namespace

Result<Eigen::VectorXd> softmax(const VectorRef &z, double temperature)
{
    const Result<Shifted> s = shift(z, temperature);
    if (!s)
        return fail(s.error());
    return Eigen::VectorXd(s->e / s->sum());
}

Result<Eigen::VectorXd> logSoftmax(const VectorRef &z, double temperature)
{
    const Result<Shifted> s = shift(z, temperature);
    if (!s)
        return fail(s.error());
    const double logSum = std::log1p(s->rest);
    return Eigen::VectorXd((s->d.array() - logSum) + s->dLo.array());
}

Result<Eigen::MatrixXd> softmaxJacobian(const VectorRef &z, double temperature)
{
    const Result<Shifted> s = shift(z, temperature);
    if (!s)
        return fail(s.error());
    const Eigen::VectorXd p = s->e / s->sum();
    Eigen::MatrixXd jac = -(p * p.transpose());
    // s_i(1 − s_i) rather than s_i − s_i²: the latter is pure rounding noise when s_i ≈ 1.
    for (Eigen::Index i = 0; i < p.size(); ++i)
        jac(i, i) = p[i] * s->complement(i);
    jac /= temperature;
    return jac;
}

namespace {

Result<Shifted> shiftForTarget(const VectorRef &z, Eigen::Index target, double temperature)
{
    Result<Shifted> s = shift(z, temperature);
    if (s && (target < 0 || target >= z.size()))
        return fail("the target class " + std::to_string(target) + " is out of range: the vector has " +
                    std::to_string(z.size()) + " entries (classes 0 to " + std::to_string(z.size() - 1) + ")");
    return s;
}

} // namespace

Result<double> crossEntropy(const VectorRef &z, Eigen::Index target, double temperature)
{
    const Result<Shifted> s = shiftForTarget(z, target, temperature);
    if (!s)
        return fail(s.error());
    // log S − d_t: both terms ≥ 0, so no cancellation; d_t = -inf (a masked target) gives +inf.
    return (std::log1p(s->rest) - s->d[target]) - s->dLo[target];
}

Result<Eigen::VectorXd> crossEntropyGradient(const VectorRef &z, Eigen::Index target, double temperature)
{
    const Result<Shifted> s = shiftForTarget(z, target, temperature);
    if (!s)
        return fail(s.error());
    Eigen::VectorXd g = s->e / s->sum();
    // s_t − 1 = −(1 − s_t), from the complement so that it is accurate when s_t ≈ 1.
    g[target] = -s->complement(target);
    g /= temperature;
    return g;
}

} // namespace actviz
