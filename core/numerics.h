// SPDX-License-Identifier: MIT
// Building blocks for the activation formulas: error-free transformations (two-sum,
// two-product), exponentials that carry the rounding error of their argument, and
// exponentials scaled by 2^k so that a tiny factor can be multiplied before it underflows.
// Everything here is inline and branch-free where it sits on a formula's hot path, so that
// the loops of mapArray vectorise (see inlinemath.h). Internal to core/.
#pragma once

#include "inlinemath.h"

#include <cmath>
#include <limits>

namespace actviz::num {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Below this, exp(x) is subnormal or zero: results that multiply it by a large factor
// must be formed as m·2^k and rounded once, at the end.
inline constexpr double kExpScaleBelow = -700.0;

// A double-double: hi + lo with |lo| ≤ ulp(hi)/2.
struct DD {
    double hi;
    double lo;
};

// a·b exactly, as hi + lo.
inline DD twoProd(double a, double b)
{
    const double p = a * b;
    return {p, std::fma(a, b, -p)};
}

// a + b exactly, as hi + lo (Knuth).
inline DD twoSum(double a, double b)
{
    const double s = a + b;
    const double bb = s - a;
    return {s, (a - (s - bb)) + (b - bb)};
}

// A value m·2^k that may lie far outside the double range (k an integer-valued double, so
// that the vectorised loops need no double → int conversion).
struct Scaled {
    double m;
    double k;
};

inline double toDouble(Scaled s) { return scaleByPow2(s.m, s.k); }

// 2^k for an integer-valued k ∈ [−1622, 1023] as hi·lo, lo = 1 unless k < −1022 (then hi =
// 2^(k+600), lo = 2^−600): v·hi·lo rounds once even where the product is subnormal (v·hi is then
// exact for |v| ≥ 2^−460), and hi is 2^k itself where that is a normal number. One pow2 where
// scaleByPow2 takes two, for formulas that need both E = m·2^k and a result scaled by 2^k.
struct Pow2Pair {
    double hi;
    double lo;
};
inline Pow2Pair pow2Pair(double k)
{
    const bool low = k < -1022.0;
    return {pow2(low ? k + 600.0 : k), low ? 0x1p-600 : 1.0};
}
// s·factor, rounded once: the factor is applied before the scaling, so a tiny s times a large
// factor keeps its digits.
inline double scaledTimes(Scaled s, double factor) { return scaleByPow2(s.m * factor, s.k); }

// e^(hi + lo), where lo is a tiny correction to hi (|lo| ≲ 1e-13·max(1,|hi|)): the rounding
// error of however hi was computed, carried into the reduced argument. Never underflows:
// the result is m·2^k with m ∈ [0.7, 1.42]. Inline and branch-free (see inlinemath.h).
inline Scaled expScaled(double hi, double lo = 0.0)
{
    const ExpSplit e = expSplit(hi, lo);
    const double m = hi < -kExpClamp ? 0.0 : (hi > kExpClamp ? kInf : e.hi + e.lo);
    return {m, e.k};
}

inline double expCarry(double hi, double lo) { return toDouble(expScaled(hi, lo)); }

// e^(-c·x²) for c = 1 or 1/2 (exact scalings), with the rounding error of x·x carried:
// at |x| = 20 that error alone would be ~200 ulp of the result.
inline constexpr double kNegSquareZero = 1.0e6; // x² past this: e^(−c·x²) is 0 (also ±inf)
inline Scaled expNegSquare(double x, double c)
{
    const double hi = x * x;
    const bool huge = !(hi < kNegSquareZero); // also NaN
    const double lo = huge ? 0.0 : std::fma(x, x, -hi);
    const Scaled e = expScaled(-c * (huge ? std::copysign(kNegSquareZero, hi) : hi), -c * lo); // see expSplit
    return {huge ? (x == x ? 0.0 : x) : e.m, e.k}; // NaN stays NaN
}

// (n + nl)/(qh + ql)² for double-doubles (qh + ql ≠ 0): q² as a double-double, one division
// (the reciprocal) and the remainder of n·(1/q²) by fma, so that the quotient is within ~0.5 ulp
// of the exact one: a plain n/(q·q) adds up to 2 ulp of its own.
inline double divBySquare(double n, double nl, double qh, double ql)
{
    const DD q2 = twoProd(qh, qh);
    const double q2lo = q2.lo + 2.0 * qh * ql;
    const double inv = 1.0 / q2.hi;
    const double d = n * inv;
    return d + ((std::fma(-d, q2.hi, n) + nl) - d * q2lo) * inv;
}
inline double divBySquare(double n, double qh, double ql) { return divBySquare(n, 0.0, qh, ql); }

// σ(v + lo) = 1/(1 + e^-(v+lo)) as m·2^k, so that σ(v ≪ 0) ≈ e^v keeps its digits when it is
// subnormal. Branch-free: e = e^-|v|, r = 1/(1 + e), σ = r or e·r.
inline Scaled sigmoidScaled(double v, double lo = 0.0)
{
    const Scaled e = expScaled(-std::fabs(v), v >= 0.0 ? -lo : lo);
    const double r = 1.0 / (1.0 + toDouble(e));
    return v >= 0.0 ? Scaled{r, 0.0} : Scaled{e.m * r, e.k}; // NaN stays NaN
}

inline double sigmoid(double v, double lo = 0.0) { return toDouble(sigmoidScaled(v, lo)); }

// σ(v)·σ(−v) = e^-|v| / (1 + e^-|v|)², the logistic density: no cancellation, unlike
// σ(1−σ), which is 0 for v > 37 while the true value is still e^-v.
inline Scaled sigmoidDensityScaled(double v, double lo = 0.0)
{
    const Scaled e = expScaled(-std::fabs(v), v < 0 ? lo : -lo);
    const double d = 1.0 + toDouble(e);
    return {e.m / (d * d), e.k};
}

} // namespace actviz::num

