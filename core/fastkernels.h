// SPDX-License-Identifier: MIT
// Lean, branch-free kernels for the functions NumPy has as one AVX-512 ufunc — e^x, sin, cos,
// arctan — and Mills' ratio for GELU (issue 14). Each kernel covers the range where it needs
// no special case (e^x: |x| < kExpFast; sin and cos: |x| < kTrigInline; Mills' ratio:
// 0 ≤ t < kMillsFast); the callers run it on every element of an array (a loop that
// vectorises) and redo the rare elements outside that range — and NaN — with the full
// kernels of inlinemath.h or the scalar formula, so arrays and scalars agree bit for bit
// (mapFastOrFull in activation.h). Compared with inlinemath.h they spend fewer operations on
// error-free transformations: polynomials by fma in a short-chained scheme, and only the
// leading term of a sum carried exactly. Worst errors measured against long double libm on
// 10⁶ seeded points (tst_fastkernels) are written at each kernel. Internal to core/.
#pragma once

#include "inlinemath.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace actviz::num {

// Σ c[i]·z^(i−I) for i ≥ I by Horner's scheme (the fewest operations and, for the fits below,
// the smallest rounding error), as a template so that no loop is left for the vectoriser.
template <std::size_t N, std::size_t I = 0>
inline double horner(const std::array<double, N> &c, double z)
{
    if constexpr (I + 1 == N)
        return c[I];
    else
        return std::fma(horner<N, I + 1>(c, z), z, c[I]);
}

// Σ c[i]·z^i as E(z²) + z·O(z²), even and odd coefficients by Horner's scheme each: one fma more
// than horner(), two chains half as long (for long polynomials, where the chain's latency shows).
template <std::size_t N, std::size_t I>
inline double hornerStride2(const std::array<double, N> &c, double w)
{
    if constexpr (I + 2 >= N)
        return c[I];
    else
        return std::fma(hornerStride2<N, I + 2>(c, w), w, c[I]);
}
template <std::size_t N>
inline double horner2(const std::array<double, N> &c, double z)
{
    static_assert(N >= 2);
    const double w = z * z;
    return std::fma(hornerStride2<N, 1>(c, w), z, hornerStride2<N, 0>(c, w));
}

// c[0] + lo + d·(the rest) as hi + lo: the constant term added last, so that the four chains'
// roundings count only in the part that varies (|d·rest| < |c[0]|/2 for the fits below), and the
// rounding of that last sum kept.
struct PolyDD {
    double hi;
    double lo;
};
template <std::size_t N>
inline PolyDD polyEval(const std::array<double, N> &c, double lo, double d)
{
    const double rest = std::fma(d, horner<N, 1>(c, d), lo);
    const double hi = c[0] + rest;
    return {hi, (c[0] - hi) + rest};
}

// ---- e^x for |x| < kExpFast ------------------------------------------------------------------
// x = n·ln 2 + r (Cody–Waite, fdlibm's split of ln 2, r = hi + rl carried), e^r = 1 + r + r²·(½ +
// r·P(r)) with P the Chebyshev fit of inlinemath.h's expSplit by Horner's scheme (the fewest
// multiplications: the vectorised loop is bound by them, and the chain's latency is hidden by
// the next elements), 1 + r summed error-free, rl·e^r taken as rl (|rl·r| < 2^−55). 2^n is added
// to the exponent field as an integer: the low bits of the shift trick's sum are n, so its bits
// shifted by 52 are n·2^52 modulo 2^64. The result is normal for |x| < kExpFast; beyond (and
// NaN) the caller takes expInline.
inline constexpr double kExpFast = 708.0;
inline double expFast(double x)
{
    const double t = std::fma(x, kInvLn2, kRoundShift);
    const double n = t - kRoundShift;
    const double hi = std::fma(-n, kLn2Hi, x); // exact: n·kLn2Hi is, and so is the difference
    const double lo = -n * kLn2Lo;
    const double r = hi + lo;
    const double rl = (hi - r) + lo;
    double p = 2.0911229928855294e-09;
    p = std::fma(p, r, 2.510037611136142e-08);
    p = std::fma(p, r, 2.7557282983637385e-07);
    p = std::fma(p, r, 2.7557268479724004e-06);
    p = std::fma(p, r, 2.4801587317135435e-05);
    p = std::fma(p, r, 0.00019841269863040922);
    p = std::fma(p, r, 0.0013888888888886554);
    p = std::fma(p, r, 0.008333333333330065);
    p = std::fma(p, r, 0.041666666666666664);
    p = std::fma(p, r, 0.16666666666666669);
    p = std::fma(p, r, 0.5);
    const double a = 1.0 + r; // 1 + r = a + e1 exactly (|r| < 1)
    const double e1 = (1.0 - a) + r;
    const double y = a + std::fma(r * r, p, e1 + rl);
    const std::uint64_t scale = std::bit_cast<std::uint64_t>(t) << 52;
    return std::bit_cast<double>(std::bit_cast<std::uint64_t>(y) + scale);
}

