# SPDX-License-Identifier: MIT
"""The mpmath formulas of all 49 activations, f, f' and f'' of (x, α, β), written from the table
of issue 2 (never from actviz's C++), and the issue's order with the parameter sets to test.

Imported by generate_reference.py (activation_reference.csv) and by
generate_saturation_reference.py (saturation_reference.csv); the precision is the caller's
(mp.dps, or mp.workdps around each evaluation).
"""

from mpmath import mp, mpf

# ---------------------------------------------------------------------------------------------
# Building blocks. E() and the erfc cut-off only replace values far below 1e-5000 by 0 so that
# mpmath never has to reduce an astronomically large argument; nothing printable changes.


def E(y):
    """e^y, with 0 for y < -1e5 (e^-1e5 < 1e-43000)."""
    return mpf(0) if y < -100000 else mp.exp(y)


def sig(x):
    """The logistic function, in the form without overflow for either sign."""
    if x >= 0:
        return 1 / (1 + E(-x))
    e = E(x)
    return e / (1 + e)


def dsig(x):
    """σ'(x) = σ(x)σ(−x) = e^(−|x|)/(1 + e^(−|x|))²: no cancellation of 1 − σ."""
    e = E(-abs(x))
    return e / (1 + e) ** 2


def d2sig(x):
    return dsig(x) * (1 - 2 * sig(x))


def tanh_(u):
    return mp.tanh(u)


def sech2(u):
    """sech²(u) = 4e^(−2|u|)/(1 + e^(−2|u|))²."""
    e = E(-2 * abs(u))
    return 4 * e / (1 + e) ** 2


def erfc_(z):
    """erfc(z); for z > 200 it is below e^−40000 and returned as 0."""
    return mpf(0) if z > 200 else mp.erfc(z)


def Phi(x):
    return erfc_(-x / mp.sqrt(2)) / 2


def phi(x):
    return E(-x * x / 2) / mp.sqrt(2 * mp.pi)


def softplus_(y):
    """ln(1 + e^y), written as y + ln(1 + e^−y) for y > 0 so that e^y is never formed."""
    if y > 0:
        return y + mp.log1p(E(-y))
    return mp.log1p(E(y))


def one_minus_exp_neg(t):
    """1 − e^(−t) for t ≥ 0: −expm1(−t) for small t (no 1 − (1 − tiny)); for large t through
    E() so that e^(−t) of an astronomically large t is never formed."""
    return -mp.expm1(-t) if t < 1 else 1 - E(-t)


def step01(cond):
    return mpf(1) if cond else mpf(0)


ZERO = mpf(0)


# The decimal constants, exact at any working precision: an mpf made once at import
# would carry only the import-time precision (53 bits), i.e. the same rounding as a C++ double.
class Decimal:
    def __init__(self, text):
        self.text = text

    def __get__(self, obj, owner):
        return mpf(self.text)


class K:
    selu_l = Decimal('1.0507009873554804934193349852946')
    selu_a = Decimal('1.6732632423543772848170429916717')
    lecun_a = Decimal('1.7159')
    gelu_k = Decimal('0.044715')



def gelu_tanh_parts(x):
    c = mp.sqrt(2 / mp.pi)
    u = c * (x + K.gelu_k * x ** 3)
    du = c * (1 + 3 * K.gelu_k * x * x)
    d2u = 6 * c * K.gelu_k * x
    return u, du, d2u


# ---------------------------------------------------------------------------------------------
# The 49 functions: (f, f', f'') of (x, α, β), all mpf. f'' only feeds df_scale.

def mish_parts(x):
    sp = softplus_(x)
    return sp, tanh_(sp), sech2(sp), sig(x)


def smish_parts(x, a, b):
    """Smish αx·tanh(L), L = ln(1 + s), s = σ(βx), written with tanh and sech² of L (not the
    rational form the C++ uses): s, L, s' = βσ(βx)σ(−βx), s'' = β²σ'(βx)(1 − 2s)."""
    s = sig(b * x)
    L = mp.log1p(s)  # log(1 + s) would lose s below 10^-dps
    ds = b * dsig(b * x)
    d2s = b * b * dsig(b * x) * (1 - 2 * s)
    return s, L, ds, d2s


