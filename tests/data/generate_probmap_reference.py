#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""High-precision reference values of softmax's alternatives (core/probmaps.h, issue 13):
softmax, sparsemax, 1.5-entmax and softmax1 ("off by one"), with top-k masking and top-p
(nucleus) truncation, and their Jacobians, written with mpmath from the definitions (never
from actviz's C++):
  sparsemax  p = [x − τ]₊ with Σ p = 1, τ found by bisection (not by the sort-based formula)
  entmax15   p = [x/2 − τ]₊² with Σ p = 1, τ by bisection
  softmax1   exp(x_i)/(1 + Σ exp(x_j))
with x = z/T; -inf entries are masks (p = 0). Jacobians are mpmath.diff of p with respect to
each z_j (central differences at 60 digits), not the closed forms.

Run with Debian's Python (it has mpmath):  /usr/bin/python3 tests/data/generate_probmap_reference.py
Writes probmap_reference.csv next to this script; deterministic.

CSV columns: case, map, temperature, topk, topp, z (space-separated reprs of exact doubles),
p (space-separated, 25 significant digits), support (entries non-zero as doubles), jacobian (row-major, space-separated, or
empty where not computed: large vectors, and where an entry sits on the edge of sparsemax's or
entmax's support, where p is only one-sidedly differentiable).
"""

import math
import os
import random

from mpmath import mp, mpf

mp.dps = 60
DIGITS = 25
NEG_INF = -math.inf


def masked(z):
    return [x == NEG_INF for x in z]


def by_bisection(x, g):
    """τ with Σ g(x_i − τ) = 1 over the unmasked x, g increasing, g(≤ 0) = 0."""
    top = max(v for v in x if v is not None)
    lo, hi = top - 2, top
    for _ in range(400):
        mid = (lo + hi) / 2
        total = sum(g(v - mid) for v in x if v is not None)
        lo, hi = (mid, hi) if total > 1 else (lo, mid)
    return (lo + hi) / 2


def raw_map(name, z, T):
    # Shifted by the largest logit first (the maps but softmax1 do not change; softmax1's 1
    # becomes exp(−top/T)): mpmath then resolves τ next to 1e308 as well as next to 0.
    top = max(mpf(v) for v, m in zip(z, masked(z)) if not m)
    x = [None if m else (mpf(v) - top) / T for v, m in zip(z, masked(z))]
    if name in ('softmax', 'softmax1'):
        e = [mpf(0) if v is None else mp.exp(v) for v in x]
        denominator = sum(e) + (mp.exp(-top / T) if name == 'softmax1' else 0)
        return [v / denominator for v in e]
    if name == 'sparsemax':
        tau = by_bisection(x, lambda d: max(d, 0))
        return [mpf(0) if v is None else max(v - tau, 0) for v in x]
    half = [None if v is None else v / 2 for v in x]
    tau = by_bisection(half, lambda d: max(d, 0) ** 2)
    return [mpf(0) if v is None else max(v - tau, 0) ** 2 for v in half]


def top_k(z, k):
    if k <= 0:
        return z
    order = sorted((i for i, v in enumerate(z) if v != NEG_INF), key=lambda i: (-z[i], i))
    keep = set(order[:k])
    return [v if i in keep else NEG_INF for i, v in enumerate(z)]


def probabilities(name, z, T, k, p):
    q = raw_map(name, top_k(z, k), T)
    if p >= 1:
        return q
    order = sorted(range(len(q)), key=lambda i: (-q[i], i))
    held, keep = mpf(0), set()
    for i in order:
        if held >= p or q[i] <= 0:
            break
        keep.add(i)
        held += q[i]
    return [q[i] / held if i in keep else mpf(0) for i in range(len(q))]


def on_a_boundary(name, z, T, k, p):
    """Whether an unmasked entry sits where the support changes (p_i = 0 exactly at the edge):
    there p is not differentiable and a central difference would average the two sides."""
    if name not in ('sparsemax', 'entmax15'):
        return False
    probs = raw_map(name, top_k(z, k), T)
    width = mpf(10) ** -20
    for j, v in enumerate(z):
        if v == NEG_INF:
            continue
        for step in (-width, width):
            w = list(z)
            w[j] = mpf(v) + step
            moved = raw_map(name, top_k(w, k), T)
            if any((a > 0) != (b > 0) for a, b in zip(probs, moved)):
                return True
    return False


def jacobian(name, z, T, k, p):
    n = len(z)
    rows = [[mpf(0)] * n for _ in range(n)]
    for j in range(n):
        if z[j] == NEG_INF:
            continue
        for i in range(n):
            def component(t, i=i, j=j):
                w = list(z)
                w[j] = t
                return probabilities(name, w, T, k, p)[i]
            rows[i][j] = mp.diff(component, mpf(z[j]))
    return [v for row in rows for v in row]


def fmt(v):
    return '0.0' if v == 0 else mp.nstr(v, DIGITS, min_fixed=-4, max_fixed=16)


CASES = [
    # name, z, T, top-k, top-p, Jacobian?
    ('1 2 3', [1.0, 2.0, 3.0], 1.0, 0, 1.0, True),
    ('1 2.5 3', [1.0, 2.5, 3.0], 1.0, 0, 1.0, True),
    ('large', [1000.0, 1001.0, 1002.0], 1.0, 0, 1.0, True),
    ('negative', [-1000.0, -1001.0], 1.0, 0, 1.0, True),
    ('ties', [0.5, 0.5, 0.5, 0.5], 1.0, 0, 1.0, True),
    ('mask', [3.0, 1.0, 0.2, -1.0, NEG_INF], 1.0, 0, 1.0, True),
    ('tiny', [1e-300, 0.0, -1e-300], 1.0, 0, 1.0, False),
    ('cold', [2.0, 1.9, 0.1, -5.0], 0.5, 0, 1.0, True),
    ('hot', [2.0, 1.9, 0.1, -5.0], 20.0, 0, 1.0, True),
    ('top-2', [1.0, 2.0, 3.0, 0.5], 1.0, 2, 1.0, True),
    ('top-p 0.8', [1.0, 2.0, 3.0, 4.0], 1.0, 0, 0.8, True),
    ('top-3 top-p 0.5', [0.3, 2.5, -1.0, 2.4, 1.0], 0.7, 3, 0.5, True),
    ('single', [5.0], 1.0, 0, 1.0, True),
    ('far apart', [1e308, -1e308, 0.0], 1.0, 0, 1.0, False),
    ('all below zero', [-50.0, -60.0, -55.0], 1.0, 0, 1.0, True),
]


def seeded_cases():
    rng = random.Random('probmaps')
    out = []
    for n in (6, 20, 100):
        z = [round(rng.gauss(0, 2), 6) for _ in range(n)]
        out.append((f'gauss {n}', z, 1.0, 0, 1.0, n <= 6))
    return out


def main():
    rows = ['case,map,temperature,topk,topp,z,p,support,jacobian']
    for name, z, T, k, p, with_j in CASES + seeded_cases():
        for m in ('softmax', 'sparsemax', 'entmax15', 'softmax1'):
            probs = probabilities(m, z, mpf(T), k, mpf(p))
            support = sum(1 for v in probs if float(v) > 0)  # non-zero as a double
            # No Jacobian where an entry is on the edge of the support (one-sided there).
            with_jm = with_j and not on_a_boundary(m, z, mpf(T), k, mpf(p))
            jac = ' '.join(fmt(v) for v in jacobian(m, z, mpf(T), k, mpf(p))) if with_jm else ''
            rows.append(','.join([name, m, repr(T), str(k), repr(p), ' '.join(repr(v) for v in z),
                                  ' '.join(fmt(v) for v in probs), str(support), jac]))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'probmap_reference.csv')
    with open(path, 'w', encoding='ascii', newline='\n') as out:
        out.write('\n'.join(rows) + '\n')
    print(f'wrote {len(rows) - 1} rows to {path}')


if __name__ == '__main__':
    main()
