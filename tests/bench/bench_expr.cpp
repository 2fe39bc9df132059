// SPDX-License-Identifier: MIT
// How fast a typed formula (core/expr, issue 12) is evaluated while a parameter slider is
// dragged: f and f′ of Mish over the 2000 points of a plot, typed as x*tanh(softplus(x)) and
// compiled (CompiledExpr), beside the built-in Mish's array functions. The goal: f and f′
// together ≤ 1 ms. Also parse + derivative + compile, which the UI redoes once per edit.
//
//   cmake --build BUILD --target actviz_bench_expr && BUILD/tests/bench/actviz_bench_expr
//
// Release, GCC 12, no -march, on a 2-core AMD EPYC VM shared with other builds: see RESULTS.md
// ("Typed formulas").
#include "expr.h"
#include "exprcompile.h"
#include "registry.h"

#include <benchmark/benchmark.h>

namespace {

constexpr int kPoints = 2000;

const Eigen::ArrayXd &grid()
{
    static const Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(kPoints, -6.0, 6.0);
    return x;
}

void benchTyped(benchmark::State &state)
{
    const actviz::Expr e = actviz::parseExpr("x*tanh(softplus(x))").value();
    const actviz::CompiledExpr f = actviz::CompiledExpr::compile(e);
    const actviz::CompiledExpr df = actviz::CompiledExpr::compile(actviz::derivative(e));
    Eigen::ArrayXd y(kPoints), dy(kPoints);
    for (auto _ : state) {
        f.eval(grid(), {}, y);
        df.eval(grid(), {}, dy);
        benchmark::DoNotOptimize(y.data());
        benchmark::DoNotOptimize(dy.data());
    }
    state.SetItemsProcessed(state.iterations() * kPoints);
}
BENCHMARK(benchTyped)->Name("mish typed f+f'/2000")->Unit(benchmark::kMicrosecond);

void benchBuiltIn(benchmark::State &state)
{
    const actviz::Activation &mish = *actviz::findActivation("mish");
    Eigen::ArrayXd y(kPoints), dy(kPoints);
    for (auto _ : state) {
        mish.fArray(grid(), {}, y);
        mish.dfArray(grid(), {}, dy);
        benchmark::DoNotOptimize(y.data());
        benchmark::DoNotOptimize(dy.data());
    }
    state.SetItemsProcessed(state.iterations() * kPoints);
}
BENCHMARK(benchBuiltIn)->Name("mish built-in f+f'/2000")->Unit(benchmark::kMicrosecond);

void benchPrepare(benchmark::State &state)
{
    for (auto _ : state) {
        const actviz::Expr e = actviz::parseExpr("alpha*x*tanh(log(1+sigmoid(beta*x)))").value();
        actviz::CompiledExpr f = actviz::CompiledExpr::compile(e);
        actviz::CompiledExpr df = actviz::CompiledExpr::compile(actviz::derivative(e));
        benchmark::DoNotOptimize(f);
        benchmark::DoNotOptimize(df);
    }
}
BENCHMARK(benchPrepare)->Name("smish parse+derivative+compile")->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