// ---- sin and cos for |x| < kTrigInline -------------------------------------------------------
// x = n·π/2 + r: r1 = x − n·P1 is exact in one fma (P1 = π/2 rounded; both terms are multiples
// of 2^−52 when n ≠ 0 and |r1| < 2), n·P2 is exact (P2 has 33 bits) and r1 − n·P2 is summed
// error-free, so that r = rh + rl is good to ~1e-37 absolute whatever the cancellation (x close
// to a multiple of π/2) for |x| < kTrigInline; P3 = π/2 − P1 − P2 enters the low part. Then
// sin r = r + r·z·S(z) + rl and cos r = (1 − z/2) + z²·C'(z) − zc/2 (1 − z/2 split exactly),
// z + zc = (rh + rl)² (evaluated in h = z/2, see below), with
// S and C fitted by tests/data/fit_fastkernels.py (pasted below). Both are computed in every lane
// and the quadrant picks one: that is what GCC makes of any per-lane choice of coefficients.
// Offset 0 gives sin x, 1 cos x, 2 −sin x (sin(x + offset·π/2)).
inline constexpr double kPio2Hi = 1.5707963267948966; // π/2 = hi + mid + lo + ~2e-43
inline constexpr double kPio2Mid = 6.12323399538461e-17; // 33 bits: n·mid is exact for |n| < 2^20
inline constexpr double kPio2Lo = 3.5215598651832e-27;
// kSinPoly: fit error 1.26e-17 relative to the function
inline constexpr std::array<double, 6> kSinPoly = {
    -0.16666666666666666, 0.008333333333330948, -0.00019841269836758574,
    2.755731610255244e-06, -2.5051131845003624e-08, 1.591812929486648e-10,
};
// kCosPoly: fit error 1.21e-19 relative to the function
inline constexpr std::array<double, 7> kCosPoly = {
    -0.5, 0.04166666666666664, -0.0013888888888880775,
    2.480158729369346e-05, -2.7557315566341895e-07, 2.0875886738047052e-09,
    -1.13679986540224e-11,
};
// The same polynomials in h = z/2: sin r = r + r·h·S̃(h), S̃_k = 2^(k+1)·S_k, and
// cos r = 1 − h + h²·D(h), D_k = 2^(k+2)·C_(k+1) (C_0 = −½ is the −h).
inline constexpr auto kSinPolyHalf = [] {
    std::array<double, kSinPoly.size()> c{};
    double scale = 2.0;
    for (std::size_t k = 0; k < c.size(); ++k, scale *= 2.0)
        c[k] = kSinPoly[k] * scale;
    return c;
}();
inline constexpr auto kCosPolyHalf = [] {
    std::array<double, kCosPoly.size() - 1> c{};
    double scale = 4.0;
    for (std::size_t k = 0; k < c.size(); ++k, scale *= 2.0)
        c[k] = kCosPoly[k + 1] * scale;
    return c;
}();
template <unsigned Offset>
inline double sinShiftedFast(double x)
{
    const double t = std::fma(x, kTwoOverPi, kRoundShift);
    const double n = t - kRoundShift;
    const double r1 = std::fma(-n, kPio2Hi, x); // exact
    const double np2 = n * kPio2Mid; // exact
    const double rh = r1 - np2;      // r1 − np2 = rh + e (two-sum)
    const double rb = rh - r1;
    const double e = (r1 - (rh - rb)) - (np2 + rb);
    const double rl = std::fma(-n, kPio2Lo, e);
    // Everything in h = r²/2 (the polynomials rescaled by powers of 2, exactly): 1 − h = w + we
    // exactly, the rest of cos r, h²·D(h), is < 0.016; r²/2's rounding and rl enter as hc.
    const double hr = 0.5 * rh;
    const double h = hr * rh; // = RN(rh²)/2
    const double hc = std::fma(-hr, rh + 2.0 * rl, h); // −((rh + rl)² − 2h)/2 to first order in rl
    const double w = 1.0 - h;
    const double we = (1.0 - w) - h;
    const double cosR = w + std::fma(h * h, horner(kCosPolyHalf, h), we + hc);
    // rl·cos r taken as rl: |rl·(1 − cos r)| < 0.16 ulp of sin r, and one multiplication fewer
    // (the vectorised loop is bound by them).
    const double sinR = rh + std::fma(rh * h, horner(kSinPolyHalf, h), rl);
    const std::uint64_t q = (std::bit_cast<std::uint64_t>(t) + Offset) & 3u; // (n + Offset) mod 4
    const double y = (q & 1u) != 0 ? cosR : sinR;
    const std::uint64_t sign = std::uint64_t{q & 2u} << 62;
    return std::bit_cast<double>(std::bit_cast<std::uint64_t>(y) ^ sign);
}

