// SPDX-License-Identifier: MIT
// Arithmetic in IEEE binary16 (float16) and bfloat16, emulated on doubles (issue 13): every
// operation is done in double and rounded once to the format, to nearest with ties to even,
// with its subnormals and its overflow to ±inf. For + − × / that is exactly the format's own
// correctly rounded result (double has more than 2p + 2 bits for p = 11 and p = 8, so rounding
// twice is innocuous); exp and log are glibc's double results (< 1 ulp of double) rounded once,
// so they are correctly rounded except within 2^−42 of a tie.
#pragma once

#include <cmath>

namespace actviz {

struct FloatFormat {
    int precision;    // significand bits, the hidden one included
    int minExponent;  // of the smallest normal number
    double maxFinite; // the largest finite value
};

inline constexpr FloatFormat kBinary16{11, -14, 65504.0};
inline constexpr FloatFormat kBFloat16{8, -126, 3.3895313892515355e38};

// v rounded to the format (NaN, ±inf and ±0 unchanged).
[[nodiscard]] double roundToFormat(double v, const FloatFormat &format);

// The smallest normal number of the format (6.1e-5 for binary16, 1.2e-38 for bfloat16).
[[nodiscard]] double smallestNormal(const FloatFormat &format);

// A number of the format: each operation's result is rounded to it.
template <const FloatFormat &F> struct Emulated {
    double v = 0.0;
    Emulated() = default;
    Emulated(double x) : v(roundToFormat(x, F)) {} // NOLINT: implicit, like float's
    operator double() const { return v; }           // NOLINT
    friend Emulated operator+(Emulated a, Emulated b) { return Emulated(a.v + b.v); }
    friend Emulated operator-(Emulated a, Emulated b) { return Emulated(a.v - b.v); }
    friend Emulated operator*(Emulated a, Emulated b) { return Emulated(a.v * b.v); }
    friend Emulated operator/(Emulated a, Emulated b) { return Emulated(a.v / b.v); }
    friend Emulated operator-(Emulated a) { return Emulated(-a.v); }
};

// exp and log of the format (found by argument-dependent lookup, as std::exp is for float).
template <const FloatFormat &F> Emulated<F> exp(Emulated<F> a) { return Emulated<F>(std::exp(a.v)); }
template <const FloatFormat &F> Emulated<F> log(Emulated<F> a) { return Emulated<F>(std::log(a.v)); }

using Half = Emulated<kBinary16>;
using BFloat16 = Emulated<kBFloat16>;

} // namespace actviz
