// SPDX-License-Identifier: MIT
// How fast the teaching computations are, the ones the UI redoes on every slider move:
// the depth simulation (issue 4 asks for 512 × 100 "in well under a second"), its weight
// generator alone, sup |f'| and the activation statistics. Each benchmark reports the time of
// one complete call, as the UI would make it.
//
//   cmake --build BUILD --target actviz_bench_teaching && BUILD/tests/bench/actviz_bench_teaching
//
// Release, GCC 12, SSE2 only (no -march), on a 2-core AMD EPYC VM shared with other builds
// (load ≈ 3), median CPU time of 3 repetitions:
//   depth 512 × 100, batch 64: relu 450 ms, sigmoid 519 ms, gelu 608 ms; 128 × 30: 11–21 ms
//   26 M normals (the weights of one 512 × 100 run): 134 ms
//   sup |f'| (gelu): 0.8 ms; activation statistics: 120–190 µs
#include "activationstats.h"
#include "gradientflow.h"
#include "normalsampler.h"
#include "registry.h"

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

namespace {

const actviz::Activation &fn(const char *id) { return *actviz::findActivation(id); }

// Args: width, depth; the batch is the default 64.
void benchDepth(benchmark::State &state, const char *id)
{
    const actviz::Activation &f = fn(id);
    actviz::DepthConfig c;
    c.width = static_cast<int>(state.range(0));
    c.depth = static_cast<int>(state.range(1));
    c.init = actviz::WeightInit::He;
    for (auto _ : state) {
        auto r = actviz::simulateDepth(f, f.defaults(), c);
        benchmark::DoNotOptimize(r);
    }
}

// The share of the simulation that is drawing weights: as many normals as one 512 × 100 run
// draws (W²·L; the inputs add only W·batch).
void benchNormals(benchmark::State &state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    std::vector<double> out(n);
    std::uint64_t seed = 1;
    for (auto _ : state) {
        actviz::NormalSampler(seed++).fill(out.data(), n);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}

void benchSup(benchmark::State &state, const char *id)
{
    const actviz::Activation &f = fn(id);
    for (auto _ : state) {
        auto r = actviz::supAbsDerivative(f, f.defaults());
        benchmark::DoNotOptimize(r);
    }
}

void benchStats(benchmark::State &state, const char *id)
{
    const actviz::Activation &f = fn(id);
    for (auto _ : state) {
        auto r = actviz::activationStats(f, f.defaults(), 1.0, 1e-3);
        benchmark::DoNotOptimize(r);
    }
}

} // namespace

BENCHMARK_CAPTURE(benchDepth, relu, "relu")->Args({128, 30})->Args({512, 100})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(benchDepth, sigmoid, "sigmoid")->Args({128, 30})->Args({512, 100})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(benchDepth, gelu, "gelu")->Args({128, 30})->Args({512, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(benchNormals)->Arg(512 * 512 * 100)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(benchSup, gelu, "gelu")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(benchSup, selu, "selu")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(benchStats, tanh, "tanh")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(benchStats, relu, "relu")->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
