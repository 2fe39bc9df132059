#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Merges actviz_bench_core's JSON output (--benchmark_out) and numpy_compare.py's --json
into the Markdown table of RESULTS.md: ns/element of f, f', the NumPy formula and a copy.

    /usr/bin/python3 tests/bench/results_table.py bench.json numpy.json
"""

import json
import sys


def bench_ns(path):
    """name -> ns/element, from the median aggregate when repetitions were run."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    plain, median = {}, {}
    for b in data["benchmarks"]:
        ns = b["sec_per_elem"] * 1e9
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "median":
                median[b["run_name"]] = ns
        else:
            plain.setdefault(b["run_name"], ns)
    return (median or plain), data.get("context", {})


def fmt(ns):
    return "n/a" if ns is None else f"{ns:.2f}"


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    ns, context = bench_ns(argv[1])
    with open(argv[2], encoding="utf-8") as f:
        numpy = json.load(f)["ns_per_element"]
    copy = ns["copy"]
    ids = [name[2:] for name in ns if name.startswith("f/")]
    print("| function | f ns/elem | f' ns/elem | NumPy f ns/elem | copy ns/elem | NumPy / f |")
    print("|---|--:|--:|--:|--:|--:|")
    for fid in ids:
        f, df, np_f = ns[f"f/{fid}"], ns[f"df/{fid}"], numpy.get(fid)
        speedup = "n/a" if np_f is None else f"{np_f / f:.2g}×"
        print(f"| {fid} | {fmt(f)} | {fmt(df)} | {fmt(np_f)} | {fmt(copy)} | {speedup} |")
    print(f"\nNumPy's own copy (np.copyto): {fmt(numpy.get('copy'))} ns/elem.")
    if context:
        caches = ", ".join(f"L{c['level']} {c['type'].lower()} {c['size'] // 1024} KiB"
                           for c in context.get("caches", []))
        print(f"Host: {context.get('num_cpus')} CPUs at {context.get('mhz_per_cpu')} MHz ({caches}).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
