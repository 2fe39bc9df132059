// SPDX-License-Identifier: MIT
#include "comparison.h"

#include "paramdomain.h"

#include <cmath>
#include <string>
#include <vector>

namespace actviz {

namespace {

Result<std::monostate> checkChoice(const ActivationChoice &c)
{
    if (!c.fn)
        return fail("no function chosen");
    if (!c.fn->f || !c.fn->df || !c.fn->fArray || !c.fn->dfArray)
        return fail(std::string(c.fn->id) + " has no formula or no derivative");
    return checkParams(*c.fn, c.params);
}

} // namespace

Result<Comparison> compareActivations(const ActivationChoice &f, const ActivationChoice &g, double lo, double hi,
                                      int samples)
{
    if (auto ok = checkChoice(f); !ok)
        return fail(ok.error());
    if (auto ok = checkChoice(g); !ok)
        return fail(ok.error());
    if (!(std::isfinite(lo) && std::isfinite(hi) && lo < hi))
        return fail("the range must be finite with lo < hi");
    if (samples < 2)
        return fail("at least 2 samples are needed");

    std::vector<double> kinks;
    for (const ActivationChoice *c : {&f, &g})
        for (const Kink &k : c->fn->kinkPoints(c->params))
            kinks.push_back(k.x);
    Comparison r;
    r.x = sampleGrid(lo, hi, samples, kinks);
    r.valueDiff = f.fn->value(r.x, f.params) - g.fn->value(r.x, g.params);
    r.derivativeDiff = f.fn->derivative(r.x, f.params) - g.fn->derivative(r.x, g.params);
    r.maxValueDiff = refineMaximum(r.x, r.valueDiff.abs(), [&](double t) {
        return std::fabs(f.fn->value(t, f.params) - g.fn->value(t, g.params));
    });
    r.maxDerivativeDiff = refineMaximum(r.x, r.derivativeDiff.abs(), [&](double t) {
        return std::fabs(f.fn->derivative(t, f.params) - g.fn->derivative(t, g.params));
    });
    return r;
}

} // namespace actviz