def smish_f(x, a, b):
    s, L, _, _ = smish_parts(x, a, b)
    return a * x * tanh_(L)


def smish_df(x, a, b):
    s, L, ds, _ = smish_parts(x, a, b)
    return a * (tanh_(L) + x * sech2(L) * ds / (1 + s))


def smish_d2(x, a, b):
    s, L, ds, d2s = smish_parts(x, a, b)
    dL = ds / (1 + s)
    d2L = d2s / (1 + s) - (ds / (1 + s)) ** 2
    t, h = tanh_(L), sech2(L)
    # (x·tanh L)'' = 2·h·L' + x·(h·L'' − 2·h·t·L'²)
    return a * (2 * h * dL + x * (h * d2L - 2 * h * t * dL * dL))


def sinc_f(x):
    return mpf(1) if x == 0 else mp.sin(x) / x


def sinc_df(x):
    return ZERO if x == 0 else (x * mp.cos(x) - mp.sin(x)) / (x * x)


def sinc_d2(x):
    if x == 0:
        return mpf(-1) / 3
    s, c = mp.sin(x), mp.cos(x)
    return -s / x - 2 * c / x ** 2 + 2 * s / x ** 3


def celu_f(x, a):
    return max(ZERO, x) + min(ZERO, a * mp.expm1(x / a))


def softshrink_f(x, a):
    if x > a:
        return x - a
    if x < -a:
        return x + a
    return ZERO


