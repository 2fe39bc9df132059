// SPDX-License-Identifier: MIT
// Inline replacements for libm's exp, expm1, log1p, tanh, atan, sin, cos and hypot, so that
// a loop over an array can be vectorised: GCC does not vectorise a loop that calls an
// out-of-line function, and every glibc transcendental is one. The kernels are branch-free
// (every `?:` becomes a select) and use only +, −, ×, ÷, √, fma and bit operations — all
// correctly rounded in IEEE arithmetic, so the baseline, AVX2 and AVX-512 builds of the same
// code return identical bits (fma is exact whether it is an instruction or glibc's software
// fma). The core is compiled with -ffp-contract=off, so no a·b + c is fused behind our back.
// Accuracy, measured against long double libm on 10⁶–10⁷ random points, is written at each
// kernel: 0.50–0.65 ulp, against glibc's 0.50–2.2 ulp for the same functions. Internal to core/.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>

namespace actviz::num {

// x + 1.5·2^52 rounds x to an integer (ties to even) for |x| < 2^51, and that integer is then
// the low bits of the sum's representation: no double → int conversion (which AVX2 lacks
// for 64-bit integers) is needed to build 2^n.
inline constexpr double kRoundShift = 0x1.8p52;
inline constexpr std::uint64_t kRoundShiftBits = 0x4338000000000000;

inline double roundToInteger(double x) { return (x + kRoundShift) - kRoundShift; }

// 2^k for an integer-valued k in [−1022, 1023]: the exponent field written directly.
inline double pow2(double k)
{
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(k + kRoundShift) - kRoundShiftBits + 1023u;
    return std::bit_cast<double>(bits << 52);
}

// v·2^k for an integer-valued k in [−2044, 2046], as two exact multiplications by 2^(k/2):
// the product is rounded once, at the second, even when it is subnormal or overflows.
inline double scaleByPow2(double v, double k)
{
    const double half = roundToInteger(0.5 * k);
    return v * pow2(half) * pow2(k - half);
}

// ---- exp -------------------------------------------------------------------------------------
// ln 2 split so that n·kLn2Hi is exact for |n| < 2^20 (fdlibm's split).
inline constexpr double kLn2Hi = 6.93147180369123816490e-01;
inline constexpr double kLn2Lo = 1.90821492927058770002e-10;
inline constexpr double kInvLn2 = 1.44269504088896338700e+00;
// Beyond ±kExpClamp, e^x is 0 or ∞ in double; clamping keeps n = x/ln 2 within the range
// scaleByPow2 handles.
inline constexpr double kExpClamp = 800.0;

// e^(x + xlo) = (hi + lo)·2^k, hi + lo ∈ [0.7, 1.42] unrounded (|lo| < 0.01·hi) and k an
// integer-valued double; xlo is a small correction to x (the rounding error of however x was
// computed). NaN stays NaN. Past ±kExpClamp, x is clamped: (hi + lo)·2^k still rounds to 0 or
// ∞, but multiplied by a large or small factor before rounding it would not — callers that
// scale (expScaled) replace it by 0 or ∞ there.
struct ExpSplit {
    double hi;
    double lo;
    double k;
};

// Cody–Waite: x = n·ln2 + r with r = s + sl carried exactly; e^r = 1 + s + s²/2 + s³·P(s)
// + sl·e^s, |s| ≤ ln2/2, P of degree 9 (Chebyshev fit to (e^s − 1 − s − s²/2)/s³, error
// < 1e-18 relative), with 1 + s + s²/2 summed error-free (s² by fma) so that the only
// rounding that matters is the caller's last one. hi + lo is within 0.04 ulp of e^r.
inline ExpSplit expSplit(double x, double xlo = 0.0)
{
    // copysign rather than the constant ±kExpClamp: GCC would otherwise propagate the constant
    // into copies of the whole computation for the clamped lanes (PRE), ~40% more instructions.
    const double xc = std::fabs(x) > kExpClamp ? std::copysign(kExpClamp, x) : x; // NaN passes
    const double n = roundToInteger(xc * kInvLn2);
    const double hi = xc - n * kLn2Hi; // exact
    const double lo = (xc == x ? xlo : 0.0) - n * kLn2Lo; // x's correction is moot once clamped
    const double s = hi + lo; // r = s + sl exactly (two-sum)
    const double sb = s - hi;
    const double sl = (hi - (s - sb)) + (lo - sb);
    // P by Estrin's scheme: a shorter dependency chain than Horner's, which matters when the
    // loop is vectorised (the chain, not the count of operations, bounds the throughput).
    const double s2 = s * s;
    const double s4 = s2 * s2;
    const double p01 = 0.16666666666666669 + 0.041666666666666664 * s;
    const double p23 = 0.008333333333330065 + 0.0013888888888886554 * s;
    const double p45 = 0.00019841269863040922 + 2.4801587317135435e-05 * s;
    const double p67 = 2.7557268479724004e-06 + 2.7557282983637385e-07 * s;
    const double p89 = 2.510037611136142e-08 + 2.0911229928855294e-09 * s;
    const double p = (p01 + p23 * s2) + s4 * ((p45 + p67 * s2) + p89 * s4);
    const double s2lo = std::fma(s, s, -s2);
    const double a = 1.0 + s; // 1 + s = a + e1 exactly (|s| < 1)
    const double e1 = (1.0 - a) + s;
    const double h = 0.5 * s2;
    const double b = a + h; // a + h = b + e2 exactly (a > h)
    const double e2 = (a - b) + h;
    return {b, (e1 + e2) + (0.5 * s2lo + (s2 * s) * p + sl * a), n};
}

// e^x over the whole double range, 0.53 ulp. A subnormal result is rounded once (not first to
// 53 bits and then again to the subnormal's precision): 1 + e^x·2^1022 rounds on the grid of
// 2^−52, which is the subnormal grid scaled by 2^1022, and the subnormal's bits are that sum's
// mantissa field — taken by an integer subtraction, because computing a subnormal in every
// lane, only to discard it in most, would cost a microcode assist each.
inline double expInline(double x)
{
    const ExpSplit e = expSplit(x);
    const double normal = scaleByPow2(e.hi + e.lo, e.k);
    const double m = e.k + 1022.0; // the result is below 2^−1022 only if m ≤ 0
    const double scale = pow2(0.5 * (m - std::fabs(m))); // min(m, 0), but a `?:` would be
    // applied by GCC after pow2 — which in the other lanes makes subnormals (microcode assists)
    const double bh = e.hi * scale;
    const double y = 1.0 + bh;
    const double ye = (1.0 - y) + bh;
    const double sum = y + (ye + e.lo * scale); // in [1, 2] where the result is subnormal
    const double subnormal =
        std::bit_cast<double>(std::bit_cast<std::uint64_t>(sum) - std::bit_cast<std::uint64_t>(1.0));
    const double below = m <= 0.0 ? bh : 2.0; // (a chain of selects: `&&` here stops GCC vectorising)
    return below < 1.0 ? subnormal : normal;
}

// e^(x + xlo) − 1 without cancellation: (hi·2^k − 1) exactly by two-sum, then lo·2^k added.
// Below kExpm1Small, where 1 + x itself is inexact, the series x + x²/2 (x³/6 < 2^−56·x).
inline constexpr double kExpm1Small = 0x1p-27;
inline double expm1Inline(double x, double xlo = 0.0)
{
    const ExpSplit e = expSplit(x, xlo);
    const double half = roundToInteger(0.5 * e.k); // scaleByPow2 of hi and of lo, sharing 2^k
    const double s1 = pow2(half);
    const double s2 = pow2(e.k - half);
    const double big = e.hi * s1 * s2; // ∞ past x ≈ 709.8
    const double u = big - 1.0;
    const double ub = u - big;
    const double ue = (big - (u - ub)) + (-1.0 - ub);
    const double r = u + (ue + e.lo * s1 * s2);
    // x + x²/2 keeps subnormals; copysign keeps expm1(−0) = −0 (a `?:` more here would make GCC's
    // φ too wide to if-convert in some callers: see atanInline).
    const double series = std::copysign(std::fabs(x + (xlo + 0.5 * x * x)), x);
    return std::fabs(x) < kExpm1Small ? series : (big == HUGE_VAL ? big : r);
}

// ---- log1p on [0, 1] -------------------------------------------------------------------------
// ln(1 + u) for u ∈ [0, 1] (softplus and log-sigmoid take it of e^−|v|). With k = 1 above
// √2 − 1, 1 + u = 2^k·(1 + f + fl) where f = u, fl = 0 or f + fl = (u − 1)/2 exactly, so the
// rounding of 1 + u never enters. Then fdlibm's ln(1 + f) = f − f²/2 + s·(f²/2 + R(s²)),
// s = f/(2 + f), plus fl/(1 + f), with f − f²/2 + k·ln2 summed error-free (f² by fma):
// 0.65 ulp (glibc's log1p: 0.84 on the same points).
inline constexpr double kSqrt2Minus1 = 0.41421356237309503;
inline double log1pInline(double u)
{
    const bool upper = u > kSqrt2Minus1;
    const double d = u - 1.0; // u − 1 = d + de exactly (d alone is inexact below ½)
    const double de = u - (d + 1.0);
    const double f = upper ? 0.5 * d : u;
    const double fl = upper ? 0.5 * de : 0.0;
    const double kHi = upper ? kLn2Hi : 0.0;
    const double kLo = (upper ? kLn2Lo : 0.0) + fl * (1.0 - f * (1.0 - f)); // + fl/(1 + f)
    const double s = f / (2.0 + f);
    const double z = s * s;
    const double w = z * z;
    const double t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01));
    const double t2 =
        z * (6.666666666666735130e-01 +
             w * (2.857142874366239149e-01 + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)));
    const double r = t1 + t2; // fdlibm's Lg1…Lg7: |s·R − (ln(1 + f) − 2s)| < 2^−58.45
    const double ff = f * f;
    const double hh = 0.5 * ff; // f²/2 = hh + hl exactly
    const double hl = 0.5 * std::fma(f, f, -ff);
    const double a = kHi + f; // exact with ae (|kHi| ≥ |f|, or kHi = 0)
    const double ae = f - (a - kHi);
    const double b = a - hh; // exact with be (|a| ≥ hh)
    const double be = (a - b) - hh;
    return b + (((ae + be) - hl) + (s * (hh + r) + kLo));
}

