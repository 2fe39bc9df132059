#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Whole-process time of `actviz export` against the seeds' matplotlib script for the same
figure (issue 14's yardstick), the two runs alternating so that both see the same machine:

    /usr/bin/python3 tests/bench/export_vs_matplotlib.py build/app/actviz [runs, default 15]

Two figures: the 8 functions of tests/bench/export_matplotlib.py (derivatives, the sigmoid's
bands, 1600×1000), and sigmoid with its derivative alone (matplotlib: the same script's first
curve only, --only-sigmoid). Prints the median and the 90th percentile of each and the ratio of
the medians, the median (and 10th percentile) of the ratios run by run, each actviz run against
the matplotlib run that follows it, and each one's best run and their ratio (on a busy virtual
machine the medians move with the load more than with either program); needs python3-matplotlib
(Debian), which nothing else in actviz uses.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
EIGHT = "sigmoid,tanh,relu,leaky_relu,elu,gelu,silu,softplus"


def timed(cmd, env):
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def p10(values):
    s = sorted(values)
    return s[int(round(0.1 * (len(s) - 1)))]


def p90(values):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(0.9 * (len(s) - 1))))]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    actviz = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = tmp
        out_a = os.path.join(tmp, "a.png")
        out_m = os.path.join(tmp, "m.png")
        figures = [
            ("8 functions", [actviz, "export", out_a, "--functions", EIGHT, "--derivatives", "--saturation",
                             "--size", "1600x1000", "--title", "Activation functions"],
             ["/usr/bin/python3", os.path.join(HERE, "export_matplotlib.py"), out_m]),
            ("sigmoid + f'", [actviz, "export", out_a, "--functions", "sigmoid", "--derivatives",
                              "--size", "1600x1000"],
             ["/usr/bin/python3", os.path.join(HERE, "export_matplotlib.py"), out_m, "--only-sigmoid"]),
        ]
        for name, a_cmd, m_cmd in figures:
            timed(a_cmd, env)  # warm the page cache of both
            timed(m_cmd, env)
            a, m = [], []
            for _ in range(runs):
                a.append(timed(a_cmd, env))
                m.append(timed(m_cmd, env))
            ma, mm = statistics.median(a), statistics.median(m)
            # Each actviz run against the matplotlib run right after it: the two saw the same
            # machine, whichever CPU speed or load the host gave that moment.
            paired = sorted(mi / ai for ai, mi in zip(a, m))
            print(f"{name}: actviz median {ma * 1e3:.0f} ms (p90 {p90(a) * 1e3:.0f}), "
                  f"matplotlib median {mm * 1e3:.0f} ms (p90 {p90(m) * 1e3:.0f}), {mm / ma:.1f}x faster; "
                  f"pair by pair median {statistics.median(paired):.1f}x (10th percentile {p10(paired):.1f}x); "
                  f"best of {runs}: {min(a) * 1e3:.0f} vs {min(m) * 1e3:.0f} ms, {min(m) / min(a):.1f}x")


if __name__ == "__main__":
    main()
