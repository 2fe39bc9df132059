// SPDX-License-Identifier: MIT
// The activation descriptor: everything actviz knows about one function — its formulas,
// parameters, exact f and f' (scalar and vectorised), kinks and properties. Adding an
// activation means adding one descriptor to a group file; the registry, CLI, UI and tests
// pick it up from there.
#pragma once

#include <Eigen/Core>

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

namespace actviz {

// The two shape parameters every activation may use (α is --alpha, β is --beta).
struct Params {
    double alpha = 0.0;
    double beta = 0.0;
    friend bool operator==(const Params &, const Params &) = default;
};

enum class ParamId { Alpha = 0, Beta = 1 };

struct ParamSpec {
    bool used = false;
    std::string_view meaning;    // e.g. "negative slope"
    double defaultValue = 0.0;
    double min = 0.0;            // slider range; the CLI accepts any value in the domain
    double max = 0.0;
    bool logScale = false;       // slider moves on a log scale (min > 0 then)
    std::string_view domain;     // human text of the valid values, e.g. "≠ 0"; empty: any finite
    bool (*inDomain)(double) = nullptr; // nullptr: any finite value
};

// A point where f is not differentiable. jump: f itself is discontinuous there, so a
// plot must not join the two sides.
struct Kink {
    double x = 0.0;
    bool jump = false;
};

enum class Group { Classic, ReluFamily, SmoothModern, HardPiecewise, Shrink, Other, Recent };

// Properties at the default parameters (the UI labels them so).
struct Properties {
    std::string_view range;            // e.g. "(0, 1)"
    bool monotonic = false;
    bool zeroCentred = false;
    bool smooth = false;               // C¹ everywhere
    double maxAbsDerivative = 0.0;     // sup |f'| (the exact value, rounded)
    double maxAbsDerivativeAt = 0.0;   // one x where it is attained (or approached)
    std::string_view maxAbsDerivativeWhere; // text, e.g. "x = 0" or "x > 0"
};

using ScalarFn = double (*)(double x, const Params &p);
using ArrayFn = void (*)(const Eigen::ArrayXd &x, const Params &p, Eigen::ArrayXd &out);
using KinksFn = std::vector<Kink> (*)(const Params &p);

struct Activation {
    std::string_view id;
    std::string_view name;
    Group group = Group::Other;
    std::string_view formula;           // plain text (Unicode)
    std::string_view derivativeFormula; // plain text (Unicode)
    std::string_view formulaLatex;
    std::string_view derivativeLatex;
    std::array<ParamSpec, 2> params{};  // [alpha, beta]
    ScalarFn f = nullptr;
    ScalarFn df = nullptr;
    ArrayFn fArray = nullptr;
    ArrayFn dfArray = nullptr;
    KinksFn kinks = nullptr;
    // What df returns at the kinks (PyTorch autograd's convention), in words.
    std::string_view kinkConvention;
    Properties properties;

    [[nodiscard]] const ParamSpec &param(ParamId id) const { return params[static_cast<int>(id)]; }
    [[nodiscard]] Params defaults() const { return {params[0].defaultValue, params[1].defaultValue}; }
    [[nodiscard]] double value(double x, const Params &p) const { return f(x, p); }
    [[nodiscard]] double derivative(double x, const Params &p) const { return df(x, p); }
    [[nodiscard]] Eigen::ArrayXd value(const Eigen::ArrayXd &x, const Params &p) const
    {
        Eigen::ArrayXd out(x.size());
        fArray(x, p, out);
        return out;
    }
    [[nodiscard]] Eigen::ArrayXd derivative(const Eigen::ArrayXd &x, const Params &p) const
    {
        Eigen::ArrayXd out(x.size());
        dfArray(x, p, out);
        return out;
    }
    // f'(0) at these parameters (PyTorch's value where 0 is a kink): a property the UI lists.
    [[nodiscard]] double derivativeAtZero(const Params &p) const { return df(0.0, p); }
    [[nodiscard]] std::vector<Kink> kinkPoints(const Params &p) const { return kinks ? kinks(p) : std::vector<Kink>{}; }
};

// How the array loops are built (mapArray and its like): for the x86-64 baseline, for
// x86-64-v3 (AVX2 + FMA) and for x86-64-v4 (AVX-512), one chosen once at load time by GCC's
// ifunc, so one binary runs everywhere and uses wide vectors and fma instructions where the
// CPU has them. flatten inlines the whole formula into the loop, without which it is a call
// per element and nothing vectorises. The results are the same bits in every build: the
// formulas use only correctly rounded operations (core is compiled with -ffp-contract=off),
// whose results do not depend on the instruction set. Define ACTVIZ_NO_X86_64_V4 to leave the
// AVX-512 build out (e.g. to test the AVX2 one on an AVX-512 machine).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#ifdef ACTVIZ_NO_X86_64_V4
#define ACTVIZ_ARRAY_LOOP [[gnu::target_clones("default", "arch=x86-64-v3"), gnu::flatten]]
#else
#define ACTVIZ_ARRAY_LOOP [[gnu::target_clones("default", "arch=x86-64-v3", "arch=x86-64-v4"), gnu::flatten]]
#endif
#else
#define ACTVIZ_ARRAY_LOOP [[gnu::flatten]]
#endif

// The vectorised form of a scalar formula: a loop the compiler can inline and vectorise,
// instantiated once per function (no call through a pointer per element).
template <ScalarFn F>
ACTVIZ_ARRAY_LOOP
void mapArray(const Eigen::ArrayXd &x, const Params &p, Eigen::ArrayXd &out)
{
    out.resize(x.size());
    const Params local = p; // a copy cannot alias out, so the loop can vectorise
    const double *in = x.data();
    double *o = out.data();
    const Eigen::Index n = x.size();
    for (Eigen::Index i = 0; i < n; ++i)
        o[i] = F(in[i], local);
}

// The array of a formula whose fast kernel covers |x| < Limit but not beyond (e^x near the ends
// of the double range, sin and cos of huge arguments, GELU's far tail) nor NaN: Fast on every
// element (a loop that vectorises), then Full on the rare elements outside. Full must itself be
// |x| < Limit ? Fast : the rest, so that arrays and scalars agree bit for bit. The widest |x| is
// tracked as the largest bit pattern (NaN's is above ∞'s): an integer maximum, which GCC 12
// vectorises in the same loop, where a count of the outside elements stops it vectorising.
// Limit is an integer (708, 2^19, 37): clang 14, which builds the fuzzers, takes no double
// template arguments.
template <ScalarFn Fast, ScalarFn Full, std::int64_t Limit>
ACTVIZ_ARRAY_LOOP
void mapFastOrFull(const Eigen::ArrayXd &x, const Params &p, Eigen::ArrayXd &out)
{
    out.resize(x.size());
    const Params local = p;
    const double *in = x.data();
    double *o = out.data();
    const Eigen::Index n = x.size();
    constexpr std::uint64_t kAbsMask = ~(std::uint64_t{1} << 63);
    std::uint64_t widest = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        o[i] = Fast(in[i], local);
        const std::uint64_t bits = std::bit_cast<std::uint64_t>(in[i]) & kAbsMask;
        widest = bits > widest ? bits : widest;
    }
    if (widest < std::bit_cast<std::uint64_t>(static_cast<double>(Limit)))
        return;
    for (Eigen::Index i = 0; i < n; ++i)
        if (!(std::fabs(in[i]) < static_cast<double>(Limit)))
            o[i] = Full(in[i], local);
}

} // namespace actviz
