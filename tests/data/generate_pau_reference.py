#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""PAU at coefficients other than the default: pau_reference.csv, for tests/core/tst_pau.cpp.

The default coefficients are in activation_reference.csv (generate_reference.py); here the
same grids (PARAM_GRID, the edges of double, ±1 ulp around every kink, seeded random points) and
the same mpmath formulas (reference_formulas.pau_parts) at four other coefficient sets, chosen so
that every branch of the evaluation is reached:
  tanh54   the [5/4] Padé approximant of tanh, (945x + 105x³ + x⁵)/(945 + 420x² + 15x⁴)
           normalised to Q(0) = 1: S ≥ 0 everywhere, no kink (S has a double root at 0);
  kinky    a5 = 0 (f tends to a4/|b4| = −3 at both ends), S with three simple real roots
           besides 0, i.e. four kinks;
  cubic    b4 = 0 (f ~ 0.01·x², overflowing beyond |x| ≈ 1e155), a0 = 0 so that the sign
           change of S at 0 is no kink;
  bump     P = 1 + x/2, Q = 1 + x⁴: f decays like x⁻³, subnormal near |x| ≈ 1e103;
  random1…3  seeded coefficients uniform in [−3, 3]: all ten, a5 = 0, b3 = b4 = 0.
Run with Debian's Python:  /usr/bin/python3 tests/data/generate_pau_reference.py  (~1 min)

CSV columns: set, coefficients (a0;…;a5/b1;…;b4, repr of each double), x, f, df, f_scale,
df_scale — as in activation_reference.csv (see generate_reference.py).
"""

import os
import random
import sys

from mpmath import mp

import generate_reference as g
from reference_formulas import FUNCS, pau_funcs, pau_kinks

def random_set(seed, zero_a=(), zero_b=()):
    """Coefficients uniform in [−3, 3] from a seeded generator (the same on every machine)."""
    rng = random.Random(f'pau|{seed}')
    a = [0.0 if i in zero_a else rng.uniform(-3, 3) for i in range(6)]
    b = [0.0 if k in zero_b else rng.uniform(-3, 3) for k in range(4)]
    return tuple(a), tuple(b)


SETS = [
    ('tanh54', ((0.0, 1.0, 0.0, 105 / 945, 0.0, 1 / 945), (0.0, 420 / 945, 0.0, 15 / 945))),
    ('kinky', ((0.5, -1.0, 0.25, 2.0, -0.75, 0.0), (1.5, -2.0, -0.5, 0.25))),
    ('cubic', ((0.0, 1.0, 0.0, 0.0, 0.0, 0.01), (0.5, 0.0, 1.0, 0.0))),
    ('bump', ((1.0, 0.5, 0.0, 0.0, 0.0, 0.0), (0.0, 0.0, 0.0, 1.0))),
    ('random1', random_set(1)),
    ('random2', random_set(2, zero_a=(5,))),
    ('random3', random_set(3, zero_b=(2, 3))),
]


def main():
    mp.dps = g.DIGITS
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pau_reference.csv')
    count = 0
    with open(out_path, 'w', encoding='ascii', newline='\n') as out:
        out.write('set,coefficients,x,f,df,f_scale,df_scale\n')
        for name, c in SETS:
            FUNCS['pau'] = pau_funcs(c)
            kinks = pau_kinks(c)
            g.param_kinks = lambda fid, a, b, kinks=kinks: [0.0] + kinks
            text = ';'.join(repr(float(v)) for v in c[0]) + '/' + ';'.join(repr(float(v)) for v in c[1])
            for row in g.rows_for('pau', 0.0, 0.0, default=False):
                _, _, _, x, *rest = row
                out.write(','.join([name, text, repr(x)] + rest) + '\n')
                count += 1
            print(f'{name}: kinks {kinks}', file=sys.stderr)
    print(f'wrote {count} rows to {out_path}')


if __name__ == '__main__':
    main()