// ---- atan ------------------------------------------------------------------------------------
// fdlibm's atan made branch-free: |x| is mapped by t = (a|x| + b)/(c|x| + d) to |t| ≤ 7/16
// around one of 0, ½, 1, 3/2 and ∞ (the numerators are exact by Sterbenz), atan|x| =
// atan(centre) + atan t, with atan t = t − t·P(t²) (fdlibm's aT, error < 2^−56.9 relative)
// and the quotient t corrected once with its fma remainder; atan(centre) + t is summed
// error-free, and so is t³/3. 0.56 ulp (glibc's atan: 0.52).
inline constexpr double kAtanHuge = 0x1p66; // atan x rounds to ±π/2 beyond
inline double atanInline(double x)
{
    const double ax = std::fabs(x);
    // Interval: 0 for [0, 7/16), 1 for [7/16, 11/16), 2 for [11/16, 19/16), 3 for
    // [19/16, 39/16), 4 beyond (and NaN). The five-way choices are made as two-way choices of
    // pairs: GCC 12 does not if-convert a φ of more than four values, and then nothing vectorises.
    const bool i0 = ax < 0.4375;
    const bool i1 = ax < 0.6875;
    const bool i2 = ax < 1.1875;
    const bool i3 = ax < 2.4375;
    const auto pick = [&](double v0, double v1, double v2, double v3, double v4) {
        const double low = i0 ? v0 : v1;
        const double high = i2 ? v2 : (i3 ? v3 : v4);
        return i1 ? low : high;
    };
    const double num = pick(ax, 2.0 * ax - 1.0, ax - 1.0, ax - 1.5, -1.0);
    // den = 1, 2 + ax, 1 + ax, 1 + 1.5·ax or ax, the rounding of the sum kept in dl (two-sum).
    const double dpart = pick(1.0, 2.0, 1.0, 1.0, 0.0);
    const double dvar = pick(0.0, ax, ax, 1.5 * ax, ax);
    const double den = dpart + dvar;
    const double db = den - dpart;
    const double dl = (dpart - (den - db)) + (dvar - db);
    const double t = num / den;
    // num/den − t; 0 past kAtanHuge, where it no longer matters and den may be ∞.
    const double tl = ax < kAtanHuge ? (std::fma(-t, den, num) - t * dl) / den : 0.0;
    const double hi = pick(0.0, 4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01,
                           1.57079632679489655800e+00); // atan ½, atan 1, atan 3/2, π/2 as hi + lo
    const double lo = pick(0.0, 2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17,
                           6.12323399573676603587e-17);
    // atan t = t − t³·aT0 − t·Q(t²): t³·aT0 (up to 0.03·t) formed error-free, the rest is small.
    const double z = t * t;
    const double zl = std::fma(t, t, -z);
    const double w = z * z;
    const double q1 = z * w *
                      (1.42857142725034663711e-01 +
                       w * (9.09088713343650656196e-02 +
                            w * (6.66107313738753120669e-02 +
                                 w * (4.97687799461593236017e-02 + w * 1.62858201153657823623e-02))));
    const double q2 = w * (-1.99999999998764832476e-01 +
                           w * (-1.11111104054623557880e-01 +
                                w * (-7.69187620504482999495e-02 +
                                     w * (-5.83357013379057348645e-02 + w * -3.65315727442169155270e-02))));
    constexpr double kAT0 = 3.33333333333329318027e-01;
    const double c = t * z; // t³ = c + ce
    const double ce = std::fma(t, z, -c) + t * zl;
    const double q = c * kAT0; // t³·aT0 = q + qe
    const double qe = std::fma(c, kAT0, -q) + ce * kAT0;
    const double a = hi + t; // exact with ae (|hi| > |t|, or hi = 0)
    const double ae = t - (a - hi);
    const double b = a - q; // exact with be (|a| > |q|)
    const double be = (a - b) - q;
    const double r = b + (((ae + be) + tl) - ((qe + t * (q1 + q2)) - lo));
    return std::copysign(r, x);
}

