// SPDX-License-Identifier: MIT
// How fast the vectorised formulas are: f and f' of every registered activation over 10⁶
// doubles uniform in [−10, 10], at the default parameters, into a preallocated output (so
// no allocation is timed), beside a plain memcpy of the same array, the memory-bandwidth
// floor. The sec_per_elem counter is the time per element (printed as e.g. "1.2n" = 1.2 ns).
// saturation/*: one findSaturation call as the GUI makes it on every slider move (ε = 0.05,
// the default 4000 samples) on [−10, 10], and on the wide ranges of issue 10.
#include "registry.h"
#include "saturation.h"

#include <benchmark/benchmark.h>
#include <cstdio>
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

void benchSaturation(benchmark::State &state, const actviz::Activation *f, double lo, double hi)
{
    for (auto _ : state) {
        auto r = actviz::findSaturation(*f, f->defaults(), 0.05, lo, hi);
        benchmark::DoNotOptimize(r);
    }
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
    struct SaturationCase {
        const char *id;
        double lo;
        double hi;
    };
    for (const SaturationCase &c :
         {SaturationCase{"sigmoid", -10, 10}, SaturationCase{"tanh", -10, 10}, SaturationCase{"relu", -10, 10},
          SaturationCase{"gelu", -10, 10}, SaturationCase{"sinusoid", -10, 10}, SaturationCase{"sinc", -10, 10},
          SaturationCase{"sigmoid", -1e5, 1e5}, SaturationCase{"sinusoid", -1000, 1000},
          SaturationCase{"sinc", -1e6, 1e6}}) {
        char name[64];
        std::snprintf(name, sizeof name, "saturation/%s/[%g,%g]", c.id, c.lo, c.hi);
        benchmark::RegisterBenchmark(name, &benchSaturation, actviz::findActivation(c.id), c.lo, c.hi)
            ->Unit(benchmark::kMicrosecond);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