// ---- atan ------------------------------------------------------------------------------------
// Three intervals instead of fdlibm's five (fewer selects): |x| < √2 − 1: t = |x|; below √2 + 1:
// t = (|x| − 1)/(|x| + 1) around π/4; beyond: t = −1/|x| around π/2; then |t| ≤ tan(π/8) <
// 7/16, where fdlibm's aT (atan t = t − t·z·P(z), z = t², error < 2^−56.9) holds. The first two
// are one formula, t = (|x| − c)/(c·|x| + 1) with c = 0 or 1, so that the third is the only
// select (each select costs about as much as an fma in the vectorised loop). |x| − c is exact
// but for c = 1 below ½, where its rounding is kept in nl; c·|x| + 1 = den + dl exactly (below 4,
// den − 1 is exact, and so is c·|x| − (den − 1), the rounding error of den). One division:
// t0 = num·(1/den) and its remainder times the same reciprocal are carried, and only
// atan(centre) + t0 is summed error-free. P by horner2 (two chains of five fma: the loop is
// partly bound by the latency of one chain of ten).
inline constexpr double kSqrt2Plus1 = 2.414213562373095;
inline constexpr std::array<double, 11> kAtanPoly = {
    3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
    -1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
    6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
    -3.65315727442169155270e-02, 1.62858201153657823623e-02};
inline constexpr double kPio4Hi = 7.85398163397448278999e-01; // π/4 = hi + lo
inline constexpr double kPio4Lo = 3.06161699786838301793e-17;
inline double atanFast(double x)
{
    const double ax = std::fabs(x);
    const bool low = ax < kSqrt2Minus1;
    const bool mid = ax < kSqrt2Plus1; // NaN: neither, and NaN throughout
    const double c = low ? 0.0 : 1.0;
    const double cNum = ax - c;
    const double cNumL = ax - (cNum + c); // 0 for c = 0
    const double cDen = std::fma(c, ax, 1.0);
    const double cDenL = std::fma(c, ax, 1.0 - cDen); // 0 for c = 0
    const double num = mid ? cNum : -1.0;
    const double nl = mid ? cNumL : 0.0;
    const double den = mid ? cDen : ax;
    const double dl = mid ? cDenL : 0.0;
    const double inv = 1.0 / den;
    const double t0 = num * inv;
    // (num + nl)/(den + dl) − t0 = rem·inv; 0 past kAtanHuge, where den may be ∞ (and it no
    // longer matters).
    const double rem = std::fma(-t0, den, num) + std::fma(-t0, dl, nl);
    const double remk = ax < kAtanHuge ? rem : 0.0;
    const double hi = mid ? c * kPio4Hi : 2.0 * kPio4Hi; // atan(centre): 0, π/4 or π/2
    const double lo = mid ? c * kPio4Lo : 2.0 * kPio4Lo;
    const double z = t0 * t0;
    const double a = hi + t0; // exact with ae (|hi| > |t0|, or hi = 0)
    const double ae = t0 - (a - hi);
    const double r = a + std::fma(-(t0 * z), horner2(kAtanPoly, z), ae + std::fma(remk, inv, lo));
    return std::copysign(r, x);
}

