#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Fits the polynomials of core/fastkernels.h and prints them as C++ (pasted there).

sin and cos (num::sinShiftedFast): sin r = r·(1 + z·S(z)) and cos r = 1 + z·C(z), z = r², on
|r| ≤ π/4, S with 6 and C with 7 coefficients (Chebyshev fits in z; the next term would be
below 2^−60 relative for C, and S's fit error is 1.3e-17 relative, ~0.1 ulp).

Mills' ratio: the polynomials of Mills' ratio M(t) = Φ(−t)/φ(t) = e^(t²/2)·∫_t^∞ e^(−s²/2) ds used by the
vectorised GELU kernel (core/fastkernels.h, num::millsRatio), and prints them as C++.

Three pieces, each a near-minimax (Chebyshev) polynomial in d = (variable − centre), so that
the monomial coefficients stay well conditioned (Σ|a_k|h^k < 2.2·min|g| on every piece):
  A: M(t)        for t ∈ [0, 1]
  B: M(t)        for t ∈ [1, 2.5]
  C: t·M(t)      as a function of v = 1/t, for t ∈ [2.5, 37] (v ∈ [1/37, 0.4])
The constant term is carried as hi + lo (its rounding alone would be ~0.5 ulp).
Past t = 37 the kernel is not used (the scalar GELU takes Mills' asymptotic series there).
Run with Debian's python3-mpmath:  /usr/bin/python3 tests/data/fit_fastkernels.py
"""
import mpmath as mp

mp.mp.dps = 40


def mills(t):
    t = mp.mpf(t)
    return mp.sqrt(mp.pi / 2) * mp.erfc(t / mp.sqrt(2)) * mp.exp(t * t / 2)


def mills_times_t_of_v(v):
    return mills(1 / v) / v


PIECES = [
    ("kMillsA", mills, mp.mpf(0), mp.mpf(1), 17),
    ("kMillsB", mills, mp.mpf(1), mp.mpf("2.5"), 18),
    ("kMillsC", mills_times_t_of_v, 1 / mp.mpf(37), mp.mpf("0.4"), 25),
]


def trig():
    z_max = (mp.pi / 4) ** 2 * (1 + mp.mpf(2) ** -40)  # r may exceed π/4 by a rounding

    def sin_part(z):
        return (mp.sin(mp.sqrt(z)) / mp.sqrt(z) - 1) / z if z != 0 else mp.mpf(-1) / 6

    def cos_part(z):
        return (mp.cos(mp.sqrt(z)) - 1) / z if z != 0 else mp.mpf(-1) / 2

    for name, g, n in (("kSinPoly", sin_part, 6), ("kCosPoly", cos_part, 7)):
        poly, err = mp.chebyfit(g, [0, z_max], n, error=True)
        coefs = [float(p) for p in reversed(poly)]
        print(f"// {name}: fit error {mp.nstr(err * z_max, 3)} relative to the function")
        print(f"inline constexpr std::array<double, {n}> {name} = {{")
        for i in range(0, n, 3):
            print("    " + ", ".join(repr(x) for x in coefs[i:i + 3]) + ",")
        print("};")


def mills_pieces():
    for name, g, a, b, n in PIECES:
        c = (a + b) / 2
        h = (b - a) / 2
        poly, err = mp.chebyfit(lambda d: g(c + d), [-h, h], n, error=True)
        exact = list(reversed(poly))  # lowest degree first
        coefs = [float(p) for p in exact]
        c0lo = float(exact[0] - mp.mpf(coefs[0]))  # the constant term carried as hi + lo
        # Check the double coefficients on a dense grid, relative to g.
        worst = mp.mpf(0)
        for i in range(2001):
            d = -h + 2 * h * i / 2000
            approx = mp.mpf(0)
            for cf in reversed(coefs):
                approx = approx * d + mp.mpf(cf)
            approx += mp.mpf(c0lo)
            worst = max(worst, abs(approx / g(c + d) - 1))
        print(f"// {name}: centre {mp.nstr(c, 17)}, |d| ≤ {mp.nstr(h, 17)}, degree {n - 1}, "
              f"fit error {mp.nstr(err / min(abs(g(a)), abs(g(b))), 3)} relative "
              f"({mp.nstr(worst, 3)} with the coefficients rounded)")
        print(f"inline constexpr double {name}Centre = {float(c)!r};")
        print(f"inline constexpr double {name}Lo = {c0lo!r}; // {name}[0] = hi + lo")
        print(f"inline constexpr std::array<double, {n}> {name} = {{")
        for i in range(0, n, 3):
            print("    " + ", ".join(repr(x) for x in coefs[i:i + 3]) + ",")
        print("};")


if __name__ == "__main__":
    trig()
    mills_pieces()
