#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Fits the polynomials of Mills' ratio M(t) = Φ(−t)/φ(t) = e^(t²/2)·∫_t^∞ e^(−s²/2) ds used by the
vectorised GELU kernel (core/fastkernels.h, num::millsRatio), and prints them as C++.

Three pieces, each a near-minimax (Chebyshev) polynomial in d = (variable − centre), so that
the monomial coefficients stay well conditioned (Σ|a_k|h^k < 2.2·min|g| on every piece):
  A: M(t)        for t ∈ [0, 1]
  B: M(t)        for t ∈ [1, 2.5]
  C: t·M(t)      as a function of v = 1/t, for t ∈ [2.5, 37] (v ∈ [1/37, 0.4])
The constant term is carried as hi + lo (its rounding alone would be ~0.5 ulp).
Past t = 37 the kernel is not used (the scalar GELU takes Mills' asymptotic series there).
Run with Debian's python3-mpmath:  /usr/bin/python3 tests/data/fit_mills_ratio.py
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


def main():
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
    main()
