#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Reference saturation intervals: where |f'(x)| < ε on wide, huge and tiny ranges.

Writes saturation_reference.csv next to this script, read by tests/core/tst_saturation.cpp.
f' is mpmath's, from the formulas of generate_reference.py (FUNCS), never actviz's C++, and the
intervals are found without the finder's idea (cutting f' at its turning points): each piece
between kinks is scanned on a fixed grid — uniform with step `step` on |x| ≤ U, then ratio 1.1
out to the range ends — and every change of class between neighbouring points (|f'| < ε, or
f' ≥ ε, or f' ≤ −ε) is solved for f' = ±ε by bisection to 45 digits; a sign change of f'
between two points gives both roots. Local extrema of |f'| among the scan points are refined
by golden-section search, so a bump above ε (or a dip below it) narrower than the grid step is
not missed. Every interval and every gap is then checked at ¼, ½ and ¾ of its width. Before that, the
table of turning points of f' the finder cuts at is checked (check_turning_points).

Kinds: an interval is dead where f' is identically 0 (a constant piece of a piecewise-linear
function, at these parameters), else saturated; intervals of one kind that touch at a kink are
joined, as the finder does.

Run with Debian's Python (it has mpmath):  /usr/bin/python3 tests/data/generate_saturation_reference.py
The output is deterministic (same bytes on every run); it takes a few minutes. With an
argument, only the cases whose name contains it are computed and printed (nothing written).

