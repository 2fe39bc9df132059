// SPDX-License-Identifier: MIT
// The saturation finder (saturation.h): the saturated part of each monotone piece between the
// cuts of saturation_turningpoints.cpp, by bisection on the doubles, and the pieces joined.
#include "saturation.h"

#include "numberparse.h"
#include "paramdomain.h"
#include "saturation_internal.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace actviz {

namespace saturation_detail {

std::string shortest(double v)
{
    return shortestText(v);
}

} // namespace saturation_detail

namespace {

using saturation_detail::Cut;
using saturation_detail::shortest;

// ---- Bisection on the doubles ----------------------------------------------------------
// Doubles in order ↔ int64 in order (−0 and +0 both 0), so that halving the key interval
// halves the number of doubles between: to adjacent doubles in at most 64 steps for any
// bracket, relative precision at every magnitude.
std::int64_t orderedKey(double x)
{
    const auto bits = std::bit_cast<std::int64_t>(x);
    return bits < 0 ? -(bits & std::numeric_limits<std::int64_t>::max()) : bits;
}

double fromKey(std::int64_t k)
{
    return k < 0 ? -std::bit_cast<double>(-k) : std::bit_cast<double>(k);
}

// For a predicate that holds at a and not at b (a < b): the last double where it holds and the
// next one.
template <class Pred> std::pair<double, double> bisect(double a, double b, Pred holds)
{
    std::int64_t ka = orderedKey(a);
    std::int64_t kb = orderedKey(b);
    for (;;) {
        const std::uint64_t gap = static_cast<std::uint64_t>(kb) - static_cast<std::uint64_t>(ka);
        if (gap <= 1)
            return {fromKey(ka), fromKey(kb)};
        const std::int64_t km = ka + static_cast<std::int64_t>(gap / 2);
        (holds(fromKey(km)) ? ka : kb) = km;
    }
}

// ---- One monotone piece ----------------------------------------------------------------
struct Part {
    double lo = 0.0;
    double hi = 0.0;
    bool zero = false;     // the whole piece, f' exactly 0 at both ends
    bool loAtKink = false; // starts at lo or at a kink
    bool hiAtKink = false; // ends at hi or at a kink
};

class PieceFinder
{
public:
    PieceFinder(const Activation &f, const Params &p, double epsilon)
        : m_f(f)
        , m_p(p)
        , m_eps(epsilon)
    {}

    struct Found {
        bool any = false;
        double lo = 0.0;
        double hi = 0.0;
        bool zeroEnds = false; // f' is exactly 0 at xa and xb
    };

    // The sub-interval of [xa, xb] where |f'| < ε, f' being monotone on it. Fails when f' is
    // NaN at both ends.
    [[nodiscard]] Result<Found> saturated(double xa, double xb) const
    {
        double ea = xa;
        double eb = xb;
        double da = df(ea);
        double db = df(eb);
        if (std::isnan(da) && std::isnan(db))
            return fail("f' is not a number at " + shortest(xa) + " and " + shortest(xb));
        if (std::isnan(da)) {
            ea = bisect(ea, eb, [&](double x) { return std::isnan(df(x)); }).second;
            da = df(ea);
        } else if (std::isnan(db)) {
            eb = bisect(ea, eb, [&](double x) { return !std::isnan(df(x)); }).first;
            db = df(eb);
        }
        const auto found = inside(ea, da, eb, db);
        if (!found)
            return Found{};
        // A NaN end takes the class of its neighbour.
        return Found{true, found->first == ea ? xa : found->first, found->second == eb ? xb : found->second,
                     da == 0.0 && db == 0.0};
    }

private:
    [[nodiscard]] double df(double x) const { return m_f.derivative(x, m_p); }
    [[nodiscard]] bool below(double d) const { return std::fabs(d) < m_eps; }

