#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Reference saturation intervals: where |f'(x)| < ε on wide, huge and tiny ranges.

Writes saturation_reference.csv next to this script, read by
tests/core/tst_saturationreference.cpp. f' is mpmath's, from the formulas of
reference_formulas.py (FUNCS), never actviz's C++, and the intervals are found without the
finder's idea (cutting f' at its turning points), by a scan of f' with every crossing of ±ε
bisected to 45 digits (saturation_scan.py). Before that, the table of turning points of f' the
finder cuts at is checked (check_turning_points).

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

import os
import sys

from mpmath import mp, mpf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_formulas import FUNCS, ORDER  # noqa: E402  (the mpmath formulas of all 49 functions)
from saturation_scan import DBL_MAX, intervals  # noqa: E402

DPS = 50
PRINT_DIGITS = 20

# ---------------------------------------------------------------------------------------------
# The cases. (name, function, α, β, ε, lo, hi, U, step); U and step set the scan's uniform
# part (U = 64, step = 1/64 unless the case's features are larger or smaller).

DEFAULTS = {
    'leaky_relu': (0.01, 0.0), 'prelu': (0.25, 0.0), 'rrelu': (1 / 8, 1 / 3), 'elu': (1.0, 0.0),
    'celu': (1.0, 0.0), 'swish': (0.0, 1.0), 'softplus': (0.0, 1.0), 'softshrink': (0.5, 0.0),
    'hardshrink': (0.5, 0.0), 'isru': (1.0, 0.0), 'squareplus': (0.0, 4.0),
    'threshold': (1.0, 0.0),
    'starrelu': (0.8944271909999159, -0.4472135954999579), 'smish': (1.0, 1.0), 'dyt': (0.5, 1.0),
    'xielu': (0.8, 0.8), 'snake': (1.0, 0.0),
}
ALL = ['identity', 'step', 'sigmoid', 'tanh', 'relu', 'relu6', 'leaky_relu', 'prelu', 'rrelu',
       'elu', 'celu', 'selu', 'gelu', 'gelu_tanh', 'silu', 'swish', 'mish', 'softplus',
       'softsign', 'hardsigmoid', 'hardswish', 'hardtanh', 'logsigmoid', 'tanhshrink',
       'softshrink', 'hardshrink', 'gaussian', 'arctan', 'lecun_tanh', 'symmetric_sigmoid',
       'bent_identity', 'loglog', 'isru', 'squareplus', 'threshold', 'sinusoid', 'cosine',
       'sinc', 'abs', 'sign', 'exponential', 'relu2', 'starrelu', 'sparse_plus', 'smish', 'xielu', 'snake', 'dyt',
       'pau']
PERIODIC = {'sinusoid', 'cosine', 'snake'}
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
        # The 2020s (issue 13).
        case('dyt α=2 γ=1.5 ε=1e-12 ±1e308', 'dyt', 1e-12, -1e308, 1e308, a=2.0, b=1.5),
        case('dyt α=0 ±DBL_MAX: dead', 'dyt', 0.05, -DBL_MAX, DBL_MAX, a=0.0),
        case('smish β=-1 ε=0.01 ±DBL_MAX', 'smish', 0.01, -DBL_MAX, DBL_MAX, b=-1.0),
        case('smish α=2 β=0.5 ε=0.2 ±1e6', 'smish', 0.2, -1e6, 1e6, a=2.0, b=0.5),
        case('starrelu s=2 b=-1 [-3:3]', 'starrelu', 0.5, -3.0, 3.0, a=2.0, b=-1.0, U=4.0),
        case('sparse_plus ε=0.3 [-2:2]', 'sparse_plus', 0.3, -2.0, 2.0, U=4.0),
        case('xielu ε=0.05 around its minimum', 'xielu', 0.05, -3.0, 1.0, U=4.0),
        case('snake α=3 ε=0.01 ±20', 'snake', 0.01, -20.0, 20.0, a=3.0, U=32.0, step=1 / 256),
        case('pau ε=0.02 [-4:4]: the dip of the leaky-ReLU fit', 'pau', 0.02, -4.0, 4.0, U=8.0, step=1 / 256),
    ]
    return out


# ---------------------------------------------------------------------------------------------
# The finder's table of turning points of f' (core/saturation_turningpoints.cpp, kShapes),
# checked here: the sign changes of f'' (FUNCS' third formula) on [−64, 64] with step 1/64 and on
# a ratio-1.05 grid out to 1e300, at the default and extra parameter sets of ORDER
# (reference_formulas.py), must be exactly these points. The periodic functions are analytic (kπ, (k + ½)π; sinc: see
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
    'dyt': ['0'],
}
SMISH_TURNS = ['-2.551100287410252184493483467163240336194', '2.215421454008801298836754365801273267638']


def expected_turns(fid, a, b):
    if fid == 'swish':
        return [] if b == 0 else sorted([-mpf(SILU_TURN) / b, mpf(SILU_TURN) / b])
    if fid == 'smish':  # f'(x) = α·h'(βx): the turns of h' over β
        return [] if b == 0 or a == 0 else sorted(mpf(t) / b for t in SMISH_TURNS)
    return [t() if callable(t) else mpf(t) for t in TURNS.get(fid, [])]


def check_turning_points():
    xs = [mpf(k) / 64 for k in range(-64 * 64, 64 * 64 + 1)]
    g = mpf(64)
    while g < 1e300:
        g *= mpf('1.05')
        xs = [-g] + xs + [g]
    for fid, default, extra in ORDER:
        # pau's turning points are computed from its coefficients at run time (core/pau_roots.cpp,
        # checked against mpmath in tst_pau), not listed
        if fid in ('sinusoid', 'cosine', 'sinc', 'snake', 'pau'):
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