// ---- √(x² + c) --------------------------------------------------------------------------------
// √(x² + c) for c ≥ 0, as accurate as glibc's hypot (about 0.5 ulp) and never overflowing:
// x² + c as a double-double (x² by fma), its root corrected by one Newton step; scaled by
// 2^∓600 where x² or c would overflow, or x² underflow while c is tiny too.
inline constexpr double kSqrtSumSquareBig = 1.0e150;
inline constexpr double kSqrtSumSquareTiny = 1.0e-150;
inline double sqrtSumSquare(double x, double c)
{
    const double ax = std::fabs(x);
    const bool big = !(ax < kSqrtSumSquareBig) || c > kSqrtSumSquareBig * kSqrtSumSquareBig;
    const bool tiny = ax < kSqrtSumSquareTiny && c < kSqrtSumSquareTiny * kSqrtSumSquareTiny;
    const double scale = std::copysign(big ? 0x1p-600 : (tiny ? 0x1p600 : 1.0), x); // copysign: see expSplit
    const double xs = x * scale;
    const double cs = c * std::fabs(scale) * std::fabs(scale); // (2^−1200 itself would underflow)
    const double p = xs * xs;
    const double pe = std::fma(xs, xs, -p);
    const double sum = p + cs; // x² + c = sum + sl
    const double sb = sum - p;
    const double sl = ((p - (sum - sb)) + (cs - sb)) + pe;
    const double r = std::sqrt(sum);
    const double corr = r > 0.0 ? (std::fma(-r, r, sum) + sl) / (2.0 * r) : 0.0;
    const double root = (r + corr) / std::fabs(scale);
    return std::isinf(x) ? std::fabs(x) : root; // (∞ − ∞ in the correction)
}