    std::optional<std::pair<double, double>> inside(double a, double da, double b, double db) const
    {
        auto belowAt = [&](double x) { return below(df(x)); };
        const bool inA = below(da);
        const bool inB = below(db);
        if (inA && inB)
            return std::pair{a, b};
        if (inA)
            return std::pair{a, bisect(a, b, belowAt).first};
        if (inB)
            return std::pair{bisect(a, b, [&](double x) { return !belowAt(x); }).second, b};
        // Both ends at |f'| ≥ ε: the band (−ε, ε) lies between only if f' changes sign.
        if (!(da * db < 0.0))
            return std::nullopt;
        const double s = da > 0.0 ? 1.0 : -1.0;
        const double first = bisect(a, b, [&](double x) { return s * df(x) >= m_eps; }).second;
        const double last = bisect(a, b, [&](double x) { return s * df(x) > -m_eps; }).first;
        if (first > last)
            return std::nullopt; // f' steps over the band between two adjacent doubles
        return std::pair{first, last};
    }

    const Activation &m_f;
    const Params &m_p;
    double m_eps;
};

// Joins touching parts: runs of exact zeros first (dead if the run ends at kinks or lo/hi
// and f' can vanish on an interval at all), then neighbours of one kind; drops single points.
std::vector<SaturationInterval> merge(const std::vector<Part> &parts, bool deadPossible)
{
    std::vector<Part> runs;
    for (const Part &part : parts) {
        if (!runs.empty() && runs.back().zero && part.zero && runs.back().hi == part.lo) {
            runs.back().hi = part.hi;
            runs.back().hiAtKink = part.hiAtKink;
        } else {
            runs.push_back(part);
        }
    }
    std::vector<SaturationInterval> out;
    for (const Part &r : runs) {
        const bool dead = deadPossible && r.zero && r.loAtKink && r.hiAtKink;
        const SaturationKind kind = dead ? SaturationKind::Dead : SaturationKind::Saturated;
        if (!out.empty() && out.back().kind == kind && out.back().hi == r.lo)
            out.back().hi = r.hi;
        else
            out.push_back({r.lo, r.hi, kind});
    }
    std::erase_if(out, [](const SaturationInterval &i) { return !(i.lo < i.hi); });
    return out;
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
    if (!f.df)
        return fail(std::string(f.id) + " has no derivative");
    return checkParams(f, p);
}

} // namespace

Result<std::vector<SaturationInterval>> findSaturation(const Activation &f, const Params &p, double epsilon, double lo,
                                                       double hi, int samples, int maxIntervals)
{
    if (const auto ok = checkInput(f, p, epsilon, lo, hi, samples); !ok)
        return fail(ok.error());
    const saturation_detail::Shape *shape = saturation_detail::shapeOf(f.id);
    if (saturation_detail::saturatedEverywhere(shape, epsilon))
        return std::vector<SaturationInterval>{{lo, hi, SaturationKind::Saturated}};
    const auto cuts = saturation_detail::cutsOf(f, shape, p, epsilon, lo, hi, samples, maxIntervals);
    if (!cuts)
        return fail(cuts.error());

    const PieceFinder finder(f, p, epsilon);
    std::vector<Part> parts;
    for (std::size_t i = 0; i + 1 < cuts->size(); ++i) {
        const Cut &a = (*cuts)[i];
        const Cut &b = (*cuts)[i + 1];
        // f' on the piece, not the convention at a kink: evaluate the double next to it.
        const double xa = a.kink ? std::nextafter(a.x, b.x) : a.x;
        const double xb = b.kink ? std::nextafter(b.x, a.x) : b.x;
        if (xa > xb)
            continue; // two kinks one double apart
        const auto found = finder.saturated(xa, xb);
        if (!found)
            return fail(found.error());
        if (!found->any)
            continue;
        const double s = found->lo;
        const double t = found->hi;
        Part part{s == xa ? a.x : s, t == xb ? b.x : t};
        part.zero = s == xa && t == xb && found->zeroEnds;
        part.loAtKink = s == xa && (i == 0 || a.kink);
        part.hiAtKink = t == xb && (i + 2 == cuts->size() || b.kink);
        parts.push_back(part);
    }
    return merge(parts, saturation_detail::deadPossible(shape, p));
}

} // namespace actviz
