#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""High-precision reference values of every activation and its derivative.

Writes activation_reference.csv next to this script. Every formula (reference_formulas.py) is
written from the table of issue 2 with mpmath (never from actviz's C++), evaluated at 50
significant digits plus whatever extra working precision the point needs (see working_dps), and
each row is evaluated twice at different precisions: the script stops if the two disagree in the
first 35 digits.
The analytic derivatives are checked against mpmath.diff of the function at smooth points
before anything is written.

Run with Debian's Python (it has mpmath):  /usr/bin/python3 tests/data/generate_reference.py
The output is deterministic (same bytes on every run).

CSV columns (one header line, then one row per point):
  id        activation id, as in the issue's table and actviz's registry
  alpha     α passed to the function (Python repr of the double, round-trips exactly);
            0.0 when the function has no α
  beta      β, likewise
  x         the input, repr() of an exact double (also inf and -inf)
  f         f(x) rounded to 25 significant digits ("inf"/"-inf" for the limits at ±inf).
            Magnitudes below 1e-5000 are written as 0 (far below the double and long double
            ranges; the exact value there is positive or negative but unrepresentable).
  df        f'(x) likewise; at points where f is not differentiable, PyTorch autograd's value
  f_scale   max(|f(x)|, |x·f'(x)|): how far a few ulp of rounding in x (or in the terms that
            cancel near a zero of f) move the result; accuracy is judged in ulps of
            max(|f|, f_scale). 0 on the ±inf rows (they are checked exactly).
  df_scale  max(|f'(x)|, |x·f''(x)|), the same for the derivative.
Points where f or f' overflows the double range are left out, and so are ±inf where f has no
limit (sinusoid, cosine).

Besides a fixed grid (±0, subnormals, a dense grid with ±1 ulp around every kink, the tails),
every parameter set gets the edges of double (±DBL_MAX, ±1e308, ±√DBL_MAX and its neighbours,
where x² overflows, ±DBL_MIN and its neighbour below, ...) and seeded random points: log-uniform
in |x| over [1e-10, 1e3] and over the whole exponent range, subnormals included. The generator
is random.Random seeded by the function and its parameters, and builds each point from integer
bits (no libm), so the rows are the same on every run and every machine.
"""

import math
import os
import random
import struct
import sys

from mpmath import mp, mpf

from reference_formulas import FUNCS, ORDER, PAU_DEFAULT, pau_kinks

DIGITS = 50          # the precision every value is computed to (before extra working digits)
CHECK_DIGITS = 35    # two evaluations at different precisions must agree to this many digits
PRINT_DIGITS = 25    # digits written for f and df
SCALE_DIGITS = 17    # digits written for the scales
TINY_PRINT = mpf('1e-5000')
DBL_MAX = mpf(sys.float_info.max)
INF_PROXY = mpf('1e40')  # the limits at ±inf are read off f(±1e40)

PERIODIC = {'sinusoid', 'cosine', 'sinc', 'snake'}  # fixed grid within |x| ≤ 1e4; edges and random points beyond
NO_LIMIT = {'sinusoid', 'cosine', 'snake'} # no limit at ±inf (snake's f′)


def param_kinks(fid, a, b):
    """Points where f or f' changes formula for these parameters (grid points ±1 ulp)."""
    if fid in ('softshrink', 'hardshrink'):
        return [a, -a]
    if fid == 'threshold':
        return [a]
    if fid == 'pau':
        return [0.0] + pau_kinks(PAU_DEFAULT)
    return [0.0]


# ---------------------------------------------------------------------------------------------
# Grids (exact doubles).

def symmetric(values):
    return [v for x in values for v in (x, -x)]


def ulp_neighbours(points):
    return [v for p in points for v in (math.nextafter(p, -math.inf), p, math.nextafter(p, math.inf))]


TINY = [5e-324, 1e-310, 1e-300, 1e-20, 1e-8, 1e-3]
TAILS = [15, 20, 25, 30, 35, 37.5, 40, 50, 100, 300, 700, 708.5, 710, 740, 745, 800,
         1e4, 1e10, 1e100, 1e300]
# Tail points whose squares and exponentials are not exact (x·x rounds; e^x sits near the
# overflow and subnormal thresholds) — where carrying rounding errors matters.
TAILS_ODD = [10.3, 12.7, 17.3, 21.9, 26.6, 27.3, 33.3, 38.1, 38.9, 709.7, 744.4, 745.1]
KINKS = [0.0, 0.5, 1.0, 3.0, 6.0]

# The edges of double, for every parameter set: the largest finite values; 2^1023; √DBL_MAX
# = 1.3407807929942596e154 and its neighbours (x² overflows just above it); the thresholds
# where the formulas switch to forms that avoid x² or x³ (1e100, 1e150); DBL_MIN and the
# largest subnormal below it, the smallest subnormals, √DBL_MIN (x² underflows below it).
SQRT_DBL_MAX = math.sqrt(sys.float_info.max)
SQRT_DBL_MIN = math.sqrt(sys.float_info.min)
EDGE_HUGE = ([sys.float_info.max, math.nextafter(sys.float_info.max, 0.0), 2.0 ** 1023, 1e308, 1e200,
              1e154, 1e20] + ulp_neighbours([SQRT_DBL_MAX, 2.0 ** 512, 1e150, 1e100]))
EDGE_TINY = ([5e-324, 1e-323, 1e-320, 1e-160]
             + ulp_neighbours([sys.float_info.min, SQRT_DBL_MIN]))
EDGES = [-0.0, 0.0] + symmetric(EDGE_HUGE) + symmetric(EDGE_TINY)

DEFAULT_GRID = ([0.0] + symmetric(TINY) + [k / 10 for k in range(-100, 101)]
                + ulp_neighbours(symmetric(KINKS)) + symmetric(TAILS) + symmetric(TAILS_ODD))
PARAM_GRID = ([0.0] + symmetric([1e-300, 1e-8]) + [k / 4 for k in range(-40, 41)]
              + symmetric([15, 20, 40, 100, 300, 700, 745, 800, 1e4, 1e300]))

# Seeded random points per parameter set (default set, extra sets): log-uniform in |x| over
# [1e-10, 1e3], and log-uniform over every finite double (biased exponent 0…2046, so 1 in 2047
# is subnormal), both signs.
RANDOM_MID = (240, 80)
RANDOM_WIDE = (60, 20)
MID_LO, MID_HI = 1e-10, 1e3


# Points where earlier formulas were 4.2–7 ulp off (found by scanning 2·10⁵ random points per
# function against this script's formulas): kept so that such an error cannot come back unseen.
HARD = {
    ('gelu', 0.0, 0.0): [-1.2648879145851897],
    ('gelu_tanh', 0.0, 0.0): [-1.2611160912447839, -1.2288235828742227],
    ('silu', 0.0, 0.0): [-1.921814812994544, -2.5748645638502303],
    ('swish', 0.0, 2.0): [-0.959917749771243, -1.1448984698143143],
    ('swish', 0.0, -1.0): [2.3849171564628415, 1.9409404083577886],
    ('mish', 0.0, 0.0): [-1.834641903073312, -1.9485900495520552, -2.045168205755844],
    ('lecun_tanh', 0.0, 0.0): [-0.6163452762568734, -0.6094340265870135],
    ('isru', 1.0, 0.0): [0.10710128559216223, -0.064384812273598269],
    ('isru', 0.2, 0.0): [0.03379283393667363],
    ('isru', 5.0, 0.0): [0.03812371125090206, -0.0030475730489745558],
}


def from_bits(sign, biased_exponent, mantissa):
    return struct.unpack('<d', struct.pack('<Q', (sign << 63) | (biased_exponent << 52) | mantissa))[0]


def random_points(fid, a, b, default):
    rng = random.Random(f'{fid}|{a!r}|{b!r}')  # str seeds are hashed with SHA-512: stable
    which = 0 if default else 1
    xs = []
    lo_e, hi_e = math.frexp(MID_LO)[1] - 1 + 1023, math.frexp(MID_HI)[1] - 1 + 1023
    while len(xs) < RANDOM_MID[which]:
        x = from_bits(rng.getrandbits(1), rng.randint(lo_e, hi_e), rng.getrandbits(52))
        if MID_LO <= abs(x) <= MID_HI:
            xs.append(x)
    for _ in range(RANDOM_WIDE[which]):
        xs.append(from_bits(rng.getrandbits(1), rng.randint(0, 2046), rng.getrandbits(52)))
    return xs


def grid(fid, a, b, default):
    xs = list(DEFAULT_GRID if default else PARAM_GRID)
    xs += ulp_neighbours([float(k) for k in param_kinks(fid, a, b)])
    if fid in PERIODIC:
        xs = [x for x in xs if abs(x) <= 1e4]
    xs += EDGES + random_points(fid, a, b, default) + HARD.get((fid, a, b), [])  # periodic too: mpmath reduces exactly
    # Unique by bits, so that −0.0 and 0.0 are both kept; sorted (−0.0 before 0.0).
    unique = {struct.pack('<d', float(x)): float(x) for x in xs}
    return sorted(unique.values(), key=lambda x: (x, math.copysign(1.0, x)))


# ---------------------------------------------------------------------------------------------
# Evaluation.

def working_dps(x):
    """50 digits, plus 10 guard digits, plus 2 per decade of |x| away from 1: the worst
    cancellations in the formulas (x − tanh x and sinc' near 0 lose x² relative to x;
    √(x² + β) + x for x → −∞ loses β/x² relative to |x|) lose about that many."""
    if x == 0 or math.isinf(x):
        return DIGITS + 10
    return DIGITS + 10 + 2 * int(abs(math.log10(abs(x))) + 1)


def evaluate(fid, x, a, b, dps):
    f, df, d2 = FUNCS[fid]
    with mp.workdps(dps):
        X, A, B = mpf(x), mpf(a), mpf(b)
        return +f(X, A, B), +df(X, A, B), +d2(X, A, B)


def agree(u, v):
    if u == v:
        return True
    return abs(u - v) <= abs(v) * mpf(10) ** (-CHECK_DIGITS)


def reference(fid, x, a, b):
    dps = working_dps(x)
    first = evaluate(fid, x, a, b, dps)
    second = evaluate(fid, x, a, b, dps + 25)
    for name, u, v in zip(('f', "f'"), first, second):
        if not agree(u, v):
            sys.exit(f'{fid}(α={a}, β={b}) {name} at x={x!r} not converged: {u} vs {v}')
    return second


def limit(fid, sign, a, b):
    """f and f' at ±inf, read off x = ±1e40 and rounded to the limit."""
    if fid == 'isru' and a > 0:  # ±1/√α, which for α = 1e300 lies below the 1e-30 cut-off
        return [sign / mp.sqrt(mpf(a)), mpf(0)]
    f, df, _ = FUNCS[fid]
    out = []
    for g in (f, df):
        with mp.workdps(DIGITS + 90):
            v = g(sign * INF_PROXY, mpf(a), mpf(b))
            farther = g(sign * INF_PROXY ** 2, mpf(a), mpf(b))
        # Large and still growing: infinite; large and constant (rrelu's slope 1e308): itself.
        if abs(v) > mpf('1e30') and abs(farther) > 10 * abs(v):
            out.append(math.copysign(math.inf, v))
        elif abs(v) < mpf('1e-30'):
            out.append(mpf(0))
        else:
            out.append(v)
    return out


def fmt(v, digits):
    if isinstance(v, float):
        return 'inf' if v > 0 else '-inf'
    if v == 0 or abs(v) < TINY_PRINT:
        return '0.0'
    return mp.nstr(v, digits, min_fixed=-4, max_fixed=16)


def overflows(v):
    return abs(v) > DBL_MAX


def rows_for(fid, a, b, default):
    rows = []
    xs = grid(fid, a, b, default)
    if fid not in NO_LIMIT:
        xs = [-math.inf] + xs + [math.inf]
    for x in xs:
        if math.isinf(x):
            fv, dv = limit(fid, 1 if x > 0 else -1, a, b)
            rows.append((fid, a, b, x, fmt(fv, PRINT_DIGITS), fmt(dv, PRINT_DIGITS), '0.0', '0.0'))
            continue
        fv, dv, d2 = reference(fid, x, a, b)
        if overflows(fv) or overflows(dv):
            continue
        X = mpf(x)
        fs = max(abs(fv), abs(X * dv))
        ds = max(abs(dv), abs(X * d2))
        rows.append((fid, a, b, x, fmt(fv, PRINT_DIGITS), fmt(dv, PRINT_DIGITS),
                     fmt(fs, SCALE_DIGITS), fmt(ds, SCALE_DIGITS)))
    return rows


# ---------------------------------------------------------------------------------------------
# Self-check: the analytic f' and f'' against numerical differentiation of f and f' (mpmath.diff
# at 50 digits) at smooth points, for every function and parameter set.

SMOOTH_POINTS = [-7.3, -2.3, -0.7, 0.37, 1.9, 4.4, 8.1]


def self_check():
    for fid, dflt, extra in ORDER:
        f, df, d2 = FUNCS[fid]
        for a, b in [dflt] + extra:
            kinks = [0.0, 1.0, -1.0, 3.0, -3.0, 6.0] + [float(k) for k in param_kinks(fid, a, b)]
            with mp.workdps(DIGITS):
                A, B = mpf(a), mpf(b)
                for x in SMOOTH_POINTS:
                    if min(abs(x - k) for k in kinks) < 0.1:
                        continue
                    X = mpf(x)
                    for name, g, dg in (("f'", f, df), ("f''", df, d2)):
                        num = mp.diff(lambda t: g(t, A, B), X)
                        ana = dg(X, A, B)
                        if abs(num - ana) > mpf(10) ** -30 * max(1, abs(ana)):
                            sys.exit(f'{fid}(α={a}, β={b}): {name}({x}) analytic {ana} != numeric {num}')


def main():
    mp.dps = DIGITS
    if len(FUNCS) != 49 or [o[0] for o in ORDER] != list(FUNCS):
        sys.exit('the function table and the order disagree')
    self_check()
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'activation_reference.csv')
    count = 0
    with open(out_path, 'w', encoding='ascii', newline='\n') as out:
        out.write('id,alpha,beta,x,f,df,f_scale,df_scale\n')
        for fid, dflt, extra in ORDER:
            for i, (a, b) in enumerate([dflt] + extra):
                for row in rows_for(fid, a, b, default=(i == 0)):
                    fid_, a_, b_, x, *rest = row
                    out.write(','.join([fid_, repr(float(a_)), repr(float(b_)), repr(x)] + rest) + '\n')
                    count += 1
    print(f'wrote {count} rows to {out_path}')


if __name__ == '__main__':
    main()
