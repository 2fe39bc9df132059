// SPDX-License-Identifier: MIT
// Inline replacements for libm's exp, expm1, tanh, sin and cos, so that a loop over an array
// can be vectorised: GCC does not vectorise a loop that calls an out-of-line function, and
// every glibc transcendental is one. The kernels are branch-free (every `?:` becomes a select)
// and use only +, −, ×, ÷, √, fma and bit operations — all correctly rounded in IEEE
// arithmetic, so the baseline and the AVX2 builds of the same code return identical bits
// (fma is exact whether it is an instruction or glibc's software fma). The core is compiled
// with -ffp-contract=off, so no a·b + c is fused behind our back either.
// Accuracy (measured against long double libm on 10⁷ random points; see each kernel):
// about 0.5 ulp plus a few hundredths — within 0.03 ulp of glibc, which is the bar the
// activation tests were written against. Internal to core/.
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

// e^(x + xlo) = (hi + lo)·2^k, hi + lo ∈ [0.7, 1.42] unrounded (|lo| ≲ 2^−52·hi) and k an
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
    const double xc = x > kExpClamp ? kExpClamp : (x < -kExpClamp ? -kExpClamp : x); // NaN passes
    const double n = roundToInteger(xc * kInvLn2);
    const double hi = xc - n * kLn2Hi; // exact
    const double lo = (xc == x ? xlo : 0.0) - n * kLn2Lo; // x's correction is moot once clamped
    const double s = hi + lo; // r = s + sl exactly (two-sum)
    const double sb = s - hi;
    const double sl = (hi - (s - sb)) + (lo - sb);
    double p = 2.0911229928855294e-09;
    p = p * s + 2.510037611136142e-08;
    p = p * s + 2.7557282983637385e-07;
    p = p * s + 2.7557268479724004e-06;
    p = p * s + 2.4801587317135435e-05;
    p = p * s + 0.00019841269863040922;
    p = p * s + 0.0013888888888886554;
    p = p * s + 0.008333333333330065;
    p = p * s + 0.041666666666666664;
    p = p * s + 0.16666666666666669;
    const double s2 = s * s;
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
    const double subnormal = std::bit_cast<double>(std::bit_cast<std::uint64_t>(sum) - std::bit_cast<std::uint64_t>(1.0));
    const double below = m <= 0.0 ? bh : 2.0; // (a chain of selects: `&&` here stops GCC vectorising)
    return below < 1.0 ? subnormal : normal;
}

// e^(x + xlo) − 1 without cancellation: (hi·2^k − 1) exactly by two-sum, then lo·2^k added.
// Below kExpm1Small, where 1 + x itself is inexact, the series x + x²/2 (x³/6 < 2^−56·x).
inline constexpr double kExpm1Small = 0x1p-27;
inline double expm1Inline(double x, double xlo = 0.0)
{
    const ExpSplit e = expSplit(x, xlo);
    const double big = scaleByPow2(e.hi, e.k); // ∞ past x ≈ 709.8
    const double u = big - 1.0;
    const double ub = u - big;
    const double ue = (big - (u - ub)) + (-1.0 - ub);
    const double r = u + (ue + scaleByPow2(e.lo, e.k));
    const double series = x + (xlo + 0.5 * x * x); // also keeps −0 and subnormals
    return std::fabs(x) < kExpm1Small ? series : (big == HUGE_VAL ? big : r);
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
    const double y = ax > kTanhOne ? 2.0 * kTanhOne : 2.0 * ax; // NaN passes
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
    double ps = -7.5953117142012e-13;
    ps = ps * z + 1.6058684399079304e-10;
    ps = ps * z + -2.5052107236372865e-08;
    ps = ps * z + 2.7557319222325073e-06;
    ps = ps * z + -0.00019841269841268963;
    ps = ps * z + 0.008333333333333333;
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
    double pc = 4.750660920280175e-14;
    pc = pc * z + -1.1470545820723025e-11;
    pc = pc * z + 2.0876756349178006e-09;
    pc = pc * z + -2.755731922306273e-07;
    pc = pc * z + 2.4801587301586814e-05;
    pc = pc * z + -0.001388888888888889;
    constexpr double kTwentyFourthHi = 1.0 / 24.0;
    constexpr double kTwentyFourthLo = 2.3129646346357427e-18; // 1/24 − kTwentyFourthHi
    const double zz = z * z;
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
