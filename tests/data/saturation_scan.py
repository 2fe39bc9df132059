# SPDX-License-Identifier: MIT
"""The scan behind generate_saturation_reference.py: the maximal intervals of [lo, hi] where
|f'(x)| < ε, found without the finder's idea (cutting f' at its turning points).

Each piece between kinks is scanned on a fixed grid — uniform with step `step` on |x| ≤ U, then
ratio 1.1 out to the range ends — and every change of class between neighbouring points
(|f'| < ε, or f' ≥ ε, or f' ≤ −ε) is solved for f' = ±ε by bisection to 45 digits; a sign change
of f' between two points gives both roots. Local extrema of |f'| among the scan points are
refined by golden-section search, so a bump above ε (or a dip below it) narrower than the grid
step is not missed. Every interval and every gap is then checked at ¼, ½ and ¾ of its width.
"""

import math
import sys

from mpmath import mp, mpf

from reference_formulas import FUNCS, PAU_DEFAULT, pau_kinks

ROOT_DIGITS = 45     # roots are bisected to this many significant digits
RATIO = 1.1          # the scan grid's geometric ratio beyond U
DBL_MAX = sys.float_info.max

# ---------------------------------------------------------------------------------------------
# The mathematics the scan needs beyond f': where f' jumps, and where it is identically 0.


def kinks(fid, a, b):
    """Points where f' is discontinuous (or f is not differentiable), at these parameters."""
    table = {
        'step': [0.0], 'relu': [0.0], 'relu6': [0.0, 6.0], 'selu': [0.0], 'abs': [0.0],
        'sign': [0.0], 'hardsigmoid': [-3.0, 3.0], 'hardswish': [-3.0, 3.0],
        'hardtanh': [-1.0, 1.0], 'threshold': [a],
    }
    if fid in table:
        return table[fid]
    if fid == 'pau':  # the sign changes of S = b1·x + … + b4·x⁴ (default coefficients)
        return pau_kinks(PAU_DEFAULT)
    if fid in ('leaky_relu', 'prelu', 'elu'):
        return [] if a == 1 else [0.0]
    if fid == 'rrelu':
        return [] if (a + b) / 2 == 1 else [0.0]
    if fid in ('softshrink', 'hardshrink'):
        return [-a, a] if a > 0 else []
    if fid == 'squareplus':
        return [0.0] if b == 0 else []
    return []


CONSTANT_PIECES = {'step', 'relu', 'relu6', 'hardsigmoid', 'hardtanh', 'softshrink', 'hardshrink',
                   'threshold', 'abs', 'sign', 'identity'}
# relu2, starrelu and sparse_plus have f' = 0 on a half-line too, but f' is continuous where it
# leaves 0 (no kink), so the stretch where |f'| < ε runs on past it: one saturated interval.


def identically_zero(fid, a, b, x):
    """Whether f' is identically 0 around x (not merely tiny or cut to 0 by E())."""
    if fid in CONSTANT_PIECES:
        return FUNCS[fid][1](x, mpf(a), mpf(b)) == 0
    if fid == 'hardswish':
        return x < -3
    if fid in ('leaky_relu', 'prelu', 'elu'):
        return x < 0 and a == 0
    if fid == 'rrelu':
        return x < 0 and a + b == 0
    if fid == 'squareplus':
        return x < 0 and b == 0
    if fid == 'dyt':  # γα·sech²(αx)
        return a == 0 or b == 0
    if fid == 'smish':  # α·h'(βx)
        return a == 0
    return False


# ---------------------------------------------------------------------------------------------
# The scan.

def df_of(fid, a, b):
    d = FUNCS[fid][1]
    A, B = mpf(a), mpf(b)
    return lambda x: d(x, A, B)


def side(v, eps):
    """-1: f' ≤ −ε, 0: |f'| < ε, 1: f' ≥ ε."""
    if abs(v) < eps:
        return 0
    return 1 if v > 0 else -1


def midpoint(u, v):
    if u > 0 and v > 4 * u or v < 0 and u < 4 * v:
        return mp.sqrt(u * v) * (1 if u > 0 else -1)  # geometric across decades
    return (u + v) / 2


def bisect(g, u, v):
    """A root of g in [u, v] (g(u), g(v) of opposite signs), to ROOT_DIGITS digits."""
    gu = g(u)
    tol = mpf(10) ** (-ROOT_DIGITS)
    while abs(v - u) > tol * max(abs(u), abs(v)):
        m = midpoint(u, v)
        if m == u or m == v:
            break
        gm = g(m)
        if (gm > 0) == (gu > 0):
            u, gu = m, gm
        else:
            v = m
    return (u + v) / 2


def golden(h, u, v, iterations=80):
    """The x in [u, v] maximising h (unimodal there)."""
    r = (mp.sqrt(5) - 1) / 2
    c, d = v - r * (v - u), u + r * (v - u)
    hc, hd = h(c), h(d)
    for _ in range(iterations):
        if hc > hd:
            v, d, hd = d, c, hc
            c = v - r * (v - u)
            hc = h(c)
        else:
            u, c, hc = c, d, hd
            d = u + r * (v - u)
            hd = h(d)
    return (u + v) / 2


def scan_points(pa, pb, U, step):
    """The grid inside the open piece (pa, pb)."""
    xs = set()
    n = int(round(U / step))
    clamp = lambda x: min(max(x, -U), U)  # noqa: E731
    lo_i = max(-n, math.floor(clamp(pa) / step) - 1)
    hi_i = min(n, math.ceil(clamp(pb) / step) + 1)
    for i in range(lo_i, hi_i + 1):
        xs.add(i * step)
    g = U
    while g < DBL_MAX:
        xs.add(g)
        xs.add(-g)
        g *= RATIO
    return sorted(mpf(x) for x in xs if pa < x < pb)


