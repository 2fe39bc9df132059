// SPDX-License-Identifier: MIT
// What the window benchmarks share (actviz_bench_ui, _softmax, _launch): percentiles of
// measured times and the CPU time of the calling thread.
#pragma once

#include <algorithm>
#include <ctime>
#include <vector>

namespace bench {

// The q-quantile (0 … 1) of v, the nearest rank.
inline double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const auto i = static_cast<size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

// Milliseconds of CPU time the calling thread has used.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

} // namespace bench
