#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The matplotlib figure equivalent to

    actviz export OUT.png --functions sigmoid,tanh,relu,leaky_relu,elu,gelu,silu,softplus \
        --derivatives --saturation --size 1600x1000 --title "Activation functions"

(8 functions and their dashed derivatives, the sigmoid's |f'| < 0.05 bands, a legend beside
the plot), for timing `actviz export` against it:

    time /usr/bin/python3 tests/bench/export_matplotlib.py /tmp/mpl.png
    time build/app/actviz export /tmp/actviz.png --functions ... (as above)
"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from math import erf, sqrt, pi  # noqa: E402

x = np.linspace(-6.0, 6.0, 2001)
sig = 1.0 / (1.0 + np.exp(-x))
verf = np.vectorize(erf)
phi = 0.5 * (1.0 + verf(x / sqrt(2.0)))
pdf = np.exp(-0.5 * x * x) / sqrt(2.0 * pi)
curves = {
    "Sigmoid": (sig, sig * (1.0 - sig)),
    "Tanh": (np.tanh(x), 1.0 - np.tanh(x) ** 2),
    "ReLU": (np.maximum(x, 0.0), (x > 0).astype(float)),
    "Leaky ReLU": (np.where(x > 0, x, 0.01 * x), np.where(x > 0, 1.0, 0.01)),
    "ELU": (np.where(x > 0, x, np.expm1(x)), np.where(x > 0, 1.0, np.exp(x))),
    "GELU": (x * phi, phi + x * pdf),
    "SiLU": (x * sig, sig * (1.0 + x * (1.0 - sig))),
    "Softplus": (np.log1p(np.exp(x)), sig),
}
# --only-sigmoid: the sigmoid and its derivative alone (actviz export --functions sigmoid --derivatives).
only_sigmoid = "--only-sigmoid" in sys.argv[2:]
if only_sigmoid:
    curves = {"Sigmoid": curves["Sigmoid"]}
colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#C8B400"]

fig, ax = plt.subplots(figsize=(16, 10), dpi=100)
edge = np.log((1 + sqrt(0.8)) / (1 - sqrt(0.8)))
for lo, hi in ((-6.0, -edge), (edge, 6.0)) if not only_sigmoid else ():
    ax.axvspan(lo, hi, color=colours[0], alpha=0.18, lw=0)
for (name, (f, df)), c in zip(curves.items(), colours):
    ax.plot(x, f, color=c, lw=3, label=name)
    ax.plot(x, df, color=c, lw=3, ls="--", label=name + "′")
ax.set_xlim(-6, 6)
ax.set_xlabel("x", fontsize=22)
ax.set_ylabel("f(x), f′(x)", fontsize=22)
ax.tick_params(labelsize=22)
ax.grid(alpha=0.3)
if not only_sigmoid:
    ax.set_title("Activation functions", fontsize=33, fontweight="bold")
ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=20, frameon=False)
fig.tight_layout()
fig.savefig(sys.argv[1] if len(sys.argv) > 1 else "mpl.png")
