#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""snake's f′ = 1 + sin(2αx) where it touches 0 (2αx = −π/2 + 2kπ): reference values for
tst_activations' snakeDerivativeNearItsZeros, which compares them to the last ulp of f′ itself,
not of the scale |x·f″| the main reference allows (there f′ is about 1e-32 while x·f″ is 1e-15).

For each α and zero k: the double nearest the zero and its two neighbours, with f′ from mpmath at
60 digits (exact input: the double x and the double α). Run with Debian's python3-mpmath:
    /usr/bin/python3 tests/data/generate_snake_zeros.py
which writes snake_zeros_reference.csv beside this script: alpha,x,df (25 significant digits).
"""
import math
import os

from mpmath import mp, mpf, nstr, pi, sin

mp.dps = 60
ALPHAS = [1.0, 0.5, 0.3, 2.0, 7.0]
# Zeros near the origin, and out to where αx reaches 3·10⁹ (the reduction's range).
ZEROS = list(range(-40, 41)) + [10**e * s for e in range(2, 10) for s in (1, -1) if 10**e < 9.5e8]


def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'snake_zeros_reference.csv')
    rows = 0
    with open(out_path, 'w', encoding='ascii', newline='\n') as out:
        out.write('alpha,x,df\n')
        for alpha in ALPHAS:
            for k in ZEROS:
                zero = float((-pi / 4 + k * pi) / mpf(alpha))
                for x in (math.nextafter(zero, -math.inf), zero, math.nextafter(zero, math.inf)):
                    df = 1 + sin(2 * mpf(alpha) * mpf(x))
                    out.write(f'{alpha!r},{x!r},{nstr(df, 25, min_fixed=-4, max_fixed=16)}\n')
                    rows += 1
    print(f'wrote {rows} rows to {out_path}')


if __name__ == '__main__':
    main()