def roots_between(df, eps, x1, v1, x2, v2):
    """The interval ends between two scan points of different classes."""
    s1, s2 = side(v1, eps), side(v2, eps)
    if s1 == 0:
        return [('end', bisect(lambda x: df(x) - s2 * eps, x1, x2))]
    if s2 == 0:
        return [('start', bisect(lambda x: df(x) - s1 * eps, x1, x2))]
    # f' ≥ ε on one side, ≤ −ε on the other: the band is crossed in between.
    r1 = bisect(lambda x: df(x) - s1 * eps, x1, x2)
    r2 = bisect(lambda x: df(x) - s2 * eps, x1, x2)
    return [('start', r1), ('end', r2)]


def piece_intervals(df, eps, pa, pb, a_kink, b_kink, U, step):
    """Maximal stretches of (pa, pb) with |f'| < ε, each end tagged with how it was found."""
    tiny = lambda x: mpf(10) ** -40 * max(1, abs(x))  # noqa: E731
    ea = pa + tiny(pa) if a_kink else mpf(pa)
    eb = pb - tiny(pb) if b_kink else mpf(pb)
    xs = [ea] + scan_points(pa, pb, U, step) + [eb]
    vs = [df(x) for x in xs]
    events = []  # (x, 'start'|'end')
    for i in range(len(xs) - 1):
        s1, s2 = side(vs[i], eps), side(vs[i + 1], eps)
        if s1 != s2:
            events += [(r, kind) for kind, r in roots_between(df, eps, xs[i], vs[i], xs[i + 1], vs[i + 1])]
    # Local extrema of |f'| among the scan points: a bump above ε or a dip below it between
    # two points of the same class.
    for i in range(1, len(xs) - 1):
        s0, s1, s2 = side(vs[i - 1], eps), side(vs[i], eps), side(vs[i + 1], eps)
        if not (s0 == s1 == s2):
            continue
        a0, a1, a2 = abs(vs[i - 1]), abs(vs[i]), abs(vs[i + 1])
        # (strict on one side: a run of equal values, f' constant or cut to 0, is no extremum)
        if s1 == 0 and a1 > a0 and a1 >= a2:
            m = golden(lambda x: abs(df(x)), xs[i - 1], xs[i + 1])
            if abs(df(m)) >= eps:
                sm = side(df(m), eps)
                events += [(bisect(lambda x: df(x) - sm * eps, xs[i - 1], m), 'end'),
                           (bisect(lambda x: df(x) - sm * eps, m, xs[i + 1]), 'start')]
        elif s1 != 0 and a1 < a0 and a1 <= a2:
            m = golden(lambda x: -abs(df(x)), xs[i - 1], xs[i + 1])
            if abs(df(m)) < eps:
                events += [(bisect(lambda x: df(x) - s1 * eps, xs[i - 1], m), 'start'),
                           (bisect(lambda x: df(x) - s1 * eps, m, xs[i + 1]), 'end')]
    events.sort(key=lambda e: e[0])
    out = []
    start = ('range' if not a_kink else 'kink', pa) if side(vs[0], eps) == 0 else None
    for x, kind in events:
        if kind == 'start':
            assert start is None, f'two starts at {x}'
            start = ('root', x)
        else:
            assert start is not None, f'end without start at {x}'
            out.append((start, ('root', x)))
            start = None
    if start is not None:
        assert side(vs[-1], eps) == 0
        out.append((start, ('kink' if b_kink else 'range', pb)))
    return out


def value_of(end):
    return mpf(end[1])


def intervals(fid, a, b, eps, lo, hi, U, step):
    df = df_of(fid, a, b)
    eps = mpf(eps)
    cuts = sorted(k for k in set(kinks(fid, a, b)) if lo < k < hi)
    edges = [lo] + cuts + [hi]
    kink_set = set(kinks(fid, a, b))
    found = []
    for pa, pb in zip(edges, edges[1:]):
        for start, end in piece_intervals(df, eps, pa, pb, pa in kink_set, pb in kink_set, U, step):
            mid = (value_of(start) + value_of(end)) / 2
            dead = identically_zero(fid, a, b, mid)
            found.append([start, end, 'dead' if dead else 'saturated'])
    merged = []
    for iv in found:
        if merged and merged[-1][2] == iv[2] and merged[-1][1][0] == 'kink' and iv[0][0] == 'kink' \
                and merged[-1][1][1] == iv[0][1]:
            merged[-1][1] = iv[1]
        else:
            merged.append(iv)
    check(df, eps, lo, hi, merged, fid, a, b)
    return merged


def check(df, eps, lo, hi, found, fid, a, b):
    """Intervals are below ε, the gaps between them above (at ¼, ½, ¾ of each, kinks skipped)."""
    kink_set = set(kinks(fid, a, b))

    def probe(u, v, inside):
        for t in (mpf(1) / 4, mpf(1) / 2, mpf(3) / 4):
            x = u + t * (v - u)
            if x not in kink_set:
                assert (abs(df(x)) < eps) == inside, (fid, u, v, inside)

    prev = mpf(lo)
    for start, end, _ in found:
        s, e = value_of(start), value_of(end)
        assert s < e, (fid, start, end)
        probe(s, e, True)
        if s > prev:
            probe(prev, s, False)
        prev = e
    if hi > prev:
        probe(prev, mpf(hi), False)
