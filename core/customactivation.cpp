// SPDX-License-Identifier: MIT
#include "customactivation.h"

#include "exprcompile.h"

#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <utility>

namespace actviz {

namespace {

struct Slot {
    std::mutex mutex;                         // guards everything below but generation
    std::atomic<std::uint64_t> generation{0}; // 0: never defined
    std::atomic<bool> defined{false};
    Expr f;
    Expr df;
    std::string id;
    std::string name;
    CustomDefinition definition;
    Activation activation;
};

std::array<Slot, kCustomSlots> &slots()
{
    static std::array<Slot, kCustomSlots> all;
    return all;
}

// This thread's compiled programs of slot K, recompiled when the slot changes.
struct Programs {
    std::uint64_t generation = 0;
    Expr f;
    CompiledExpr cf;
    CompiledExpr cdf;
};

template <int K> const Programs &programs()
{
    thread_local Programs local;
    Slot &slot = slots()[K];
    if (local.generation != slot.generation.load(std::memory_order_acquire)) {
        const std::lock_guard lock(slot.mutex);
        local.generation = slot.generation.load(std::memory_order_relaxed);
        local.f = slot.f;
        local.cf = CompiledExpr::compile(slot.f);
        local.cdf = CompiledExpr::compile(slot.df);
    }
    return local;
}

template <int K> double valueAt(double x, const Params &p)
{
    return programs<K>().cf.eval(x, p);
}

// Where f is undefined (NaN: log x for x < 0) so is f′, whatever the symbolic derivative's own
// domain (1/x is −1 at −1).
template <int K> double derivativeAt(double x, const Params &p)
{
    const double d = programs<K>().cdf.eval(x, p);
    return !std::isnan(d) && std::isnan(programs<K>().cf.eval(x, p)) ? std::numeric_limits<double>::quiet_NaN() : d;
}

template <int K> void values(const Eigen::ArrayXd &x, const Params &p, Eigen::ArrayXd &out)
{
    programs<K>().cf.eval(x, p, out);
}

template <int K> void derivatives(const Eigen::ArrayXd &x, const Params &p, Eigen::ArrayXd &out)
{
    programs<K>().cdf.eval(x, p, out);
    Eigen::ArrayXd f(x.size());
    programs<K>().cf.eval(x, p, f);
    out = f.isNaN().select(std::numeric_limits<double>::quiet_NaN(), out);
}

// Where a branch switches, and whether f itself jumps there (its two one-sided neighbours
// differ by more than rounding), as the plot must not join a jump.
template <int K> std::vector<Kink> kinksOf(const Params &p)
{
    const Programs &pr = programs<K>();
    std::vector<Kink> out;
    for (const double k : kinkCandidates(pr.f, p)) {
        const double below = pr.cf.eval(std::nextafter(k, -std::numeric_limits<double>::infinity()), p);
        const double above = pr.cf.eval(std::nextafter(k, std::numeric_limits<double>::infinity()), p);
        const bool jump = std::isfinite(below) && std::isfinite(above) &&
                          std::fabs(above - below) > 1e-9 * (1.0 + std::fabs(above) + std::fabs(below));
        out.push_back({k, jump});
    }
    return out;
}

struct Trampolines {
    ScalarFn f;
    ScalarFn df;
    ArrayFn fArray;
    ArrayFn dfArray;
    KinksFn kinks;
};

template <std::size_t... K> constexpr std::array<Trampolines, sizeof...(K)> makeTrampolines(std::index_sequence<K...>)
{
    return {{{&valueAt<K>, &derivativeAt<K>, &values<K>, &derivatives<K>, &kinksOf<K>}...}};
}

constexpr auto kTrampolines = makeTrampolines(std::make_index_sequence<kCustomSlots>{});

bool uses(const Expr &e, ExprOp leaf)
{
    if (e->op == leaf)
        return true;
    for (const Expr &a : e->args)
        if (uses(a, leaf))
            return true;
    return false;
}

ParamSpec spec(bool used, const char *meaning)
{
    ParamSpec s;
    s.used = used;
    if (used) {
        s.meaning = meaning;
        s.defaultValue = 1.0;
        s.min = -5.0;
        s.max = 5.0;
    }
    return s;
}

} // namespace

Result<CustomDefinition, ExprError> defineCustom(int slot, std::string_view formula)
{
    if (slot < 0 || slot >= kCustomSlots)
        return Unexpected<ExprError>{{"no custom slot " + std::to_string(slot), 0}};
    auto parsed = parseExpr(formula);
    if (!parsed)
        return Unexpected<ExprError>{parsed.error()};
    const Expr f = parsed.value();
    if (!dependsOnX(f))
        return Unexpected<ExprError>{{"the formula does not depend on x: a constant is not an activation", 0}};
    const Expr df = derivative(f);
    Slot &s = slots()[static_cast<std::size_t>(slot)];
    const std::lock_guard lock(s.mutex);
    s.f = f;
    s.df = df;
    Activation &a = s.activation;
    if (s.id.empty()) {
        // Set once: the depth and training workers hold the Activation and call its f, df and
        // array loops (the slot's trampolines, which read the formula under the lock) while the
        // GUI thread redefines the formula. What changes below is read on the GUI thread only.
        s.id = "custom" + std::to_string(slot + 1);
        s.name = "Custom " + std::to_string(slot + 1);
        const Trampolines &t = kTrampolines[static_cast<std::size_t>(slot)];
        a.id = s.id;
        a.name = s.name;
        a.group = Group::Other;
        a.f = t.f;
        a.df = t.df;
        a.fArray = t.fArray;
        a.dfArray = t.dfArray;
        a.kinks = t.kinks;
        a.kinkConvention = "the branch the condition picks at a tie (max(0, x)′(0) = 1)";
    }
    s.definition.source = std::string(formula);
    s.definition.formula = toString(f);
    s.definition.derivativeFormula = toString(df);
    s.definition.hint = stabilityHint(f);
    a.formula = s.definition.formula;
    a.derivativeFormula = s.definition.derivativeFormula;
    a.params = {spec(uses(f, ExprOp::Alpha), "α in the formula"), spec(uses(f, ExprOp::Beta), "β in the formula")};
    s.definition.activation = &a;
    s.generation.fetch_add(1, std::memory_order_release);
    s.defined.store(true, std::memory_order_release);
    return s.definition;
}

std::optional<CustomDefinition> customDefinition(int slot)
{
    if (slot < 0 || slot >= kCustomSlots)
        return std::nullopt;
    Slot &s = slots()[static_cast<std::size_t>(slot)];
    const std::lock_guard lock(s.mutex);
    if (!s.defined.load(std::memory_order_relaxed))
        return std::nullopt;
    return s.definition;
}

const Activation *findCustom(std::string_view id)
{
    for (Slot &s : slots()) {
        if (!s.defined.load(std::memory_order_acquire))
            continue;
        const std::lock_guard lock(s.mutex);
        if (s.id == id)
            return &s.activation;
    }
    return nullptr;
}

int customSlotOf(std::string_view id)
{
    constexpr std::string_view prefix = "custom";
    if (id.size() != prefix.size() + 1 || id.substr(0, prefix.size()) != prefix)
        return -1;
    const int n = id.back() - '1';
    return n >= 0 && n < kCustomSlots ? n : -1;
}

void clearCustom(int slot)
{
    if (slot >= 0 && slot < kCustomSlots)
        slots()[static_cast<std::size_t>(slot)].defined.store(false, std::memory_order_release);
}

CustomSources customSources()
{
    CustomSources out;
    for (int i = 0; i < kCustomSlots; ++i)
        if (const auto d = customDefinition(i))
            out[static_cast<std::size_t>(i)] = d->source;
    return out;
}

void restoreCustom(const CustomSources &sources)
{
    for (int i = 0; i < kCustomSlots; ++i) {
        const auto &source = sources[static_cast<std::size_t>(i)];
        const auto now = customDefinition(i);
        if (!source)
            clearCustom(i);
        else if (!now || now->source != *source)
            (void)defineCustom(i, *source); // it was defined from this text before, so it parses
    }
}

} // namespace actviz
