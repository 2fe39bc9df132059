#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The same activation formulas in NumPy, timed in ns/element, for comparison with
actviz_bench_core: 10^6 float64 uniform in [-10, 10], default parameters, each formula
written the way a NumPy user would (ufuncs, np.where, temporaries included), with out=
where a single ufunc allows it. The best of several repeats is reported, which favours
NumPy. Not a test: nothing in the build or CI runs it (python3-numpy is optional).

    /usr/bin/python3 tests/bench/numpy_compare.py [--json FILE]
"""

import argparse
import json
import math
import sys
import timeit

import numpy as np

N = 1_000_000
SELU_LAMBDA = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717
GELU_TANH_C = math.sqrt(2.0 / math.pi)


def formulas(out):
    """id -> callable(x); ids as in actviz's registry. gelu is missing: NumPy has no erf."""
    return {
        "identity": lambda x: np.copyto(out, x),
        "step": lambda x: np.where(x >= 0, 1.0, 0.0),
        "sigmoid": lambda x: 1.0 / (1.0 + np.exp(-x)),
        "tanh": lambda x: np.tanh(x, out=out),
        "relu": lambda x: np.maximum(x, 0.0, out=out),
        "relu6": lambda x: np.clip(x, 0.0, 6.0, out=out),
        "leaky_relu": lambda x: np.where(x > 0, x, 0.01 * x),
        "prelu": lambda x: np.where(x > 0, x, 0.25 * x),
        "rrelu": lambda x: np.where(x >= 0, x, (1 / 8 + 1 / 3) / 2 * x),
        "elu": lambda x: np.where(x > 0, x, np.expm1(x)),
        "celu": lambda x: np.maximum(x, 0.0) + np.minimum(0.0, np.expm1(x)),
        "selu": lambda x: SELU_LAMBDA * np.where(x > 0, x, SELU_ALPHA * np.expm1(x)),
        "gelu_tanh": lambda x: 0.5 * x * (1.0 + np.tanh(GELU_TANH_C * (x + 0.044715 * (x * x * x)))),
        "silu": lambda x: x / (1.0 + np.exp(-x)),
        "swish": lambda x: x / (1.0 + np.exp(-1.0 * x)),
        "mish": lambda x: x * np.tanh(np.logaddexp(0.0, x)),
        "softplus": lambda x: np.logaddexp(0.0, x),
        "softsign": lambda x: x / (1.0 + np.abs(x)),
        "hardsigmoid": lambda x: np.clip(x / 6.0 + 0.5, 0.0, 1.0),
        "hardswish": lambda x: x * np.clip(x + 3.0, 0.0, 6.0) / 6.0,
        "hardtanh": lambda x: np.clip(x, -1.0, 1.0, out=out),
        "logsigmoid": lambda x: -np.logaddexp(0.0, -x),
        "tanhshrink": lambda x: x - np.tanh(x),
        "softshrink": lambda x: np.where(x > 0.5, x - 0.5, np.where(x < -0.5, x + 0.5, 0.0)),
        "hardshrink": lambda x: np.where(np.abs(x) > 0.5, x, 0.0),
        "gaussian": lambda x: np.exp(-x * x),
        "arctan": lambda x: np.arctan(x, out=out),
        "lecun_tanh": lambda x: 1.7159 * np.tanh(x * (2.0 / 3.0)),
        "symmetric_sigmoid": lambda x: np.tanh(x * 0.5),
        "bent_identity": lambda x: (np.sqrt(x * x + 1.0) - 1.0) / 2.0 + x,
        "loglog": lambda x: -np.expm1(-np.exp(x)),
        "isru": lambda x: x / np.sqrt(1.0 + x * x),
        "squareplus": lambda x: (x + np.sqrt(x * x + 4.0)) / 2.0,
        "threshold": lambda x: np.where(x > 1.0, x, 0.0),
        "sinusoid": lambda x: np.sin(x, out=out),
        "cosine": lambda x: np.cos(x, out=out),
        "sinc": lambda x: np.sinc(x / np.pi),
        "abs": lambda x: np.abs(x, out=out),
        "sign": lambda x: np.sign(x, out=out),
        "exponential": lambda x: np.exp(x, out=out),
    }


def ns_per_element(fn, x, repeat, number):
    best = min(timeit.repeat(lambda: fn(x), repeat=repeat, number=number))
    return best / number / x.size * 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", metavar="FILE", help="also write {id: ns_per_element} to FILE")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--number", type=int, default=5)
    args = parser.parse_args()

    rng = np.random.default_rng(20240601)
    x = rng.uniform(-10.0, 10.0, N)
    out = np.empty_like(x)
    results = {"copy": ns_per_element(lambda v: np.copyto(out, v), x, args.repeat, args.number)}
    for name, fn in formulas(out).items():
        results[name] = ns_per_element(fn, x, args.repeat, args.number)
    print(f"NumPy {np.__version__}, {N} float64, best of {args.repeat}x{args.number}")
    for name, ns in results.items():
        print(f"{name:20s} {ns:8.3f} ns/element")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"numpy": np.__version__, "ns_per_element": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
