#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""High-precision reference values of the gated units (core/gatedunits.h, issue 13):
f(a, b) = g(a)·b, ∂f/∂a = g′(a)·b and ∂f/∂b = g(a) for GLU (g = σ), Bilinear (identity),
ReGLU (relu), GeGLU (gelu) and SwiGLU (silu), with g and g′ the mpmath formulas of
reference_formulas.py (written from the issue's table, never from actviz's C++), at 60 digits.

Run with Debian's Python (it has mpmath):  /usr/bin/python3 tests/data/generate_gated_reference.py
Writes gated_reference.csv next to this script; deterministic.

CSV columns: unit, a, b (reprs of exact doubles), f, dfda, dfdb (25 significant digits; a value
beyond the largest double is written as inf, the correctly rounded result of an overflow).
"""

import math
import os
import sys

from mpmath import mp, mpf

from reference_formulas import FUNCS

mp.dps = 60
DIGITS = 25
UNITS = [('glu', 'sigmoid'), ('bilinear', 'identity'), ('reglu', 'relu'), ('geglu', 'gelu'), ('swiglu', 'silu')]

# The gate input: the centre, the kinks' neighbours, moderate and far tails (σ(−40) ≈ 4e-18,
# GELU(−38.5) ≈ 1e-323 is subnormal, silu(−745) underflows).
A = [0.0, -0.0, 5e-324, -1e-300, 1e-8, -1e-8, 0.25, -0.5, 1.0, -1.5, 2.75, -3.0, 4.0, -6.5, 10.0, -17.3,
     -38.5, 37.0, -40.0, 100.0, -745.0, 1e10, -1e10, 1e200, -1e300, sys.float_info.max]
# The value input: signs, zero, subnormal, tiny, huge (1e200·1e200 overflows).
B = [0.0, -0.0, 1.0, -1.0, 0.3, -2.5, 7.0, 1e-300, -5e-324, 1e200, -1e300]


def text(v):
    if mp.isinf(v) or abs(v) > mpf(sys.float_info.max):
        return 'inf' if v > 0 else '-inf'
    return mp.nstr(v, DIGITS, strip_zeros=False, min_fixed=0, max_fixed=0) if v != 0 else '0.0'


def main():
    rows = []
    for unit, gate in UNITS:
        g, dg, _ = FUNCS[gate]
        for a in A:
            ga = g(mpf(a), 0, 0)
            dga = dg(mpf(a), 0, 0)
            for b in B:
                rows.append((unit, repr(a), repr(b), text(ga * b), text(dga * b), text(ga)))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gated_reference.csv')
    with open(path, 'w', encoding='utf-8', newline='\n') as out:
        out.write('unit,a,b,f,dfda,dfdb\n')
        for r in rows:
            out.write(','.join(r) + '\n')
    print(f'{len(rows)} rows -> {path}')


if __name__ == '__main__':
    main()
