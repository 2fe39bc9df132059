// SPDX-License-Identifier: MIT
// PAU's kinks (the sign changes of S) and the turning points of f′ (the sign changes of f″),
// both as real roots of polynomials: each root is isolated between the roots of the
// polynomial's derivative (recursively), where the polynomial is monotone, and bisected on the
// doubles' ordered bit patterns to adjacent doubles, its sign evaluated in double-double.
#include "pau.h"
#include "pau_internal.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace actviz {

namespace {

using num::DD;
using Poly = std::vector<double>; // coefficients, lowest degree first

Poly trimmed(Poly p)
{
    while (!p.empty() && p.back() == 0.0)
        p.pop_back();
    return p;
}

Poly derivativeOf(const Poly &p)
{
    Poly d;
    for (std::size_t i = 1; i < p.size(); ++i)
        d.push_back(static_cast<double>(i) * p[i]);
    return d;
}

Poly product(const Poly &p, const Poly &q)
{
    if (p.empty() || q.empty())
        return {};
    Poly r(p.size() + q.size() - 1, 0.0);
    for (std::size_t i = 0; i < p.size(); ++i)
        for (std::size_t j = 0; j < q.size(); ++j)
            r[i + j] += p[i] * q[j];
    return r;
}

// p + s·q
Poly combined(const Poly &p, double s, const Poly &q)
{
    Poly r(std::max(p.size(), q.size()), 0.0);
    for (std::size_t i = 0; i < p.size(); ++i)
        r[i] += p[i];
    for (std::size_t i = 0; i < q.size(); ++i)
        r[i] += s * q[i];
    return r;
}

// p(x) in double-double: its sign is right unless x is within ~2⁻¹⁰⁰ (relative) of a root.
DD valueAt(const Poly &p, double x)
{
    DD r{0.0, 0.0};
    for (auto it = p.rbegin(); it != p.rend(); ++it) {
        const DD prod = num::twoProd(r.hi, x);
        r = num::ddAdd(num::fastTwoSum(prod.hi, prod.lo + r.lo * x), {*it, 0.0});
    }
    return r;
}

int signAt(const Poly &p, double x)
{
    const double v = valueAt(p, x).hi;
    return (v > 0.0) - (v < 0.0);
}

// Doubles in order as integers (−0 and +0 both 0), so that bisection ends at adjacent doubles.
std::int64_t keyOf(double x)
{
    const auto bits = std::bit_cast<std::int64_t>(x);
    return bits < 0 ? -(bits & std::numeric_limits<std::int64_t>::max()) : bits;
}
double doubleOf(std::int64_t k)
{
    return k < 0 ? -std::bit_cast<double>(-k) : std::bit_cast<double>(k);
}

// The double nearest the root of p in (lo, hi), where p(lo) and p(hi) have opposite signs.
double bisect(const Poly &p, double lo, double hi, int signLo)
{
    std::int64_t a = keyOf(lo);
    std::int64_t b = keyOf(hi);
    // b − a can exceed the int64 range (from −DBL_MAX to DBL_MAX): the distance as unsigned
    auto distance = [&] { return static_cast<std::uint64_t>(b) - static_cast<std::uint64_t>(a); };
    while (distance() > 1) {
        const std::int64_t mid = a + static_cast<std::int64_t>(distance() / 2);
        const int s = signAt(p, doubleOf(mid));
        if (s == 0)
            return doubleOf(mid);
        (s == signLo ? a : b) = mid;
    }
    const double x0 = doubleOf(a), x1 = doubleOf(b);
    return std::fabs(valueAt(p, x0).hi) <= std::fabs(valueAt(p, x1).hi) ? x0 : x1;
}

// The real roots of p where it changes sign, sorted.
std::vector<double> signChanges(const Poly &raw)
{
    const Poly p = trimmed(raw);
    if (p.size() < 2)
        return {};
    const std::size_t d = p.size() - 1;
    double bound = 0.0; // Cauchy: every root has |x| < 1 + max |pᵢ/p_d|
    for (std::size_t i = 0; i < d; ++i)
        bound = std::max(bound, std::fabs(p[i] / p[d]));
    bound = std::min(1.0 + bound, std::numeric_limits<double>::max());
    std::vector<double> xs{-bound};
    for (double c : signChanges(derivativeOf(p)))
        xs.push_back(c);
    xs.push_back(bound);
    const int leading = p[d] > 0.0 ? 1 : -1;
    std::vector<int> signs;
    for (std::size_t i = 0; i < xs.size(); ++i)
        signs.push_back(i == 0 ? (d % 2 == 0 ? leading : -leading) : (i + 1 == xs.size() ? leading : signAt(p, xs[i])));
    std::vector<double> roots;
    for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
        if (signs[i] * signs[i + 1] < 0)
            roots.push_back(bisect(p, xs[i], xs[i + 1], signs[i]));
        else if (signs[i + 1] == 0 && i + 2 < xs.size() && signs[i] * signs[i + 2] < 0)
            roots.push_back(xs[i + 1]); // exactly at a turning point of p, and p crosses there
    }
    return roots;
}

