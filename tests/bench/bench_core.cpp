// SPDX-License-Identifier: MIT
// How fast the vectorised formulas are: f and f' of every registered activation over 10⁶
// doubles uniform in [−10, 10], at the default parameters, into a preallocated output (so
// no allocation is timed), beside a plain memcpy of the same array, the memory-bandwidth
// floor. The sec_per_elem counter is the time per element (printed as e.g. "1.2n" = 1.2 ns).
#include "registry.h"

#include <benchmark/benchmark.h>
#include <cstring>
#include <random>
#include <string>

namespace {

constexpr Eigen::Index kElements = 1'000'000;

const Eigen::ArrayXd &input()
{
    static const Eigen::ArrayXd x = [] {
        std::mt19937_64 rng(20240601); // fixed: every run times the same numbers
        std::uniform_real_distribution<double> uniform(-10.0, 10.0);
        Eigen::ArrayXd a(kElements);
        for (double &v : a)
            v = uniform(rng);
        return a;
    }();
    return x;
}

void setCounters(benchmark::State &state)
{
    const auto n = static_cast<int64_t>(kElements);
    state.SetItemsProcessed(state.iterations() * n);
    state.counters["sec_per_elem"] = benchmark::Counter(
        static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void benchCopy(benchmark::State &state)
{
    const Eigen::ArrayXd &x = input();
    Eigen::ArrayXd out(kElements);
    for (auto _ : state) {
        std::memcpy(out.data(), x.data(), sizeof(double) * static_cast<std::size_t>(kElements));
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    setCounters(state);
}

void benchFormula(benchmark::State &state, actviz::ArrayFn fn, actviz::Params params)
{
    const Eigen::ArrayXd &x = input();
    Eigen::ArrayXd out(kElements);
    for (auto _ : state) {
        fn(x, params, out);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    setCounters(state);
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::RegisterBenchmark("copy", &benchCopy)->Unit(benchmark::kMicrosecond);
    for (const actviz::Activation &a : actviz::registry()) {
        benchmark::RegisterBenchmark(("f/" + std::string(a.id)).c_str(), &benchFormula, a.fArray, a.defaults())
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("df/" + std::string(a.id)).c_str(), &benchFormula, a.dfArray, a.defaults())
            ->Unit(benchmark::kMicrosecond);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