FUNCS = {
    'identity': (lambda x, a, b: x, lambda x, a, b: mpf(1), lambda x, a, b: ZERO),
    'step': (lambda x, a, b: step01(x >= 0), lambda x, a, b: ZERO, lambda x, a, b: ZERO),
    'sigmoid': (lambda x, a, b: sig(x), lambda x, a, b: dsig(x), lambda x, a, b: d2sig(x)),
    'tanh': (lambda x, a, b: tanh_(x), lambda x, a, b: sech2(x),
             lambda x, a, b: -2 * tanh_(x) * sech2(x)),
    'relu': (lambda x, a, b: max(ZERO, x), lambda x, a, b: step01(x > 0), lambda x, a, b: ZERO),
    'relu6': (lambda x, a, b: min(max(ZERO, x), mpf(6)), lambda x, a, b: step01(0 < x < 6),
              lambda x, a, b: ZERO),
    'leaky_relu': (lambda x, a, b: x if x > 0 else a * x, lambda x, a, b: mpf(1) if x > 0 else a,
                   lambda x, a, b: ZERO),
    'prelu': (lambda x, a, b: x if x > 0 else a * x, lambda x, a, b: mpf(1) if x > 0 else a,
              lambda x, a, b: ZERO),
    'rrelu': (lambda x, a, b: x if x >= 0 else (a + b) / 2 * x,
              lambda x, a, b: mpf(1) if x > 0 else (a + b) / 2, lambda x, a, b: ZERO),
    'elu': (lambda x, a, b: x if x > 0 else a * mp.expm1(x),
            lambda x, a, b: mpf(1) if x > 0 else a * E(x),
            lambda x, a, b: ZERO if x > 0 else a * E(x)),
    'celu': (lambda x, a, b: celu_f(x, a), lambda x, a, b: mpf(1) if x > 0 else E(x / a),
             lambda x, a, b: ZERO if x > 0 else E(x / a) / a),
    'selu': (lambda x, a, b: K.selu_l * (x if x > 0 else K.selu_a * mp.expm1(x)),
             lambda x, a, b: K.selu_l if x > 0 else K.selu_l * K.selu_a * E(x),
             lambda x, a, b: ZERO if x > 0 else K.selu_l * K.selu_a * E(x)),
    'gelu': (lambda x, a, b: x * Phi(x), lambda x, a, b: Phi(x) + x * phi(x),
             lambda x, a, b: phi(x) * (2 - x * x)),
    'gelu_tanh': (
        # 1 + tanh(u) = 2σ(2u): the same number without the cancellation for u → −∞.
        lambda x, a, b: x * sig(2 * gelu_tanh_parts(x)[0]),
        lambda x, a, b: (lambda u, du, d2u: sig(2 * u) + x / 2 * sech2(u) * du)(*gelu_tanh_parts(x)),
        lambda x, a, b: (lambda u, du, d2u: sech2(u) * (du - x * tanh_(u) * du * du + x / 2 * d2u))(
            *gelu_tanh_parts(x))),
    'silu': (lambda x, a, b: x * sig(x), lambda x, a, b: sig(x) + x * dsig(x),
             lambda x, a, b: 2 * dsig(x) + x * d2sig(x)),
    'swish': (lambda x, a, b: x * sig(b * x), lambda x, a, b: sig(b * x) + b * x * dsig(b * x),
              lambda x, a, b: 2 * b * dsig(b * x) + b * b * x * d2sig(b * x)),
    'mish': (lambda x, a, b: x * mish_parts(x)[1],
             lambda x, a, b: (lambda sp, t, s2, s: t + x * s2 * s)(*mish_parts(x)),
             lambda x, a, b: (lambda sp, t, s2, s: s2 * (2 * s + x * (dsig(x) - 2 * t * s * s)))(
                 *mish_parts(x))),
    'softplus': (lambda x, a, b: softplus_(b * x) / b, lambda x, a, b: sig(b * x),
                 lambda x, a, b: b * dsig(b * x)),
    'softsign': (lambda x, a, b: x / (1 + abs(x)), lambda x, a, b: 1 / (1 + abs(x)) ** 2,
                 lambda x, a, b: -2 * mp.sign(x) / (1 + abs(x)) ** 3),
    'hardsigmoid': (lambda x, a, b: min(max(ZERO, x + 3), mpf(6)) / 6,
                    lambda x, a, b: mpf(1) / 6 if -3 < x < 3 else ZERO, lambda x, a, b: ZERO),
    'hardswish': (lambda x, a, b: x * min(max(ZERO, x + 3), mpf(6)) / 6,
                  lambda x, a, b: ZERO if x < -3 else (x / 3 + mpf(1) / 2 if x <= 3 else mpf(1)),
                  lambda x, a, b: mpf(1) / 3 if -3 < x < 3 else ZERO),
    'hardtanh': (lambda x, a, b: min(max(mpf(-1), x), mpf(1)), lambda x, a, b: step01(-1 < x < 1),
                 lambda x, a, b: ZERO),
    'logsigmoid': (lambda x, a, b: -softplus_(-x), lambda x, a, b: sig(-x),
                   lambda x, a, b: -dsig(x)),
    'tanhshrink': (lambda x, a, b: x - tanh_(x), lambda x, a, b: tanh_(x) ** 2,
                   lambda x, a, b: 2 * tanh_(x) * sech2(x)),
    'softshrink': (lambda x, a, b: softshrink_f(x, a), lambda x, a, b: step01(abs(x) > a),
                   lambda x, a, b: ZERO),
    'hardshrink': (lambda x, a, b: x if abs(x) > a else ZERO, lambda x, a, b: step01(abs(x) > a),
                   lambda x, a, b: ZERO),
    'gaussian': (lambda x, a, b: E(-x * x), lambda x, a, b: -2 * x * E(-x * x),
                 lambda x, a, b: (4 * x * x - 2) * E(-x * x)),
    'arctan': (lambda x, a, b: mp.atan(x), lambda x, a, b: 1 / (1 + x * x),
               lambda x, a, b: -2 * x / (1 + x * x) ** 2),
    'lecun_tanh': (lambda x, a, b: K.lecun_a * tanh_(2 * x / 3),
                   lambda x, a, b: K.lecun_a * 2 / 3 * sech2(2 * x / 3),
                   lambda x, a, b: -2 * K.lecun_a * mpf(4) / 9 * tanh_(2 * x / 3) * sech2(2 * x / 3)),
    'symmetric_sigmoid': (lambda x, a, b: 2 * sig(x) - 1, lambda x, a, b: 2 * dsig(x),
                          lambda x, a, b: 2 * d2sig(x)),
    'bent_identity': (lambda x, a, b: (mp.sqrt(x * x + 1) - 1) / 2 + x,
                      lambda x, a, b: x / (2 * mp.sqrt(x * x + 1)) + 1,
                      lambda x, a, b: 1 / (2 * (x * x + 1) ** mpf(1.5))),
    'loglog': (lambda x, a, b: one_minus_exp_neg(E(x)), lambda x, a, b: E(x - E(x)),
               lambda x, a, b: E(x - E(x)) * (1 - E(x))),
    'isru': (lambda x, a, b: x / mp.sqrt(1 + a * x * x), lambda x, a, b: (1 + a * x * x) ** mpf(-1.5),
             lambda x, a, b: -3 * a * x * (1 + a * x * x) ** mpf(-2.5)),
    'squareplus': (lambda x, a, b: (x + mp.sqrt(x * x + b)) / 2,
                   lambda x, a, b: (mpf(1) / 2 if x == 0 else (1 + mp.sign(x)) / 2) if b == 0
                   else (1 + x / mp.sqrt(x * x + b)) / 2,
                   lambda x, a, b: ZERO if b == 0 else b / (2 * (x * x + b) ** mpf(1.5))),
    'threshold': (lambda x, a, b: x if x > a else b, lambda x, a, b: step01(x > a),
                  lambda x, a, b: ZERO),
    'sinusoid': (lambda x, a, b: mp.sin(x), lambda x, a, b: mp.cos(x), lambda x, a, b: -mp.sin(x)),
    'cosine': (lambda x, a, b: mp.cos(x), lambda x, a, b: -mp.sin(x), lambda x, a, b: -mp.cos(x)),
    'sinc': (lambda x, a, b: sinc_f(x), lambda x, a, b: sinc_df(x), lambda x, a, b: sinc_d2(x)),
    'abs': (lambda x, a, b: abs(x), lambda x, a, b: mp.sign(x), lambda x, a, b: ZERO),
    'sign': (lambda x, a, b: mp.sign(x), lambda x, a, b: ZERO, lambda x, a, b: ZERO),
    'exponential': (lambda x, a, b: E(x), lambda x, a, b: E(x), lambda x, a, b: E(x)),
    # The 2020s (issue 13), written from the papers' definitions.
    'relu2': (lambda x, a, b: max(ZERO, x) ** 2, lambda x, a, b: 2 * max(ZERO, x),
              lambda x, a, b: mpf(2) * step01(x > 0)),
    'starrelu': (lambda x, a, b: a * max(ZERO, x) ** 2 + b, lambda x, a, b: 2 * a * max(ZERO, x),
                 lambda x, a, b: 2 * a * step01(x > 0)),
    'sparse_plus': (lambda x, a, b: ZERO if x <= -1 else (x if x >= 1 else (x + 1) ** 2 / 4),
                    lambda x, a, b: ZERO if x <= -1 else (mpf(1) if x >= 1 else (x + 1) / 2),
                    lambda x, a, b: mpf(1) / 2 if -1 < x < 1 else ZERO),
    'smish': (smish_f, smish_df, smish_d2),
    'xielu': (lambda x, a, b: a * x * x + x / 2 if x > 0 else b * (mp.expm1(x) - x) + x / 2,
              lambda x, a, b: 2 * a * x + mpf(1) / 2 if x > 0 else b * mp.expm1(x) + mpf(1) / 2,
              lambda x, a, b: 2 * a if x > 0 else b * E(x)),
    'snake': (lambda x, a, b: x + mp.sin(a * x) ** 2 / a, lambda x, a, b: 1 + mp.sin(2 * a * x),
              lambda x, a, b: 2 * a * mp.cos(2 * a * x)),
    'dyt': (lambda x, a, b: b * tanh_(a * x), lambda x, a, b: b * a * sech2(a * x),
            lambda x, a, b: -2 * b * a * a * sech2(a * x) * tanh_(a * x)),
    'pau': None,  # below: f, f', f'' of the default coefficients (pau_funcs)
}