Poly numerator(const PauCoefficients &c)
{
    return Poly(c.a.begin(), c.a.end());
}

// 1 + σ·S: Q on the side where S has the sign σ.
Poly denominator(const PauCoefficients &c, double sigma)
{
    Poly q{1.0};
    for (double b : c.b)
        q.push_back(sigma * b);
    return q;
}

} // namespace

std::vector<Kink> pauKinks(const PauCoefficients &c)
{
    // S = x^j·C(x) with C(0) ≠ 0: |S| has a corner at 0 only if j = 1 (|x³| is C²).
    int j = 1;
    while (j <= 4 && c.b[j - 1] == 0.0)
        ++j;
    if (j > 4)
        return {}; // S ≡ 0: Q ≡ 1
    const Poly p = numerator(c);
    std::vector<Kink> out;
    if (j == 1 && c.a[0] != 0.0)
        out.push_back({0.0, false});
    for (double r : signChanges(Poly(c.b.begin() + (j - 1), c.b.end())))
        if (r != 0.0 && valueAt(p, r).hi != 0.0) // where P(r) = 0 the two sides' f′ agree
            out.push_back({r, false});
    std::sort(out.begin(), out.end(), [](const Kink &a, const Kink &b) { return a.x < b.x; });
    return out;
}

std::vector<double> pauTurningPoints(const PauCoefficients &c)
{
    const Poly p = numerator(c);
    const Poly dp = derivativeOf(p), ddp = derivativeOf(dp);
    Poly s{0.0};
    s.insert(s.end(), c.b.begin(), c.b.end());
    const bool flat = std::all_of(c.b.begin(), c.b.end(), [](double b) { return b == 0.0; });
    std::vector<double> out;
    for (double sigma : {1.0, -1.0}) {
        if (flat && sigma < 0.0)
            break;
        const Poly q = denominator(c, sigma);
        const Poly dq = derivativeOf(q), ddq = derivativeOf(dq);
        // f″ = T/Q³, T = (P″Q − PQ″)·Q − 2·(P′Q − PQ′)·Q′
        const Poly t = combined(product(combined(product(ddp, q), -1.0, product(p, ddq)), q), -2.0,
                                product(combined(product(dp, q), -1.0, product(p, dq)), dq));
        for (double r : signChanges(t)) {
            const int side = signAt(s, r);
            if (flat || side == 0 || side == static_cast<int>(sigma)) // at S = 0 both sides agree or it is a kink
                out.push_back(r);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool pauCanBeDead(const PauCoefficients &c)
{
    for (double sigma : {1.0, -1.0}) {
        bool proportional = true; // P = a0·(1 + σS)
        for (int i = 1; i <= 5; ++i)
            proportional = proportional && c.a[i] == (i <= 4 ? c.a[0] * sigma * c.b[i - 1] : 0.0);
        if (proportional)
            return true;
    }
    return false;
}

} // namespace actviz