// ---- tanh ------------------------------------------------------------------------------------
// Past kTanhOne, tanh rounds to ±1 (1 − tanh 20 = 8.5e-18 < 2^−54); below kTanhTiny it rounds to x.
inline constexpr double kTanhOne = 20.0;
inline constexpr double kTanhTiny = 0x1p-27;

// tanh|x| = N/(N + 2), N = e^(2|x|) − 1 carried as a double-double (hi + lo from expSplit,
// minus 1 by two-sum), the quotient corrected once with the fma remainder: 0.52 ulp, better
// than glibc's tanh (1.3 ulp on the reference grid).
inline double tanhInline(double x)
{
    const double ax = std::fabs(x);
    const double y = 2.0 * (ax > kTanhOne ? std::copysign(kTanhOne, ax) : ax); // NaN passes; see expSplit
    const ExpSplit e = expSplit(y);
    const double scale = pow2(e.k); // k ∈ [0, 58]
    const double big = e.hi * scale; // ≥ 1, exact
    const double u = big - 1.0;      // exact: Sterbenz below 2, |big| ≥ 1 above
    const double ue = ((big - u) - 1.0) + e.lo * scale;
    const double nh = u + ue; // N = nh + nl
    const double nl = ue - (nh - u);
    const double dh = nh + 2.0; // N + 2 = dh + dl (two-sum: nh may exceed 2)
    const double db = dh - nh;
    const double dl = ((nh - (dh - db)) + (2.0 - db)) + nl;
    const double inv = 1.0 / dh;
    const double q = nh * inv;
    const double rem = std::fma(-q, dh, nh); // exact
    const double t = q + ((rem + nl) - q * dl) * inv;
    return ax < kTanhTiny ? x : std::copysign(t, x);
}