# ---------------------------------------------------------------------------------------------
# PAU (Molina, Schramowski & Kersting, ICLR 2020, arXiv 1907.06732), the "safe" form of the
# paper's eq. (3): f = P/Q, P = a0 + a1·x + … + a5·x⁵, Q = 1 + |S|, S = b1·x + … + b4·x⁴.
# The coefficients replace α and β. The default: the authors' initialisation
# "pade_optimized_leakyrelu" (ml-research/pau, pau/cuda/python_imp/Pade.py), a fit of leaky ReLU
# (slope 0.01) on [−3, 3], as published there to nine digits.
PAU_DEFAULT = ((3.35583603e-02, 5.05000375e-01, 1.65343934e+00, 2.01001052e+00, 9.31901999e-01,
                1.52424124e-01),
               (3.30847488e-06, 3.98021568e+00, 5.12471206e-07, 3.01830109e-01))


def pau_parts(x, c):
    """f, f', f'' at x: f' = (P'Q − P·sign(S)·S')/Q² with sign(0) = 0 (PyTorch's abs'); on each
    side of a sign change of S, Q = 1 ± S is a polynomial, so f'' is the quotient rule again."""
    a = [mpf(v) for v in c[0]]
    b = [ZERO] + [mpf(v) for v in c[1]]
    P = sum(a[i] * x ** i for i in range(6))
    P1 = sum(i * a[i] * x ** (i - 1) for i in range(1, 6))
    P2 = sum(i * (i - 1) * a[i] * x ** (i - 2) for i in range(2, 6))
    S = sum(b[k] * x ** k for k in range(1, 5))
    s = mp.sign(S)
    Q = 1 + abs(S)
    Q1 = s * sum(k * b[k] * x ** (k - 1) for k in range(1, 5))
    Q2 = s * sum(k * (k - 1) * b[k] * x ** (k - 2) for k in range(2, 5))
    N1 = P1 * Q - P * Q1
    return P / Q, N1 / Q ** 2, ((P2 * Q - P * Q2) * Q - 2 * N1 * Q1) / Q ** 3