// ---- Mills' ratio M(t) = Φ(−t)/φ(t) for 0 ≤ t < kMillsFast ---------------------------------
// For GELU: Φ(−t) = φ(t)·M(t) keeps its relative accuracy however far in the tail (φ from one
// exponential with the rounding of t² carried), and both f and f' are products, no erfc
// needed. Polynomials fitted by tests/data/fit_mills_ratio.py (mpmath, Chebyshev nodes), pasted
// below: M(t) on [0, 1] and [1, 2.5], t·M(t) in v = 1/t on [2.5, 37]; every piece is computed in
// every lane and one is kept (three chains of fma, one division).
inline constexpr double kMillsFast = 37.0;
// kMillsA: centre 0.5, |d| ≤ 0.5, degree 16, fit error 7.95e-19 relative (2.83e-17 with the coefficients rounded)
inline constexpr double kMillsACentre = 0.5;
inline constexpr double kMillsALo = 2.6901721135929454e-17; // kMillsA[0] = hi + lo
inline constexpr std::array<double, 17> kMillsA = {
    0.8763644564536923, -0.5618177717731538, 0.2977277852835577,
    -0.1376512930437947, 0.057225534690416135, -0.02180770513954672,
    0.007720280353388992, -0.0025639378561291867, 0.0008047889293712625,
    -0.00024017143065542277, 6.847030603284651e-05, -1.872191331180475e-05,
    4.925891838409471e-06, -1.2488213383752704e-06, 3.067739350799697e-07,
    -7.730163378357871e-08, 1.7824210898311748e-08,
};
// kMillsB: centre 1.75, |d| ≤ 0.75, degree 17, fit error 1.12e-18 relative (1.41e-17 with the coefficients rounded)
inline constexpr double kMillsBCentre = 1.75;
inline constexpr double kMillsBLo = -1.4609194482011495e-17; // kMillsB[0] = hi + lo
inline constexpr std::array<double, 18> kMillsB = {
    0.4643069280394422, -0.1874628759309762, 0.06812344758011679,
    -0.022748947555257196, 0.0070781973396088806, -0.0020724204421908427,
    0.0005752435942098231, -0.00015224916458036344, 3.8600945311473566e-05,
    -9.410834773862205e-06, 2.2131943986222724e-06, -5.034299374686482e-07,
    1.1102822095839837e-07, -2.3783164551702868e-08, 4.936188865876175e-09,
    -1.0031932935682474e-09, 2.191891008036844e-10, -4.2300012029992864e-11,
};
// kMillsC: centre 0.21351351351351351, |d| ≤ 0.18648648648648649, degree 24, fit error 1.69e-18 relative (2.45e-18 with the coefficients rounded)
inline constexpr double kMillsCCentre = 0.21351351351351353;
inline constexpr double kMillsCLo = 4.328791268656289e-17; // kMillsC[0] = hi + lo
inline constexpr std::array<double, 25> kMillsC = {
    0.9595528383242081, -0.33871670863608794, -0.4763157809542007,
    1.0398957582332882, -0.5889713675147343, -1.5488637461364776,
    4.78719749053611, -5.385174415516692, -4.665281845627042,
    33.303599217387564, -70.21578784029037, 48.77647786438685,
    191.32385964965067, -839.3729923226447, 1691.204362374327,
    -989.6519025249052, -6046.073957143131, 25195.777030849167,
    -60260.5795278044, 117682.06265425718, 114421.7276134787,
    -2138613.6653603124, 4316125.3746077325, 7167608.301598981,
    -23380012.593647234,
};

// M(t) = mh + ml and t·M(t) = tmh + tml, each within ~0.1 ulp (what the fits leave).
struct Mills {
    double mh;
    double ml;
    double tmh;
    double tml;
};
inline Mills millsRatio(double t)
{
    const PolyDD a = polyEval(kMillsA, kMillsALo, t - kMillsACentre);
    const PolyDD b = polyEval(kMillsB, kMillsBLo, t - kMillsBCentre);
    const double v = 1.0 / t; // ∞ at 0, where the last piece is not kept; 1/t = v + vl
    const double vl = std::fma(-v, t, 1.0) * v;
    const PolyDD c = polyEval(kMillsC, kMillsCLo, v - kMillsCCentre);
    const bool inA = t < 1.0;
    const bool inC = !(t < 2.5);
    const double cm = c.hi * v; // M = H·(1/t)
    const double cml = std::fma(c.hi, v, -cm) + (c.lo * v + c.hi * vl);
    const double mh = inC ? cm : (inA ? a.hi : b.hi);
    const double ml = inC ? cml : (inA ? a.lo : b.lo);
    const double tm = t * mh;
    const double tml = std::fma(t, mh, -tm) + t * ml;
    return {mh, ml, inC ? c.hi : tm, inC ? c.lo : tml};
}

} // namespace actviz::num
