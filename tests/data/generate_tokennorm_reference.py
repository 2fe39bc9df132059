#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Reference values for core/tokennorm.h (issue 13: LayerNorm beside DyT).

1. tokennorm_reference.csv: LayerNorm of single tokens, y_i = (x_i − mean)/√(var + ε) with the
   biased variance and ε = 1e-5 (the double), computed by mpmath at 2400 bits, enough to hold
   any sum of a few hundred doubles exactly (from 2^−1074 to 2^1024). Tokens: three of the
   synthetic batch (seed 1), and hard ones — values near ±DBL_MAX, subnormal and tiny spreads
   (variance far below ε), a constant token, a single huge outlier, mixed scales.
2. tokennorm_generator.csv: the first numbers of the batch generator for fixed seeds, from the
   algorithm as specified in tokennorm.h (splitmix64 → xoshiro256**, Box–Muller, the draw
   order of syntheticTokens), written here independently of the C++.

Run with Debian's Python (it has mpmath):  /usr/bin/python3 tests/data/generate_tokennorm_reference.py
Writes both CSVs next to this script; deterministic. x values are reprs of exact doubles, y values
have 25 significant digits.
"""

import math
import os
import sys

from mpmath import mp, mpf

mp.prec = 2400
DIGITS = 25
EPS = 1e-5
DBL_MAX = sys.float_info.max
M64 = (1 << 64) - 1


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M64


class Rng:
    """xoshiro256** seeded by four splitmix64 steps; Box–Muller with the sine kept for next time."""

    def __init__(self, seed):
        state = seed & M64
        self.s = []
        for _ in range(4):
            state = (state + 0x9E3779B97F4A7C15) & M64
            z = state
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
            self.s.append(z ^ (z >> 31))
        self.spare = None

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M64, 7) * 9) & M64
        t = (s[1] << 17) & M64
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53

    def normal(self):
        if self.spare is not None:
            z, self.spare = self.spare, None
            return z
        u1 = 1.0 - self.uniform()
        u2 = self.uniform()
        r = math.sqrt(-2.0 * math.log(u1))
        theta = 6.283185307179586 * u2
        self.spare = r * math.sin(theta)
        return r * math.cos(theta)


def batch(seed=1, tokens=48, channels=256, outliers=4, magnitude=12.0, scale_spread=0.6, shift_spread=0.25):
    g = Rng(seed)
    gain = [0.0] * channels
    chosen = []
    while len(chosen) < outliers:
        c = min(int(g.uniform() * channels), channels - 1)
        if c in chosen:
            continue
        m = magnitude * (0.5 + g.uniform())
        gain[c] = -m if len(chosen) % 2 else m
        chosen.append(c)
    rows, scales = [], []
    for _ in range(tokens):
        scale = math.exp(scale_spread * g.normal())
        shift = shift_spread * g.normal()
        scales.append(scale)
        row = []
        for c in range(channels):
            z = g.normal()
            row.append(shift + scale * (z + gain[c] * g.uniform() if gain[c] != 0.0 else z))
        rows.append(row)
    return rows, scales, chosen


def layer_norm(xs):
    x = [mpf(v) for v in xs]
    n = len(x)
    mean = mp.fsum(x) / n
    var = mp.fsum((v - mean) ** 2 for v in x) / n
    d = mp.sqrt(var + mpf(EPS))
    return [(v - mean) / d for v in x]


def text(v):
    return mp.nstr(v, DIGITS, strip_zeros=False, min_fixed=0, max_fixed=0) if v != 0 else '0.0'


def tokens():
    rows, _, _ = batch()
    g = Rng(7)
    normals = [g.normal() for _ in range(255)]
    return [
        ('batch_t0', rows[0]),
        ('batch_t17', rows[17]),
        ('batch_t47', rows[47]),
        ('small', [1.0, 2.0, 3.0, 4.0]),
        ('two', [-1.0, 1.0]),
        ('single', [42.0]),
        ('constant', [3.5] * 8),
        ('constant_max', [DBL_MAX] * 4),
        ('near_max', [DBL_MAX, -DBL_MAX, DBL_MAX / 2, -DBL_MAX / 3, 1e308, -1e307, 0.0]),
        ('max_and_tiny', [DBL_MAX, 1.0, -1.0, 5e-324, 0.0, 1e-300]),
        ('subnormal', [5e-324, 1e-323, 1.5e-323, 0.0, -5e-324, 2.5e-323]),
        ('subnormal_wide', [2.2250738585072014e-308, -1e-310, 3e-315, 0.0, 1e-320]),
        ('tiny_spread', [1.0 + i * 2.0 ** -52 for i in range(8)]),
        ('tiny_values', [1e-200 * v for v in (1.0, -2.0, 3.5, 0.25, -0.125)]),
        ('eps_comparable', [0.0, 0.003162, -0.003, 0.001, 0.0025, -0.004]),
        ('huge_mean_small_spread', [1e15 + v for v in (0.0, 1.0, 2.0, 3.0, -1.0, 0.5)]),
        ('single_outlier', normals + [1e6]),
        ('single_huge_outlier', [0.5, -0.25, 1.0, 0.0, 2.0, -1.5, 1e300]),
        ('mixed_scale', [1e-300, 1.0, 1e300, -1e150]),
    ]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    n = 0
    with open(os.path.join(here, 'tokennorm_reference.csv'), 'w', encoding='utf-8', newline='\n') as out:
        out.write('token,i,x,y\n')
        for name, xs in tokens():
            for i, (x, y) in enumerate(zip(xs, layer_norm(xs))):
                out.write(f'{name},{i},{x!r},{text(y)}\n')
                n += 1
    print(f'{n} LayerNorm rows')
    with open(os.path.join(here, 'tokennorm_generator.csv'), 'w', encoding='utf-8', newline='\n') as out:
        out.write('what,seed,index,value\n')
        for seed in (0, 1, 2 ** 64 - 1):
            g = Rng(seed)
            for i in range(4):
                out.write(f'raw,{seed},{i},{g.next()}\n')
        g = Rng(1)
        for i in range(3):
            out.write(f'uniform,1,{i},{g.uniform()!r}\n')
        g = Rng(1)
        for i in range(6):
            out.write(f'normal,1,{i},{g.normal()!r}\n')
        rows, scales, chosen = batch()
        for k, c in enumerate(chosen):
            out.write(f'outlier,1,{k},{c}\n')
        for t in (0, 1, 47):
            out.write(f'scale,1,{t},{scales[t]!r}\n')
        for t, c in ((0, 0), (0, 1), (0, chosen[0]), (1, 0), (47, 255)):
            out.write(f'x,1,{t * 256 + c},{rows[t][c]!r}\n')
    print('generator rows written')


if __name__ == '__main__':
    main()