def pau_funcs(c):
    return (lambda x, a, b: pau_parts(x, c)[0], lambda x, a, b: pau_parts(x, c)[1],
            lambda x, a, b: pau_parts(x, c)[2])


def pau_kinks(c):
    """The sign changes of S where P ≠ 0 (f has a corner there): 0 if b1 ≠ 0 and a0 ≠ 0, and the
    simple real roots of the cubic S/x, from mpmath.polyroots, as the nearest doubles."""
    b = [mpf(v) for v in c[1]]
    out = [0.0] if b[0] != 0 and c[0][0] != 0 else []
    j = next((k for k in range(4) if b[k] != 0), None)
    if j is None:
        return []
    cubic = b[j:]  # b_j+1 … b4 (lowest first), cubic/x^j with a non-zero constant
    while cubic and cubic[-1] == 0:
        cubic.pop()
    if len(cubic) < 2:
        return out
    with mp.workdps(60):
        roots = mp.polyroots(list(reversed(cubic)), maxsteps=200, extraprec=200)
        for r in roots:
            if abs(mp.im(r)) < mpf(10) ** -40:
                x = float(mp.re(r))
                if x != 0 and sum(mpf(c[0][i]) * mp.re(r) ** i for i in range(6)) != 0:
                    out.append(x)
    return sorted(out)


