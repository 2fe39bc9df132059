// SPDX-License-Identifier: MIT
#include "saturation.h"

#include "paramdomain.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace actviz {

namespace {

// Bisection stops at this bracket width (or when the bracket has no double inside): far
// below the 1e-9 the finder promises, and only ~12 more halvings than 1e-9 would cost.
constexpr double kBisectionWidth = 1e-12;

enum class Cls : unsigned char { Above, Saturated, Dead };

struct Grid {
    Eigen::ArrayXd x;
    std::vector<unsigned char> kink; // 1 where x is exactly a kink
};

struct Run {
    std::size_t first = 0;
    std::size_t last = 0;
    Cls cls = Cls::Above;
};

std::string shortest(double v)
{
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

// x_i = lo + i·(hi − lo)/(n − 1), ending exactly at hi.
void fillUniform(double lo, double hi, int samples, double *out)
{
    const double last = samples - 1;
    const double step = (hi - lo) / last;
    if (std::isfinite(step)) {
        for (int i = 0; i < samples - 1; ++i)
            out[i] = std::min(lo + i * step, hi);
    } else { // hi − lo overflowed (ends near ±DBL_MAX): std::lerp cannot, but is 3× slower
        for (int i = 0; i < samples - 1; ++i)
            out[i] = std::lerp(lo, hi, i / last);
    }
    out[samples - 1] = hi;
}

// A uniform grid with every kink in [lo, hi] and its two neighbouring doubles merged in, so
// that f' is sampled on both sides of each kink as close as the doubles allow.
Grid buildGrid(const Activation &f, const Params &p, double lo, double hi, int samples)
{
    std::vector<std::pair<double, bool>> extra;
    for (const Kink &k : f.kinkPoints(p)) {
        if (!(k.x >= lo && k.x <= hi))
            continue;
        extra.emplace_back(k.x, true);
        if (const double below = std::nextafter(k.x, lo); below > lo)
            extra.emplace_back(below, false);
        if (const double above = std::nextafter(k.x, hi); above < hi)
            extra.emplace_back(above, false);
    }
    Grid g;
    if (extra.empty()) {
        g.x.resize(samples);
        fillUniform(lo, hi, samples, g.x.data());
        g.kink.assign(static_cast<std::size_t>(samples), 0);
        return g;
    }
    std::sort(extra.begin(), extra.end());
    std::vector<double> uniform(static_cast<std::size_t>(samples));
    fillUniform(lo, hi, samples, uniform.data());

    g.x.resize(samples + static_cast<Eigen::Index>(extra.size()));
    g.kink.reserve(static_cast<std::size_t>(g.x.size()));
    Eigen::Index n = 0;
    auto push = [&](double x, bool isKink) {
        if (n > 0 && g.x[n - 1] == x) { // a grid point that is also a kink or its neighbour
            g.kink.back() |= isKink ? 1 : 0;
            return;
        }
        g.x[n++] = x;
        g.kink.push_back(isKink ? 1 : 0);
    };
    std::size_t e = 0;
    for (const double x : uniform) {
        for (; e < extra.size() && extra[e].first <= x; ++e)
            push(extra[e].first, extra[e].second);
        push(x, false);
    }
    g.x.conservativeResize(n);
    return g;
}

// The value f' takes at a kink itself is a convention; where it differs from both sides it
// is a single point, which must neither form an interval nor split one.
void absorbIsolatedKinks(const Grid &g, std::vector<Cls> &cls)
{
    const std::size_t n = cls.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (!g.kink[i])
            continue;
        const bool hasLeft = i > 0;
        const bool hasRight = i + 1 < n;
        if ((hasLeft && cls[i] == cls[i - 1]) || (hasRight && cls[i] == cls[i + 1]))
            continue;
        cls[i] = hasLeft ? cls[i - 1] : cls[i + 1];
    }
}

bool kinkBetween(const Grid &g, std::size_t i)
{
    return g.kink[i] || g.kink[i + 1];
}

std::vector<Run> runsOf(const Grid &g, const std::vector<Cls> &cls)
{
    std::vector<Run> runs;
    const std::size_t n = cls.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (runs.empty() || runs.back().cls != cls[i])
            runs.push_back({i, i, cls[i]});
        else
            runs.back().last = i;
    }
    // Exact zeros that do not end at kinks (or at lo/hi) on both sides are underflow of a
    // smooth f', not a dead piece.
    for (Run &r : runs) {
        if (r.cls != Cls::Dead)
            continue;
        const bool leftOk = r.first == 0 || kinkBetween(g, r.first - 1);
        const bool rightOk = r.last + 1 == n || kinkBetween(g, r.last);
        if (!(leftOk && rightOk))
            r.cls = Cls::Saturated;
    }
    std::vector<Run> merged;
    for (const Run &r : runs) {
        if (!merged.empty() && merged.back().cls == r.cls)
            merged.back().last = r.last;
        else
            merged.push_back(r);
    }
    return merged;
}