// ---- sin and cos -----------------------------------------------------------------------------
// Cody–Waite reduction by π/2 in three 33-bit pieces (fdlibm's pio2_1, _2, _3 and the rest
// _3t): n·piece is exact for n < 2^20, so the reduction is exact to ~1e-40 below kTrigInline.
// Above it, callers use libm (which does Payne–Hanek); the kernel's value is garbage there.
inline constexpr double kTrigInline = 0x1p19;
inline constexpr double kTwoOverPi = 6.36619772367581382433e-01;
inline constexpr double kPio2_1 = 1.57079632673412561417e+00;
inline constexpr double kPio2_2 = 6.07710050630396597660e-11;
inline constexpr double kPio2_3 = 2.02226624871116645580e-21;
inline constexpr double kPio2_3t = 8.47842766036889956997e-32;
// Below kTrigTiny, sin x rounds to x (x³/6 < 2^−54·x) and cos x to 1.
inline constexpr double kTrigTiny = 0x1p-27;

struct SinCos {
    double sin;
    double cos;
};

// sin r = r − r³/6 + r⁵·S(r²) and cos r = 1 − r²/2 + r⁴/24 + r⁶·C(r²) on |r| ≤ π/4
// (Chebyshev fits, < 1e-3 ulp), with r³/6, r²/2 and r⁴/24 formed error-free (fma) so that,
// again, the last rounding is the only one of size.
inline SinCos sinCosInline(double x)
{
    const double t = x * kTwoOverPi + kRoundShift;
    const double n = t - kRoundShift;
    const std::uint64_t quadrant = std::bit_cast<std::uint64_t>(t) & 3u; // n mod 4
    // r = x − n·π/2 = rh + rl.
    const double r1 = x - n * kPio2_1; // exact
    const double w2 = n * kPio2_2;     // exact
    const double r2 = r1 - w2;
    const double r2b = r2 - r1;
    const double r2e = (r1 - (r2 - r2b)) - (w2 + r2b);
    const double w3 = n * kPio2_3; // exact
    const double r3 = r2 - w3;
    const double r3b = r3 - r2;
    const double r3e = (r2 - (r3 - r3b)) - (w3 + r3b);
    const double low = (r2e + r3e) - n * kPio2_3t;
    const double rh = r3 + low;
    const double rl = low - (rh - r3);

    const double z = rh * rh;
    const double zl = std::fma(rh, rh, -z);
    // sin: rh − rh³/6 + rh⁵·S + rl·cos rh, with rh³/6 = q + qe exactly enough.
    const double z2 = z * z;
    const double ps = (0.008333333333333333 + -0.00019841269841268963 * z) +
                      z2 * ((2.7557319222325073e-06 + -2.5052107236372865e-08 * z) +
                            z2 * (1.6058684399079304e-10 + -7.5953117142012e-13 * z));
    constexpr double kSixthHi = 1.0 / 6.0;
    constexpr double kSixthLo = 9.2518585385429707e-18; // 1/6 − kSixthHi
    const double c = rh * z;
    const double ce = std::fma(rh, z, -c) + rh * zl; // rh³ = c + ce
    const double q = c * kSixthHi;
    const double qe = std::fma(c, kSixthHi, -q) + (c * kSixthLo + ce * kSixthHi); // rh³/6 = q + qe
    const double sh = rh - q; // exact with se (|rh| > |q|)
    const double se = (rh - sh) - q;
    const double sinR = sh + ((se - qe) + (c * z * ps + rl * (1.0 - 0.5 * z)));
    // cos: 1 − z/2 − zl/2 + z²/24 + z³·C(z) − rl·rh, with z/2 and z²/24 formed error-free.
    const double pc = (-0.001388888888888889 + 2.4801587301586814e-05 * z) +
                      z2 * ((-2.755731922306273e-07 + 2.0876756349178006e-09 * z) +
                            z2 * (-1.1470545820723025e-11 + 4.750660920280175e-14 * z));
    constexpr double kTwentyFourthHi = 1.0 / 24.0;
    constexpr double kTwentyFourthLo = 2.3129646346357427e-18; // 1/24 − kTwentyFourthHi
    const double zz = z2;
    const double zze = std::fma(z, z, -zz) + 2.0 * z * zl; // rh⁴ ≈ zz + zze
    const double f = zz * kTwentyFourthHi;
    const double fe = std::fma(zz, kTwentyFourthHi, -f) + (zz * kTwentyFourthLo + zze * kTwentyFourthHi);
    const double hz = 0.5 * z;
    const double w = 1.0 - hz; // exact with we (hz ≤ 0.31)
    const double we = (1.0 - w) - hz;
    const double wf = w + f; // exact with wfe (w > f)
    const double wfe = (w - wf) + f;
    const double cosR = wf + ((wfe + we) + ((fe - 0.5 * zl) + (zz * z * pc - rl * rh)));

    const bool swap = (quadrant & 1u) != 0;
    const double s = swap ? cosR : sinR;
    const double co = swap ? sinR : cosR;
    const double sinX = (quadrant & 2u) != 0 ? -s : s;
    const double cosX = ((quadrant + 1u) & 2u) != 0 ? -co : co;
    const bool tiny = std::fabs(x) < kTrigTiny;
    return {tiny ? x : sinX, tiny ? 1.0 : cosX};
}

} // namespace actviz::num
