// SPDX-License-Identifier: MIT
// Where the saturation finder cuts [lo, hi]: every kink, and the turning points of f' of each
// registered function in closed form from α/β (see saturation.h for why these cuts make the
// result exact).
#include "saturation.h"
#include "saturation_internal.h"

#include "pau.h"
#include "pau_internal.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <variant>

namespace actviz {

namespace saturation_detail {

using ParamTest = bool (*)(const Params &);

// Every registered function, with the turning points of f' (the zeros of f'', where |f'| can
// change direction) as functions of α/β. Checked with mpmath: the sign changes of f'' on
// [−64, 64] (step 1/64) and on a 2 % geometric grid out to 1e300, at the default and the
// extra parameter sets of tests/data/reference_formulas.py (ORDER); constants are
// findroot(f'') rounded once. A function not listed is cut on a uniform grid (see findSaturation).
enum class Turns : unsigned char {
    None,         // f' monotone between kinks
    AtZero,       // 0 (sigmoid, tanh, …: |f'| peaks there)
    Pair,         // left, right
    PairOverBeta, // left/β, right/β (swish: f'(x) = silu'(βx))
    CosPeriodic,  // kπ (sinusoid: f' = cos x)
    SinPeriodic,  // (k + ½)π (cosine: f' = −sin x)
    Sinc,         // ±x_k, tan x_k = 2x_k/(2 − x_k²), x_k in ((k − ½)π, kπ)
    SnakePeriodic, // (m + ½)π/(2α) (snake: f' = 1 + sin 2αx, f'' = 2α·cos 2αx)
    Rational,     // the real roots of f''s numerator polynomial (pau: pauTurningPoints)
};

struct Shape {
    std::string_view id;
    Turns turns = Turns::None;
    double left = 0.0;
    double right = 0.0;
    ParamTest canBeDead = nullptr; // f' can be 0 on a whole interval; nullptr: never
};

namespace {

constexpr double kPiLo = 1.2246467991473532e-16; // π − std::numbers::pi (mpmath)
// Oscillating f' is examined only below this |x|, where doubles are at most 2^−9 ≈ π/1600 apart.
constexpr double kOscillationResolved = 0x1p44;

bool always(const Params &)
{
    return true;
}
bool alphaZero(const Params &p)
{
    return p.alpha == 0.0;
}
bool betaZero(const Params &p)
{
    return p.beta == 0.0;
}
bool alphaOrBetaZero(const Params &p)
{
    return p.alpha == 0.0 || p.beta == 0.0;
}
// PAU's shape follows its coefficients (core/pau.h), not α and β.
bool pauDead(const Params &)
{
    return pauCanBeDead(pau_detail::localPrepared().c);
}
bool rreluSlopeZero(const Params &p)
{
    return 0.5 * (p.alpha + p.beta) == 0.0;
}

constexpr double kSiluTurn = 2.3993572805154675; // silu'' = 0 (f'(x) + f'(−x) = 1: symmetric)

constexpr std::array kShapes = {
    Shape{"identity"},
    Shape{"step", Turns::None, 0, 0, always},
    Shape{"sigmoid", Turns::AtZero},
    Shape{"tanh", Turns::AtZero},
    Shape{"relu", Turns::None, 0, 0, always},
    Shape{"relu6", Turns::None, 0, 0, always},
    Shape{"leaky_relu", Turns::None, 0, 0, alphaZero},
    Shape{"prelu", Turns::None, 0, 0, alphaZero},
    Shape{"rrelu", Turns::None, 0, 0, rreluSlopeZero},
    Shape{"elu", Turns::None, 0, 0, alphaZero},
    Shape{"celu"},
    Shape{"selu"},
    Shape{"gelu", Turns::Pair, -1.4142135623730951, 1.4142135623730951},
    Shape{"gelu_tanh", Turns::Pair, -1.4185040087908283, 1.4185040087908283},
    Shape{"silu", Turns::Pair, -kSiluTurn, kSiluTurn},
    Shape{"swish", Turns::PairOverBeta, -kSiluTurn, kSiluTurn},
    Shape{"mish", Turns::Pair, -2.256376396360793, 1.4905711794854284},
    Shape{"softplus"},
    Shape{"softsign", Turns::AtZero},
    Shape{"hardsigmoid", Turns::None, 0, 0, always},
    Shape{"hardswish", Turns::None, 0, 0, always},
    Shape{"hardtanh", Turns::None, 0, 0, always},
    Shape{"logsigmoid"},
    Shape{"tanhshrink", Turns::AtZero},
    Shape{"softshrink", Turns::None, 0, 0, always},
    Shape{"hardshrink", Turns::None, 0, 0, always},
    Shape{"gaussian", Turns::Pair, -0.7071067811865476, 0.7071067811865476},
    Shape{"arctan", Turns::AtZero},
    Shape{"lecun_tanh", Turns::AtZero},
    Shape{"symmetric_sigmoid", Turns::AtZero},
    Shape{"bent_identity"},
    Shape{"loglog", Turns::AtZero},
    Shape{"isru", Turns::AtZero},
    Shape{"squareplus", Turns::None, 0, 0, betaZero},
    Shape{"threshold", Turns::None, 0, 0, always},
    Shape{"sinusoid", Turns::CosPeriodic},
    Shape{"cosine", Turns::SinPeriodic},
    Shape{"sinc", Turns::Sinc},
    Shape{"abs", Turns::None, 0, 0, always},
    Shape{"sign", Turns::None, 0, 0, always},
    Shape{"exponential"},
    Shape{"relu2", Turns::None, 0, 0, always},
    Shape{"starrelu", Turns::None, 0, 0, always},
    Shape{"sparse_plus", Turns::None, 0, 0, always},
    // smish''(x) = 0 (α = β = 1; mpmath findroot); f′(x) = α·h′(βx), so the turns scale by 1/β.
    Shape{"smish", Turns::PairOverBeta, -2.5511002874102522, 2.2154214540088013, alphaZero},
    Shape{"xielu"}, // f′ monotone on each side of 0, continuous there (for α, β ≥ 0)
    Shape{"snake", Turns::SnakePeriodic},
    Shape{"dyt", Turns::AtZero, 0, 0, alphaOrBetaZero},
    Shape{"pau", Turns::Rational, 0, 0, pauDead},
};

// m·π for an integer or half-integer m (exact in double), within an ulp of the true multiple.
double piTimes(double m)
{
    return std::fma(m, std::numbers::pi, m * kPiLo);
}

// The k-th positive turning point of sinc' (k ≥ 1): the root of h(x) = (x² − 2)sin x + 2x·cos x
// in ((k − ½)π, kπ), where h' = x²cos x keeps one sign, so the root is unique. Newton from the
// asymptote kπ − 2/(kπ), falling back to bisection whenever a step leaves the bracket.
double sincTurn(double k)
{
    auto h = [](double x) { return (x * x - 2.0) * std::sin(x) + 2.0 * x * std::cos(x); };
    double a = piTimes(k - 0.5);
    double b = piTimes(k);
    const bool negAtA = h(a) < 0.0;
    double x = std::clamp(b - 2.0 / b, a, b);
    for (int i = 0; i < 100; ++i) {
        const double hx = h(x);
        ((hx < 0.0) == negAtA ? a : b) = x;
        double next = x - hx / (x * x * std::cos(x));
        if (!(next > a && next < b))
            next = a + 0.5 * (b - a);
        if (std::fabs(next - x) <= 4.0 * std::numeric_limits<double>::epsilon() * std::fabs(x))
            return next;
        x = next;
    }
    return x;
}

// Refuses a stretch [a, b] of an oscillating f' (one turning point per π) that is too long or
// too far out to examine period by period.
Result<std::monostate> checkOscillation(double a, double b, int maxIntervals)
{
    if (!((b - a) / std::numbers::pi <= maxIntervals))
        return fail("f' oscillates with period 2π, so [" + shortest(a) + ", " + shortest(b) +
                    "] could hold more than " + std::to_string(maxIntervals) +
                    " intervals (the limit); narrow the range");
    if (std::max(std::fabs(a), std::fabs(b)) >= kOscillationResolved)
        return fail("beyond |x| = " + shortest(kOscillationResolved) +
                    " doubles are too far apart to resolve f', which oscillates with period 2π; "
                    "narrow the range towards 0");
    return std::monostate{};
}

// Appends m·π + offset·π for every integer m with the result in (lo, hi).
void appendPiMultiples(double lo, double hi, double offset, std::vector<Cut> &cuts)
{
    const double first = std::floor(lo / std::numbers::pi) - 1.0;
    const double last = std::ceil(hi / std::numbers::pi) + 1.0;
    for (double m = first; m <= last; m += 1.0)
        if (const double x = piTimes(m + offset); x > lo && x < hi)
            cuts.push_back({x, false});
}

// sinc: the turning points inside |x| < X = (1 + √(1 + 4ε))/(2ε) (beyond it |sinc'| ≤
// (|x| + 1)/x² < ε, one saturated stretch), and ±X itself.
Result<std::monostate> appendSincTurns(double epsilon, double lo, double hi, int maxIntervals, std::vector<Cut> &cuts)
{
    // The 1e-9 margin keeps the computed |sinc'| (a few ulp off) below ε beyond X.
    const double envelope = (1.0 + std::sqrt(1.0 + 4.0 * epsilon)) / (2.0 * epsilon) * (1.0 + 1e-9);
    const double a = std::max(lo, -envelope);
    const double b = std::min(hi, envelope);
    for (const double x : {-envelope, envelope})
        if (x > lo && x < hi)
            cuts.push_back({x, false});
    if (!(a < b))
        return std::monostate{};
    if (auto ok = checkOscillation(a, b, maxIntervals); !ok)
        return ok;
    // x_k lies in ((k − ½)π, kπ): k from the bracket holding |a| or |b| on each side of 0.
    auto appendSide = [&](double from, double to, double sign) { // |x| in [from, to]
        const double kFirst = std::max(1.0, std::floor(from / std::numbers::pi));
        const double kLast = std::ceil(to / std::numbers::pi) + 1.0;
        for (double k = kFirst; k <= kLast; k += 1.0)
            if (const double x = sign * sincTurn(k); x > a && x < b)
                cuts.push_back({x, false});
    };
    if (b > 0.0)
        appendSide(std::max(a, 0.0), b, 1.0);
    if (a < 0.0)
        appendSide(std::max(-b, 0.0), -a, -1.0);
    return std::monostate{};
}

Result<std::monostate> appendTurns(const Shape &shape, const Params &p, double epsilon, double lo, double hi,
                                   int maxIntervals, std::vector<Cut> &cuts)
{
    auto add = [&](double x) {
        if (x > lo && x < hi) // also drops ±inf and NaN (swish with β = 0 or subnormal)
            cuts.push_back({x, false});
    };
    switch (shape.turns) {
    case Turns::None:
        break;
    case Turns::AtZero:
        add(0.0);
        break;
    case Turns::Pair:
        add(shape.left);
        add(shape.right);
        break;
    case Turns::PairOverBeta:
        if (p.beta != 0.0) {
            add(shape.left / p.beta);
            add(shape.right / p.beta);
        }
        break;
    case Turns::CosPeriodic:
    case Turns::SinPeriodic:
        if (auto ok = checkOscillation(lo, hi, maxIntervals); !ok)
            return ok;
        appendPiMultiples(lo, hi, shape.turns == Turns::CosPeriodic ? 0.0 : 0.5, cuts);
        break;
    case Turns::Sinc:
        return appendSincTurns(epsilon, lo, hi, maxIntervals, cuts);
    case Turns::SnakePeriodic: {
        // In u = 2αx the turns are (m + ½)π, as the cosine's: the same limits on the stretch.
        const double scale = 2.0 * p.alpha;
        if (!(scale > 0.0) || !std::isfinite(scale))
            break;
        if (!((hi - lo) * scale / std::numbers::pi <= maxIntervals))
            return fail("f' = 1 + sin(2αx) touches 0 once per π/α, so [" + shortest(lo) + ", " + shortest(hi) +
                        "] could hold more than " + std::to_string(maxIntervals) + " intervals (the limit); narrow the range");
        if (std::max(std::fabs(lo), std::fabs(hi)) * scale >= kOscillationResolved)
            return fail("beyond |x| = " + shortest(kOscillationResolved / scale) +
                        " doubles are too far apart to resolve f' = 1 + sin(2αx); narrow the range towards 0");
        std::vector<Cut> scaled;
        appendPiMultiples(lo * scale, hi * scale, 0.5, scaled);
        for (const Cut &c : scaled)
            add(c.x / scale);
        break;
    }
    case Turns::Rational:
        for (double x : pauTurningPoints(pau_detail::localPrepared().c))
            add(x);
        break;
    }
    return std::monostate{};
}

// x_i = lo + i·(hi − lo)/(n − 1), ending exactly at hi.
} // namespace

const Shape *shapeOf(std::string_view id)
{
    const auto it = std::find_if(kShapes.begin(), kShapes.end(), [&](const Shape &s) { return s.id == id; });
    return it == kShapes.end() ? nullptr : &*it;
}

bool saturatedEverywhere(const Shape *shape, double epsilon)
{
    return shape && (shape->turns == Turns::CosPeriodic || shape->turns == Turns::SinPeriodic) && epsilon >= 1.0;
}

bool deadPossible(const Shape *shape, const Params &p)
{
    return !shape || (shape->canBeDead && shape->canBeDead(p));
}

Result<std::vector<Cut>> cutsOf(const Activation &f, const Shape *shape, const Params &p, double epsilon, double lo,
                                double hi, int samples, int maxIntervals)
{
    std::vector<Cut> cuts{{lo, false}, {hi, false}};
    for (const Kink &k : f.kinkPoints(p)) {
        if (k.x > lo && k.x < hi)
            cuts.push_back({k.x, true});
        cuts.front().kink |= k.x == lo;
        cuts[1].kink |= k.x == hi;
    }
    if (shape) {
        if (auto ok = appendTurns(*shape, p, epsilon, lo, hi, maxIntervals, cuts); !ok)
            return fail(ok.error());
    } else if (auto ok = appendRefinedGrid(f, p, lo, hi, samples, maxIntervals, cuts); !ok) {
        return fail(ok.error());
    }
    std::sort(cuts.begin() + 2, cuts.end(),
              [](const Cut &a, const Cut &b) { return a.x < b.x || (a.x == b.x && a.kink > b.kink); });
    std::vector<Cut> out;
    out.reserve(cuts.size());
    out.push_back(cuts.front());
    for (auto it = cuts.begin() + 2; it != cuts.end(); ++it)
        if (it->x != out.back().x)
            out.push_back(*it);
    out.push_back(cuts[1]);
    return out;
}

} // namespace saturation_detail

bool saturationShapeKnown(std::string_view id)
{
    return saturation_detail::shapeOf(id) != nullptr;
}

} // namespace actviz
