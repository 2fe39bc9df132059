#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Softmax and log-softmax of z/T at 50 digits (mpmath), for tst_softmaxreference: each entry is
held to 4 ulp of itself, down to probabilities of 1e-300, where exp turns the rounding of
(z_i − max z)/T into relative error (200–500 ulp before that rounding was carried).

Rows (softmax_reference.csv): temperature;z_1 … z_n;p_1 … p_n;log p_1 … log p_n, the inputs
as the shortest repr of a double, the outputs to 25 significant digits. Seeded, so the file only
changes with this script. Run with Debian's python3-mpmath:
    /usr/bin/python3 tests/data/generate_softmax_reference.py
"""
import os
import random

from mpmath import exp, log1p, mp, mpf, nstr

mp.dps = 50


def row(z, t):
    zs = [mpf(v) / mpf(t) for v in z]
    top = max(zs)
    first = zs.index(top)
    e = [exp(v - top) for v in zs]
    rest = sum(v for i, v in enumerate(e) if i != first)  # 1 + rest would round rest away
    p = [v / (1 + rest) for v in e]
    logp = [(v - top) - log1p(rest) for v in zs]
    text = lambda vals: ' '.join(nstr(v, 25, min_fixed=-4, max_fixed=16) if v != 0 else '0.0' for v in vals)
    return f'{t!r};' + ' '.join(repr(v) for v in z) + ';' + text(p) + ';' + text(logp)


def main():
    rng = random.Random('softmax reference 1')
    rows = [
        row([0.1, -700.0], 1.0),                      # the case: 200 ulp before
        row([0.0, -7.001], 0.01),                     # 34 ulp before
        row([1.0, 2.0, 3.0], 1.0),
        row([1000.0, 1001.0, 1002.0], 1.0),
        row([0.3, -0.7, 700.5, 699.1], 1.0),
        row([1e-300, 0.0], 1.0),
    ]
    for _ in range(400):
        n = rng.randint(2, 8)
        spread = 10 ** rng.uniform(-2, 3)
        z = [rng.uniform(-spread, spread) for _ in range(n)]
        t = 10 ** rng.uniform(-2, 2) if rng.random() < 0.5 else 1.0
        # Keep the smallest probability a normal double: below DBL_MIN ulps are absolute.
        zs = [v / t for v in z]
        if max(zs) - min(zs) > 700:
            continue
        rows.append(row(z, t))
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'softmax_reference.csv')
    with open(out_path, 'w', encoding='ascii', newline='\n') as out:
        out.write('temperature;z;softmax;log_softmax\n')
        out.write('\n'.join(rows) + '\n')
    print(f'wrote {len(rows)} rows to {out_path}')


if __name__ == '__main__':
    main()
