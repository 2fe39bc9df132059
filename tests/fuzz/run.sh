#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) and runs each for
# SECONDS (default 20) on a copy of its committed corpus, so the run never writes into the
# repository. Exits non-zero on the first crash, sanitizer report, failed invariant, timeout
# or out-of-memory; the input that caused it is kept in BUILD_DIR/fuzz-artifacts/.
#
#   bash tests/fuzz/run.sh [SECONDS] [BUILD_DIR]       (BUILD_DIR default: build-fuzz)
#
# Needs clang and its runtime libraries (Debian/Ubuntu: clang libclang-rt-dev); CXX picks
# another clang++. JOBS sets the build's parallelism (default: all cores).
set -euo pipefail

seconds=${1:-20}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${2:-$root/build-fuzz}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
cxx=${CXX:-clang++}
case "$cxx" in *clang*) ;; *) cxx=clang++ ;; esac # a CXX=g++ from the environment cannot fuzz
targets=(vectorparser expr lesson commandline)

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release \
    -DACTVIZ_FUZZ=ON -DACTVIZ_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$jobs" --target "${targets[@]/#/fuzz_}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
# LeakSanitizer stays on (libFuzzer checks every input that allocates more than it frees): the
# parsers' Qt use leaves nothing behind, unlike a whole window in the test suite (.ci/dev).
# No allocation stacks: those through Qt, built without frame pointers, come out different each
# time, fill ASan's stack store and halve fuzz_lesson's speed. Rerunning the saved input gives them.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

for t in "${targets[@]}"; do
  mkdir "$work/$t"
  cp "$here/corpus/$t/"* "$work/$t/"
  echo "== fuzz_$t: ${seconds} s"
  if ! "$build/tests/fuzz/fuzz_$t" "$work/$t" -dict="$here/$t.dict" -max_total_time="$seconds" \
      -timeout=10 -rss_limit_mb=2560 -print_final_stats=1 \
      -artifact_prefix="$artifacts/$t-" 2>"$work/$t.log"; then
    tail -n 60 "$work/$t.log"
    echo "fuzz_$t failed; the input is in $artifacts/ (reproduce with full stacks:" \
         "ASAN_OPTIONS= $build/tests/fuzz/fuzz_$t FILE)" >&2
    exit 1
  fi
  grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec)' "$work/$t.log" || true
done
echo "all fuzz targets ran clean"