namespace actviz::num {

// Parameter domains (ParamSpec::inDomain).
inline bool nonZero(double v) { return v != 0.0; }
inline bool nonNegative(double v) { return v >= 0.0; }
inline bool positive(double v) { return v > 0.0; }

} // namespace actviz::num

namespace actviz::num {

// Double-double arithmetic, enough for one exponential carried to ~100 bits.
inline DD fastTwoSum(double a, double b)
{
    const double s = a + b;
    return {s, b - (s - a)};
}
inline DD ddAdd(DD a, DD b)
{
    const DD s = twoSum(a.hi, b.hi);
    return fastTwoSum(s.hi, s.lo + a.lo + b.lo);
}
inline DD ddMul(DD a, DD b)
{
    const DD p = twoProd(a.hi, b.hi);
    return fastTwoSum(p.hi, p.lo + a.hi * b.lo + a.lo * b.hi);
}

// √a for a double-double a ≥ 0, by one Newton step on the double root.
inline DD ddSqrt(DD a)
{
    const double s = std::sqrt(a.hi);
    const DD s2 = twoProd(s, s);
    const double corr = ((a.hi - s2.hi) - s2.lo + a.lo) / (2.0 * s);
    return fastTwoSum(s, corr);
}

// 2^(j/32), j = 0…31, as double-doubles: 2^(1/32) by five dd square roots, then powers.
struct Exp2Table {
    DD v[32];
    Exp2Table()
    {
        DD root{2.0, 0.0};
        for (int i = 0; i < 5; ++i)
            root = ddSqrt(root);
        v[0] = {1.0, 0.0};
        for (int j = 1; j < 32; ++j)
            v[j] = ddMul(v[j - 1], root);
    }
};

// e^x as a double-double for −745 < x < 709 (relative error ~1e-25): x = (32k + j)·ln2/32 + r
// with |r| ≤ ln2/64 (Cody–Waite, exact), e^r = 1 + r + r²/2 + … (the tail beyond r is
// ~1e-2·r, so a double holds it well enough), times the tabulated 2^(j/32) and 2^k.
inline DD expDD(double x)
{
    static const Exp2Table table;
    constexpr double kHi = kLn2Hi / 32.0, kLo = kLn2Lo / 32.0;
    const double n = std::nearbyint(x * (32.0 * kInvLn2));
    const DD p = twoProd(n, kLo);
    DD r = twoSum(x - n * kHi, -p.hi);
    r.lo -= p.lo;
    const double s = r.hi;
    const double tail =
        s * s *
        (0.5 + s * (1.0 / 6 + s * (1.0 / 24 + s * (1.0 / 120 + s * (1.0 / 720 + s * (1.0 / 5040 + s * (1.0 / 40320 + s / 362880)))))));
    const DD er = ddAdd({1.0, 0.0}, ddAdd(r, {tail, 0.0}));
    const int ni = static_cast<int>(n);
    const int j = ni & 31;
    const int k = (ni - j) / 32;
    const DD e = ddMul(er, table.v[j]);
    return {std::ldexp(e.hi, k), std::ldexp(e.lo, k)};
}

} // namespace actviz::num