FUNCS['pau'] = pau_funcs(PAU_DEFAULT)

# The order, with the default (α, β) (0.0 where the function has no such parameter)
# and the extra parameter sets tested on the smaller grid.
ORDER = [
    ('identity', (0.0, 0.0), []), ('step', (0.0, 0.0), []), ('sigmoid', (0.0, 0.0), []),
    ('tanh', (0.0, 0.0), []), ('relu', (0.0, 0.0), []), ('relu6', (0.0, 0.0), []),
    ('leaky_relu', (0.01, 0.0), [(0.2, 0.0), (0.001, 0.0)]),
    ('prelu', (0.25, 0.0), [(0.1, 0.0), (0.6, 0.0)]),
    ('rrelu', (1 / 8, 1 / 3), [(0.1, 0.3), (0.0, 0.5), (1e308, 1e308)]),  # (α + β)/2 overflowed
    ('elu', (1.0, 0.0), [(0.5, 0.0), (2.5, 0.0)]),
    ('celu', (1.0, 0.0), [(0.3, 0.0), (3.0, 0.0)]),
    ('selu', (0.0, 0.0), []), ('gelu', (0.0, 0.0), []), ('gelu_tanh', (0.0, 0.0), []),
    ('silu', (0.0, 0.0), []),
    ('swish', (0.0, 1.0), [(0.0, 0.5), (0.0, 2.0), (0.0, -1.0)]),
    ('mish', (0.0, 0.0), []),
    ('softplus', (0.0, 1.0), [(0.0, 0.5), (0.0, 3.0)]),
    ('softsign', (0.0, 0.0), []), ('hardsigmoid', (0.0, 0.0), []), ('hardswish', (0.0, 0.0), []),
    ('hardtanh', (0.0, 0.0), []), ('logsigmoid', (0.0, 0.0), []), ('tanhshrink', (0.0, 0.0), []),
    ('softshrink', (0.5, 0.0), [(1.5, 0.0), (0.0, 0.0)]),
    ('hardshrink', (0.5, 0.0), [(1.5, 0.0), (0.0, 0.0)]),
    ('gaussian', (0.0, 0.0), []), ('arctan', (0.0, 0.0), []), ('lecun_tanh', (0.0, 0.0), []),
    ('symmetric_sigmoid', (0.0, 0.0), []), ('bent_identity', (0.0, 0.0), []),
    ('loglog', (0.0, 0.0), []),
    ('isru', (1.0, 0.0), [(0.2, 0.0), (5.0, 0.0), (1e300, 0.0)]),
    ('squareplus', (0.0, 4.0), [(0.0, 1.0), (0.0, 0.25), (0.0, 0.0)]),
    ('threshold', (1.0, 0.0), [(-1.0, 2.0), (0.5, -0.5)]),
    ('sinusoid', (0.0, 0.0), []), ('cosine', (0.0, 0.0), []), ('sinc', (0.0, 0.0), []),
    ('abs', (0.0, 0.0), []), ('sign', (0.0, 0.0), []), ('exponential', (0.0, 0.0), []),
    ('relu2', (0.0, 0.0), []),
    ('starrelu', (0.8944271909999159, -0.4472135954999579), [(1.0, 0.0), (2.0, -1.0), (1e308, 0.0)]),  # 2α overflowed
    ('sparse_plus', (0.0, 0.0), []),
    ('smish', (1.0, 1.0), [(2.0, 0.5), (0.5, 2.0), (1.0, -1.0)]),
    ('xielu', (0.8, 0.8), [(0.5, 2.0), (2.0, 0.25)]),
    ('snake', (1.0, 0.0), [(0.5, 0.0), (2.0, 0.0), (0.3, 0.0)]),
    ('dyt', (0.5, 1.0), [(2.0, 1.5), (0.1, 1.0), (1.0, -2.0)]),
    ('pau', (0.0, 0.0), []),  # other coefficients: generate_pau_reference.py
]