CSV columns (one header line, then one row per interval; a case without intervals has one row
with count 0 and the last five fields empty):
  case      the test row name
  function, alpha, beta, epsilon, lo, hi   the call (repr() of exact doubles)
  count     the number of intervals of the case
  start, start_type, end, end_type, kind   one interval: an end is "range" (lo or hi, exact),
            "kink" (exact) or "root" (a solution of |f'| = ε, 20 significant digits); kind is
            saturated or dead
"""

import math
import os
import sys

from mpmath import mp, mpf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_reference import FUNCS, ORDER  # noqa: E402  (the mpmath formulas of all 41 functions)

DPS = 50
ROOT_DIGITS = 45     # roots are bisected to this many significant digits
PRINT_DIGITS = 20
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
    return False


# ---------------------------------------------------------------------------------------------
# The cases. (name, function, α, β, ε, lo, hi, U, step); U and step set the scan's uniform
# part (U = 64, step = 1/64 unless the case's features are larger or smaller).

DEFAULTS = {
    'leaky_relu': (0.01, 0.0), 'prelu': (0.25, 0.0), 'rrelu': (1 / 8, 1 / 3), 'elu': (1.0, 0.0),
    'celu': (1.0, 0.0), 'swish': (0.0, 1.0), 'softplus': (0.0, 1.0), 'softshrink': (0.5, 0.0),
    'hardshrink': (0.5, 0.0), 'isru': (1.0, 0.0), 'squareplus': (0.0, 4.0),
    'threshold': (1.0, 0.0),
}
ALL = ['identity', 'step', 'sigmoid', 'tanh', 'relu', 'relu6', 'leaky_relu', 'prelu', 'rrelu',
       'elu', 'celu', 'selu', 'gelu', 'gelu_tanh', 'silu', 'swish', 'mish', 'softplus',
       'softsign', 'hardsigmoid', 'hardswish', 'hardtanh', 'logsigmoid', 'tanhshrink',
       'softshrink', 'hardshrink', 'gaussian', 'arctan', 'lecun_tanh', 'symmetric_sigmoid',
       'bent_identity', 'loglog', 'isru', 'squareplus', 'threshold', 'sinusoid', 'cosine',
       'sinc', 'abs', 'sign', 'exponential']
PERIODIC = {'sinusoid', 'cosine'}
TINY_STEP = 1 / 64


def case(name, fid, eps, lo, hi, a=None, b=None, U=64.0, step=TINY_STEP):
    da, db = DEFAULTS.get(fid, (0.0, 0.0))
    return (name, fid, da if a is None else a, db if b is None else b, eps, lo, hi, U, step)


def cases():
    out = [
        # The four examples.
        case('issue: sigmoid ±1e5', 'sigmoid', 0.05, -1e5, 1e5),
        case('issue: tanh ±1e4', 'tanh', 0.05, -1e4, 1e4),
        case('issue: sinusoid ±1000 (636 intervals)', 'sinusoid', 0.05, -1000.0, 1000.0, U=1024.0, step=1 / 16),
        case('issue: sinc ±1e6', 'sinc', 0.05, -1e6, 1e6),
    ]
    # Every function at its defaults over the whole double range (periodic ones over ±1000),
    # at a GUI ε and a small one.
    for fid in ALL:
        for eps in (0.05, 1e-6):
            if fid in PERIODIC:
                out.append(case(f'{fid} ε={eps:g} ±1000', fid, eps, -1000.0, 1000.0, U=1024.0, step=1 / 16))
            elif fid == 'sinc' and eps < 1e-3:
                out.append(case(f'sinc ε=1e-3 ±DBL_MAX', fid, 1e-3, -DBL_MAX, DBL_MAX, U=1024.0, step=1 / 16))
            else:
                out.append(case(f'{fid} ε={eps:g} ±DBL_MAX', fid, eps, -DBL_MAX, DBL_MAX))
    out += [
        # Huge ranges, narrow features, far crossings.
        case('sigmoid ±1e308', 'sigmoid', 0.05, -1e308, 1e308),
        case('tanh ±1e308', 'tanh', 0.05, -1e308, 1e308),
        case('gelu ±1e300', 'gelu', 0.05, -1e300, 1e300),
        case('gelu_tanh ε=1e-9 ±1e308', 'gelu_tanh', 1e-9, -1e308, 1e308),
        case('silu ε=1e-10 ±1e308: dip of width 2e-10', 'silu', 1e-10, -1e308, 1e308),
        case('mish ε=1e-8 ±1e308', 'mish', 1e-8, -1e308, 1e308),
        case('swish β=1e-3 ±1e6', 'swish', 0.05, -1e6, 1e6, b=1e-3, U=64e3, step=1.0),
        case('swish β=1e3 [-1:1]', 'swish', 0.05, -1.0, 1.0, b=1e3, U=0.064, step=1e-5),
        case('swish β=1e300 ±1e308: βx overflows', 'swish', 0.05, -1e308, 1e308, b=1e300, U=6.4e-299,
             step=1e-302),
        case('swish β=-2 ±DBL_MAX', 'swish', 1e-4, -DBL_MAX, DBL_MAX, b=-2.0),
        case('swish β=0 ε=0.6: everywhere', 'swish', 0.6, -DBL_MAX, DBL_MAX, b=0.0),
        case('softsign ε=1e-300 ±DBL_MAX: crossings at ±1e150', 'softsign', 1e-300, -DBL_MAX, DBL_MAX),
        case('arctan ε=1e-300 ±1e308', 'arctan', 1e-300, -1e308, 1e308),
        case('isru α=1e-4 ε=1e-12 ±1e300', 'isru', 1e-12, -1e300, 1e300, a=1e-4),
        case('exponential ε=1e-300 ±1e308', 'exponential', 1e-300, -1e308, 1e308),
        case('elu ε=1e-300 ±1e308', 'elu', 1e-300, -1e308, 1e308),
        case('elu α=0 ±DBL_MAX: dead', 'elu', 0.05, -DBL_MAX, DBL_MAX, a=0.0),
        case('celu α=1e-3 ±1e6', 'celu', 0.05, -1e6, 1e6, a=1e-3, U=0.064, step=1e-5),
        case('celu α=-2 ±DBL_MAX: none', 'celu', 0.05, -DBL_MAX, DBL_MAX, a=-2.0),
        case('softplus β=1e-6 ±DBL_MAX', 'softplus', 0.05, -DBL_MAX, DBL_MAX, b=1e-6),
        case('softplus β=-2 ±DBL_MAX', 'softplus', 0.05, -DBL_MAX, DBL_MAX, b=-2.0),
        case('squareplus β=0 ±DBL_MAX: dead', 'squareplus', 0.05, -DBL_MAX, DBL_MAX, b=0.0),
        case('bent_identity ε=0.6 ±DBL_MAX', 'bent_identity', 0.6, -DBL_MAX, DBL_MAX),
        case('leaky_relu α=0 ±DBL_MAX: dead', 'leaky_relu', 0.05, -DBL_MAX, DBL_MAX, a=0.0),
        case('leaky_relu α=1e-300 ±DBL_MAX', 'leaky_relu', 0.05, -DBL_MAX, DBL_MAX, a=1e-300),
        case('threshold α=1e300 ±DBL_MAX', 'threshold', 0.05, -DBL_MAX, DBL_MAX, a=1e300),
        case('hardswish ε=1e-12 ±1e308: dip of width 6e-12', 'hardswish', 1e-12, -1e308, 1e308),
        case('tanhshrink ε=1e-300 ±1e308: [−1e-150:1e-150]', 'tanhshrink', 1e-300, -1e308, 1e308),
        case('gaussian ε=1e-300 ±1e308', 'gaussian', 1e-300, -1e308, 1e308),
        case('loglog ε=1e-3 ±DBL_MAX', 'loglog', 1e-3, -DBL_MAX, DBL_MAX),
        case('cosine ε=0.3 ±100', 'cosine', 0.3, -100.0, 100.0, U=128.0, step=1 / 64),
        case('sinusoid ε=0.999 [-10:10]', 'sinusoid', 0.999, -10.0, 10.0),
        case('sinc ε=0.4 ±DBL_MAX', 'sinc', 0.4, -DBL_MAX, DBL_MAX),
        # Tiny ranges.
        case('tanhshrink ε=1e-30 [0:1e-12]', 'tanhshrink', 1e-30, 0.0, 1e-12, U=1e-12, step=1e-15),
        case('gaussian ε=1e-14 [0:1e-12]', 'gaussian', 1e-14, 0.0, 1e-12, U=1e-12, step=1e-15),
        case('sigmoid [0:1e-12]: none', 'sigmoid', 0.05, 0.0, 1e-12, U=1e-12, step=1e-15),
        case('relu [-1e-12:0]: dead', 'relu', 0.05, -1e-12, 0.0, U=1e-12, step=1e-15),
        case('sinc [-1e-12:1e-12]', 'sinc', 1e-13, -1e-12, 1e-12, U=1e-12, step=1e-15),
        case('sigmoid [1e300:1.0000000000000002e300]', 'sigmoid', 0.05, 1e300, 1.0000000000000002e300),
        case('relu [1e300:1.0000000000000002e300]: none', 'relu', 0.05, 1e300, 1.0000000000000002e300),
        case('relu [-1.0000000000000002e300:-1e300]: dead', 'relu', 0.05, -1.0000000000000002e300, -1e300),
        case('sinc [1e300:1.0000000000000002e300]', 'sinc', 0.05, 1e300, 1.0000000000000002e300),
        case('gelu ε=0.6 [-1e-300:1e-300]', 'gelu', 0.6, -1e-300, 1e-300, U=1e-300, step=1e-302),
        case('softsign [-DBL_MAX:-1.7976931348623155e308]', 'softsign', 0.05, -DBL_MAX,
             -1.7976931348623155e308),
    ]
    return out


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


# ---------------------------------------------------------------------------------------------
# The finder's table of turning points of f' (core/saturation.cpp, kShapes), checked here: the
# sign changes of f'' (FUNCS' third formula) on [−64, 64] with step 1/64 and on a ratio-1.05
# grid out to 1e300, at the default and extra parameter sets of generate_reference.py, must be
# exactly these points. The periodic functions are analytic (kπ, (k + ½)π; sinc: see
# sincTurn) and not scanned.

# Exact or 40-digit values (findroot of f'' at 60 digits), made at the working precision (an mpf made at import would carry
# only 53 bits).
SILU_TURN = '2.399357280515467667832739697282283888523'
TURNS = {
    'sigmoid': ['0'], 'tanh': ['0'], 'softsign': ['0'], 'tanhshrink': ['0'], 'arctan': ['0'],
    'lecun_tanh': ['0'], 'symmetric_sigmoid': ['0'], 'loglog': ['0'], 'isru': ['0'],
    'gelu': [lambda: -mp.sqrt(2), lambda: mp.sqrt(2)],
    'gelu_tanh': ['-1.418504008790828355548033545599642697924', '1.418504008790828355548033545599642697924'],
    'silu': ['-' + SILU_TURN, SILU_TURN],
    'mish': ['-2.256376396360793120005748543950163906264', '1.490571179485428459294418908197909821128'],
    'gaussian': [lambda: -1 / mp.sqrt(2), lambda: 1 / mp.sqrt(2)],
}


def expected_turns(fid, a, b):
    if fid == 'swish':
        return [] if b == 0 else sorted([-mpf(SILU_TURN) / b, mpf(SILU_TURN) / b])
    return [t() if callable(t) else mpf(t) for t in TURNS.get(fid, [])]


def check_turning_points():
    xs = [mpf(k) / 64 for k in range(-64 * 64, 64 * 64 + 1)]
    g = mpf(64)
    while g < 1e300:
        g *= mpf('1.05')
        xs = [-g] + xs + [g]
    for fid, default, extra in ORDER:
        if fid in ('sinusoid', 'cosine', 'sinc'):
            continue
        for a, b in [default] + extra:
            d2 = FUNCS[fid][2]
            A, B = mpf(a), mpf(b)
            found, prev = [], None
            for x in xs:
                v = d2(x, A, B)
                if v == 0:
                    continue
                if prev is not None and (v > 0) != (prev[1] > 0):
                    u, w = prev[0], x  # bisect the sign change (f'' may jump, as softsign's)
                    for _ in range(200):
                        m = (u + w) / 2
                        vm = d2(m, A, B)
                        if vm == 0:
                            u = w = m
                            break
                        u, w = (m, w) if (vm > 0) == (prev[1] > 0) else (u, m)
                    found.append((u + w) / 2)
                prev = (x, v)
            want = expected_turns(fid, a, b)
            ok = len(found) == len(want) and all(abs(f - t) <= mpf(10) ** -30 * max(1, abs(t))
                                                 for f, t in zip(found, want))
            assert ok, (fid, a, b, [mp.nstr(f, 20) for f in found])


# ---------------------------------------------------------------------------------------------
# Output.

def fmt_end(end):
    kind, x = end
    if kind == 'root':
        return mp.nstr(x, PRINT_DIGITS), 'root'
    return repr(float(x)), kind


def main():
    mp.dps = DPS
    here = os.path.dirname(os.path.abspath(__file__))
    only = sys.argv[1] if len(sys.argv) > 1 else None  # a name part: those cases to stdout
    if only is None:
        check_turning_points()
    rows = ['case,function,alpha,beta,epsilon,lo,hi,count,start,start_type,end,end_type,kind']
    for name, fid, a, b, eps, lo, hi, U, step in cases():
        if only is not None and only not in name:
            continue
        assert ',' not in name
        found = intervals(fid, a, b, eps, lo, hi, U, step)
        head = f'{name},{fid},{a!r},{b!r},{eps!r},{lo!r},{hi!r},{len(found)}'
        if not found:
            rows.append(head + ',,,,,')
        for start, end, kind in found:
            (s, st), (e, et) = fmt_end(start), fmt_end(end)
            rows.append(f'{head},{s},{st},{e},{et},{kind}')
        print(f'{name}: {len(found)}', file=sys.stderr)
    if only is not None:
        print('\n'.join(rows))
        return
    with open(os.path.join(here, 'saturation_reference.csv'), 'w', encoding='utf-8', newline='\n') as out:
        out.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()
