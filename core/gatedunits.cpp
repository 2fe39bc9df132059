// SPDX-License-Identifier: MIT
#include "gatedunits.h"

#include "registry.h"

#include <array>
#include <cmath>
#include <string>

namespace actviz {

namespace {

constexpr std::array<GatedUnit, 5> kUnits{{
    {"glu", "GLU", "sigmoid", "σ(a)·b", "Dauphin et al. 2017, arXiv 1612.08083"},
    {"bilinear", "Bilinear", "identity", "a·b", "Shazeer 2020, arXiv 2002.05202"},
    {"reglu", "ReGLU", "relu", "max(0, a)·b", "Shazeer 2020, arXiv 2002.05202"},
    {"geglu", "GeGLU", "gelu", "GELU(a)·b", "Shazeer 2020, arXiv 2002.05202"},
    {"swiglu", "SwiGLU", "silu", "SiLU(a)·b", "Shazeer 2020, arXiv 2002.05202"},
}};

Eigen::ArrayXd uniform(double lo, double hi, int n)
{
    Eigen::ArrayXd x(n);
    const double step = (hi - lo) / (n - 1);
    for (int i = 0; i < n; ++i)
        x[i] = lo + step * i;
    x[n - 1] = hi; // the end exactly, whatever lo + step·(n − 1) rounds to
    return x;
}

} // namespace

std::span<const GatedUnit> gatedUnits()
{
    return kUnits;
}

const GatedUnit *findGatedUnit(std::string_view id)
{
    for (const GatedUnit &u : kUnits)
        if (u.id == id)
            return &u;
    return nullptr;
}

const Activation &gateOf(const GatedUnit &unit)
{
    // Every gate id names a built-in (tst_gatedunits checks it), so this never dereferences null.
    return *findActivation(unit.gateId);
}

GatedPoint evaluateGated(const GatedUnit &unit, double a, double b)
{
    const Activation &g = gateOf(unit);
    const Params p = g.defaults();
    const double ga = g.value(a, p);
    return {ga * b, g.derivative(a, p) * b, ga};
}

GatedRegion classifyGated(const GatedPoint &p, double epsilon)
{
    // NaN compares false: a NaN point counts as live rather than being shaded as saturated.
    if (!(std::abs(p.dfda) < epsilon))
        return GatedRegion::Live;
    return std::abs(p.dfdb) < epsilon ? GatedRegion::Dead : GatedRegion::GateSaturated;
}

Result<GatedGrid> gatedGrid(const GatedUnit &unit, double aLo, double aHi, double bLo, double bHi, int columns,
                            int rows)
{
    if (!std::isfinite(aLo) || !std::isfinite(aHi) || !(aLo < aHi))
        return fail("the range of a must be two finite numbers lo < hi");
    if (!std::isfinite(bLo) || !std::isfinite(bHi) || !(bLo < bHi))
        return fail("the range of b must be two finite numbers lo < hi");
    if (columns < 2 || rows < 2 || columns > kMaxGatedGridSide || rows > kMaxGatedGridSide)
        return fail("a gated grid has 2 to " + std::to_string(kMaxGatedGridSide) + " samples a side");
    const Activation &g = gateOf(unit);
    const Params p = g.defaults();
    GatedGrid grid;
    grid.a = uniform(aLo, aHi, columns);
    grid.b = uniform(bLo, bHi, rows);
    const Eigen::ArrayXd ga = g.value(grid.a, p);
    const Eigen::ArrayXd dga = g.derivative(grid.a, p);
    // Outer products, column by column (Eigen is column-major: rows j run down a column i).
    grid.f = grid.b.matrix() * ga.matrix().transpose();
    grid.dfda = grid.b.matrix() * dga.matrix().transpose();
    grid.dfdb = Eigen::ArrayXd::Ones(rows).matrix() * ga.matrix().transpose();
    return grid;
}

} // namespace actviz