// The x in [a, b] where |f'| < ε switches, to kBisectionWidth. f' is continuous on [a, b]
// (no kink inside), so the switch is a crossing of |f'| = ε.
double bisect(const Activation &f, const Params &p, double epsilon, double a, double b)
{
    auto below = [&](double x) { return std::fabs(f.derivative(x, p)) < epsilon; };
    const bool belowA = below(a);
    for (;;) {
        const double m = a + 0.5 * (b - a);
        if (b - a <= kBisectionWidth || m <= a || m >= b)
            return m;
        (below(m) == belowA ? a : b) = m;
    }
}

// A single sample below ε between two above it (e.g. f'(x) = 0 only at x itself) bisects to
// an interval of a few bracket widths around that point: a point, not an interval.
bool negligible(double a, double b)
{
    const double scale = std::max(std::fabs(a), std::fabs(b));
    return b - a <= std::max(4 * kBisectionWidth, 8 * std::numeric_limits<double>::epsilon() * scale);
}

Result<std::monostate> checkInput(const Activation &f, const Params &p, double epsilon, double lo, double hi,
                                  int samples)
{
    if (!(std::isfinite(epsilon) && epsilon > 0.0))
        return fail("epsilon must be a finite number > 0 (got " + shortest(epsilon) + ")");
    if (!(std::isfinite(lo) && std::isfinite(hi)))
        return fail("the range ends must be finite numbers (got " + shortest(lo) + ":" + shortest(hi) + ")");
    if (!(lo < hi))
        return fail("the range must have lo < hi (got " + shortest(lo) + ":" + shortest(hi) + ")");
    if (samples < 2)
        return fail("at least 2 samples are needed (got " + std::to_string(samples) + ")");
    if (!f.dfArray || !f.df)
        return fail(std::string(f.id) + " has no derivative");
    return checkParams(f, p);
}

} // namespace

Result<std::vector<SaturationInterval>> findSaturation(const Activation &f, const Params &p, double epsilon, double lo,
                                                       double hi, int samples)
{
    if (const auto ok = checkInput(f, p, epsilon, lo, hi, samples); !ok)
        return fail(ok.error());

    const Grid g = buildGrid(f, p, lo, hi, samples);
    const Eigen::ArrayXd d = f.derivative(g.x, p);
    std::vector<Cls> cls(static_cast<std::size_t>(d.size()));
    for (Eigen::Index i = 0; i < d.size(); ++i)
        cls[static_cast<std::size_t>(i)] = d[i] == 0.0                 ? Cls::Dead
                                           : std::fabs(d[i]) < epsilon ? Cls::Saturated
                                                                       : Cls::Above; // NaN too
    absorbIsolatedKinks(g, cls);

    struct End {
        double x;
        bool refined; // found by bisection, not a kink or lo/hi
    };
    auto boundary = [&](std::size_t i) -> End { // between samples i and i + 1
        if (g.kink[i])
            return {g.x[static_cast<Eigen::Index>(i)], false};
        if (g.kink[i + 1])
            return {g.x[static_cast<Eigen::Index>(i + 1)], false};
        return {bisect(f, p, epsilon, g.x[static_cast<Eigen::Index>(i)], g.x[static_cast<Eigen::Index>(i + 1)]), true};
    };
    std::vector<SaturationInterval> out;
    for (const Run &r : runsOf(g, cls)) {
        if (r.cls == Cls::Above)
            continue;
        const End a = r.first == 0 ? End{lo, false} : boundary(r.first - 1);
        const End b = r.last + 1 == cls.size() ? End{hi, false} : boundary(r.last);
        if ((a.refined || b.refined) && negligible(a.x, b.x))
            continue;
        if (a.x < b.x)
            out.push_back({a.x, b.x, r.cls == Cls::Dead ? SaturationKind::Dead : SaturationKind::Saturated});
    }
    return out;
}

} // namespace actviz
