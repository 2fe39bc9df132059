#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""High-precision f and f' of the lesson formulas that tests/core/tst_exprreference.cpp types
into core/expr (issue 12) and that the example lessons resources/lessons/formula-*.json define
(tests/ui/tst_customlessons.cpp finds a lesson's rows by the formula text), written with mpmath
from closed forms (never from actviz's C++).

Run with Debian's Python (it has mpmath):  /usr/bin/python3 tests/data/generate_expr_reference.py
Writes expr_reference.csv next to this script; deterministic (same bytes on every run).

CSV columns: name, formula (as typed; α and β as below), alpha, beta, x (repr of an exact double),
f and df (25 significant digits), f_scale = max(|f|, |x·f'|) and df_scale = max(|f'|, |x·f''|),
the repository's rule (generate_reference.py) for judging accuracy in ulps of max(|value|, scale):
how far a rounding of x, or of terms that cancel near a zero, moves the result.
At a kink (x = 0 of `rational` and `leaky`) df is the derivative of the branch the formula's
condition picks there, which is what core/exprdiff.cpp's derivative evaluates to: abs'(0) = 1
(the x ≥ 0 side), if(x > 0, …)'(0) = the else side; f'' there is one-sided on the same side.
The closed forms of f' are checked against mpmath.diff of f at smooth points before writing.
"""

import os

from mpmath import mp, mpf

mp.dps = 50
DIGITS = 25


def sp(x):
    return mp.log1p(mp.exp(x))


def sig(x):
    return 1 / (1 + mp.exp(-x))


def sech(x):
    return 1 / mp.cosh(x)


def mish(x, a, b):
    return x * mp.tanh(sp(x))


def mish_d(x, a, b):
    return mp.tanh(sp(x)) + x * sech(sp(x)) ** 2 * sig(x)


def smish(x, a, b):
    return a * x * mp.tanh(mp.log(1 + sig(b * x)))


def smish_log1p(x, a, b):
    return a * x * mp.tanh(mp.log1p(sig(b * x)))


def smish_d(x, a, b):
    s = sig(b * x)
    inner = mp.log(1 + s)
    return a * mp.tanh(inner) + a * x * sech(inner) ** 2 * s * (1 - s) * b / (1 + s)


def snake(x, a, b):
    return x + mp.sin(a * x) ** 2 / a


def snake_d(x, a, b):
    return 1 + 2 * mp.sin(a * x) * mp.cos(a * x)


def rational(x, a, b):
    return (x + x * x / 2) / (1 + abs(x))


def rational_d(x, a, b):
    s = -1 if x < 0 else 1  # abs'(0) = 1
    q = 1 + abs(x)
    return ((1 + x) * q - (x + x * x / 2) * s) / q ** 2


def leaky(x, a, b):
    return x if x > 0 else a * mp.expm1(x)


def leaky_d(x, a, b):
    return mpf(1) if x > 0 else a * mp.exp(x)


# name, formula as typed, f, f', α, β, the side of the kink at 0 (+1, −1) or None
CASES = [
    ('mish', 'x*tanh(softplus(x))', mish, mish_d, 0.0, 0.0, None),
    ('smish', 'α*x*tanh(log(1+sigmoid(β*x)))', smish, smish_d, 1.0, 1.0, None),
    # The same function spelt stably, as the Smish example lesson types it beside the naive one.
    ('smish-log1p', 'α*x*tanh(log1p(sigmoid(β*x)))', smish_log1p, smish_d, 1.0, 1.0, None),
    ('snake', 'x + sin(α*x)^2/α', snake, snake_d, 1.0, 0.0, None),
    ('rational', '(x + 0.5*x^2)/(1 + abs(x))', rational, rational_d, 0.0, 0.0, 1),
    ('leaky', 'if(x > 0, x, α*expm1(x))', leaky, leaky_d, 0.2, 0.0, -1),
]

POINTS = [-20.0 + 40.0 * i / 199 for i in range(200)] + [0.0, -0.0, 1e-300, -1e-300, 1e-8, -1e-8]


def fmt(v):
    return mp.nstr(mpf(v), DIGITS) if v != 0 else "0.0"


def check_closed_forms():
    for name, _, f, df, a, b, _ in CASES:
        for x in (-3.25, -0.75, 0.5, 2.5, 7.0):
            num = mp.diff(lambda t: f(t, mpf(a), mpf(b)), mpf(x))
            ana = df(mpf(x), mpf(a), mpf(b))
            assert abs(num - ana) <= mpf('1e-40') * max(1, abs(ana)), (name, x, num, ana)


def main():
    check_closed_forms()
    rows = ['name,formula,alpha,beta,x,f,df,f_scale,df_scale']
    for name, formula, f, df, a, b, side in CASES:
        am, bm = mpf(a), mpf(b)
        for x in POINTS:
            xm = mpf(x)
            fv = f(xm, am, bm)
            dv = df(xm, am, bm)
            kink = side is not None and x == 0
            d2 = mp.diff(lambda t: df(t, am, bm), xm, direction=side if kink else 0)
            f_scale = max(abs(fv), abs(xm * dv))
            df_scale = max(abs(dv), abs(xm * d2))
            rows.append(f'{name},"{formula}",{a!r},{b!r},{x!r},{fmt(fv)},{fmt(dv)},'
                        f'{mp.nstr(f_scale, 17)},{mp.nstr(df_scale, 17)}')
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'expr_reference.csv')
    with open(path, 'w', encoding='utf-8', newline='\n') as out:
        out.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()
