// SPDX-License-Identifier: MIT
// How fast the training view's network is: one optimiser step (forward, backward, statistics,
// update) on the 200 points of a toy set, and predict() on the 100 × 100 grid the decision
// boundary is drawn from. The view steps on a timer and redraws the grid, so both must leave
// most of a 16 ms frame free: the goals are ≥ 1000 steps/s and predict well under 5 ms.
//
//   cmake --build BUILD --target actviz_bench_training && BUILD/tests/bench/actviz_bench_training
//
// items_per_second of the step benchmarks is steps/s. Release, GCC 12, no -march, on a 2-core
// AMD EPYC VM shared with other builds (load ≈ 1.6), median CPU time of 5 repetitions:
//   step, 200 points, Adam: tanh {8, 8} full batch 36 µs (27 500 steps/s), batches of 32 7.6 µs;
//   relu {8, 8} 23 µs; gelu {8, 8} 136 µs (scalar erfc); tanh {16 × 6} 229 µs (4 400 steps/s)
//   predict, 100 × 100 grid: tanh {8, 8} 0.79 ms, relu 0.44 ms, gelu 1.8 ms; tanh {16 × 6}
//   5.2 ms, two thirds of it tanh itself (2.5 ns/element, RESULTS.md) and a third the products
#include "mlp.h"
#include "registry.h"
#include "toydata.h"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

actviz::ToyData points()
{
    actviz::ToyDataConfig c;
    c.samples = 200;
    c.testFraction = 0.0; // all 200 are training rows
    return actviz::makeToyData(c).value();
}

actviz::Mlp net(const char *id, std::vector<int> hidden, int batchSize = 0)
{
    actviz::MlpConfig c;
    c.hidden = std::move(hidden);
    c.batchSize = batchSize;
    const actviz::Activation &f = *actviz::findActivation(id);
    return actviz::Mlp::create(c, f, f.defaults()).value();
}

// Args: units per layer, layers, batch size (0: full).
void benchStep(benchmark::State &state, const char *id)
{
    const actviz::ToyData d = points();
    actviz::Mlp m =
        net(id, std::vector<int>(static_cast<std::size_t>(state.range(1)), static_cast<int>(state.range(0))),
            static_cast<int>(state.range(2)));
    for (auto _ : state) {
        actviz::MlpStep s = m.step(d.x, d.y, d.trainRows);
        benchmark::DoNotOptimize(s);
    }
    state.SetItemsProcessed(state.iterations());
}

// Args: units per layer, layers; a 100 × 100 grid over [−1.5, 1.5]².
void benchPredict(benchmark::State &state, const char *id)
{
    constexpr int kSide = 100;
    Eigen::MatrixXd grid(kSide * kSide, 2);
    for (int i = 0; i < kSide; ++i) {
        for (int j = 0; j < kSide; ++j) {
            grid(i * kSide + j, 0) = -1.5 + 3.0 * j / (kSide - 1);
            grid(i * kSide + j, 1) = -1.5 + 3.0 * i / (kSide - 1);
        }
    }
    const actviz::Mlp m =
        net(id, std::vector<int>(static_cast<std::size_t>(state.range(1)), static_cast<int>(state.range(0))));
    for (auto _ : state) {
        Eigen::VectorXd p = m.predict(grid);
        benchmark::DoNotOptimize(p.data());
    }
    state.SetItemsProcessed(state.iterations() * kSide * kSide);
}

} // namespace

BENCHMARK_CAPTURE(benchStep, tanh, "tanh")
    ->Args({8, 2, 0})
    ->Args({8, 2, 32})
    ->Args({16, 6, 0})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(benchStep, relu, "relu")->Args({8, 2, 0})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(benchStep, gelu, "gelu")->Args({8, 2, 0})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(benchPredict, tanh, "tanh")->Args({8, 2})->Args({16, 6})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(benchPredict, relu, "relu")->Args({8, 2})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(benchPredict, gelu, "gelu")->Args({8, 2})->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
