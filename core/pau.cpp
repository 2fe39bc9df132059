// SPDX-License-Identifier: MIT
// PAU's coefficients (process-wide, one copy per thread) and its f and f′ in double-double.
//
// Accuracy: P, P′, S and S′ are evaluated by Horner's rule in double-double (relative error
// ~2⁻¹⁰⁴ times the condition number), so cancellation near a root of P or of S costs nothing a
// double can show, and f = P/Q and f′ = (P′Q − sign(S)·P·S′)/Q² are formed in double-double and
// rounded once. For |x| > 1 the polynomials are evaluated in t = 1/x (a double-double: 1/x and
// its remainder): P(x) = x^m·Pr(t), Q(x) = |x|^n·Qr(t) with m, n the degrees of P and S, and
// the power |x|^(m−n) is applied at the end (beyond 2^100 as mantissa^(m−n)·2^(k·(m−n))), so
// nothing overflows before the result does (f at ±DBL_MAX is finite when a5 = 0) and ±inf gives
// the limit. f′'s numerator there is Pd·|t|^n + sign(S)·W(t), W one polynomial whose leading
// terms cancel exactly when m = n (pau_internal.h), so that f′ ~ c/x² keeps its digits.
#include "pau.h"
#include "pau_internal.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <mutex>

namespace actviz {

namespace pau_detail {

Prepared prepare(const PauCoefficients &c)
{
    Prepared p;
    p.c = c;
    for (int i = 5; i >= 0 && p.m < 0; --i)
        if (c.a[i] != 0.0)
            p.m = i;
    for (int k = 4; k >= 1 && p.n == 0; --k)
        if (c.b[k - 1] != 0.0)
            p.n = k;
    for (int i = 1; i <= 5; ++i)
        p.da[i] = num::twoProd(i, c.a[i]);
    for (int k = 1; k <= 4; ++k)
        p.db[k] = num::twoProd(k, c.b[k - 1]);
    for (int k = 4; k >= 1; --k)
        if (c.b[k - 1] != 0.0)
            p.j = k;
    for (int i = 0; i <= p.m; ++i)
        for (int k = 1; k <= p.n; ++k) {
            // (i − k)·aᵢ·b_k to ~2⁻¹⁰⁴: a product by 3 or 5 rounds, and W's terms cancel
            const double times = i - k;
            const DD ab = num::twoProd(c.a[i], c.b[k - 1]);
            const DD scaled = num::twoProd(ab.hi, times);
            const DD term = num::fastTwoSum(scaled.hi, scaled.lo + ab.lo * times);
            DD &sum = p.w[(p.m - i) + (p.n - k)];
            sum = num::ddAdd(sum, term);
        }
    return p;
}

namespace {

DD dd(double v)
{
    return {v, 0.0};
}
DD neg(DD a)
{
    return {-a.hi, -a.lo};
}
DD absDD(DD a)
{
    return a.hi < 0.0 ? neg(a) : a;
}
double sgn(DD a)
{
    return a.hi > 0.0 ? 1.0 : (a.hi < 0.0 ? -1.0 : 0.0); // sign(0) = 0: PyTorch's abs′
}
DD mulD(DD a, double b)
{
    const DD p = num::twoProd(a.hi, b);
    return num::fastTwoSum(p.hi, p.lo + a.lo * b);
}
DD divDD(DD a, DD b)
{
    const double q1 = a.hi / b.hi;
    const DD r = num::ddAdd(a, neg(mulD(b, q1)));
    return num::fastTwoSum(q1, r.hi / b.hi);
}

// The four polynomials at one point, and the factors that turn f = P/Q and f′ into scale·value.
struct Parts {
    DD p, dp, s, ds, q;
    double sign = 0.0;  // sign(S), 0 where S = 0
    bool far = false;   // the t = 1/x form: then also
    DD tn{}, w{};       // |t|^n and W(t) (pau_internal.h)
    int powerF = 0;     // f = ±|x|^powerF·P/Q
    int powerDf = 0;    // f′ = ±|x|^powerDf·(P′Q − sign(S)·P·S′)/Q²
    bool negF = false;  // the ± of f
    bool negDf = false; // the ± of f′
};

// |x| ≤ 1: the polynomials in x itself. D: also what f′ needs (P′, S′), which f does not.
template <bool D> Parts partsNear(double x, const Prepared &pr)
{
    const auto &a = pr.c.a;
    const auto &b = pr.c.b;
    Parts r;
    r.p = dd(a[5]);
    for (int i = 4; i >= 0; --i)
        r.p = num::ddAdd(mulD(r.p, x), dd(a[i]));
    if constexpr (D) {
        r.dp = pr.da[5];
        for (int i = 4; i >= 1; --i)
            r.dp = num::ddAdd(mulD(r.dp, x), pr.da[i]);
        r.ds = pr.db[4];
        for (int k = 3; k >= 1; --k)
            r.ds = num::ddAdd(mulD(r.ds, x), pr.db[k]);
    }
    // S = x^j·C(x): sign(S) = sgn(x)^j·sign(C(x)) stays exact where S itself underflows
    // (x subnormal), and C(x) ≈ b_j is far from 0 there.
    DD cx = dd(b[3]);
    for (int k = 3; k >= std::max(pr.j, 1); --k)
        cx = num::ddAdd(mulD(cx, x), dd(b[k - 1]));
    r.s = cx;
    for (int k = 0; k < pr.j; ++k)
        r.s = mulD(r.s, x);
    const double sx = x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : 0.0);
    r.sign = pr.j == 0 ? 0.0 : sgn(cx) * (pr.j % 2 == 1 ? sx : sx * sx);
    r.q = num::ddAdd(dd(1.0), absDD(r.s));
    return r;
}

// |x| > 1 (±inf included): in t = 1/x, P(x) = x^m·Pr(t), S(x) = x^n·Sr(t), S′(x) = x^(n−1)·Sd(t),
// P′(x) = x^(m−1)·Pd(t), Q(x) = |x|^n·(|t|^n + |Sr(t)|). sign(S)·sgn(x)^n = sign(Sr), so f′'s
// bracket keeps the form P′Q − sign·P·S′ with the reversed polynomials.
template <bool D> Parts partsFar(double x, const Prepared &pr)
{
    const auto &a = pr.c.a;
    const auto &b = pr.c.b;
    const double th = 1.0 / x;
    const DD t{th, std::isinf(x) ? 0.0 : std::fma(-th, x, 1.0) / x};
    Parts r;
    r.p = dd(a[0]);
    for (int i = 1; i <= pr.m; ++i)
        r.p = num::ddAdd(num::ddMul(r.p, t), dd(a[i]));
    r.s = pr.n >= 1 ? dd(b[0]) : dd(0.0);
    for (int k = 2; k <= pr.n; ++k)
        r.s = num::ddAdd(num::ddMul(r.s, t), dd(b[k - 1]));
    DD tn = dd(1.0);
    for (int k = 0; k < pr.n; ++k)
        tn = num::ddMul(tn, absDD(t));
    r.q = num::ddAdd(tn, absDD(r.s));
    r.sign = sgn(r.s);
    r.far = true;
    r.tn = tn;
    if constexpr (D) {
        r.dp = pr.m >= 1 ? pr.da[1] : dd(0.0);
        for (int i = 2; i <= pr.m; ++i)
            r.dp = num::ddAdd(num::ddMul(r.dp, t), pr.da[i]);
        if (pr.n >= 1 && pr.m >= 0) {
            r.w = pr.w[pr.m + pr.n - 1];
            for (int k = pr.m + pr.n - 2; k >= 0; --k)
                r.w = num::ddAdd(num::ddMul(r.w, t), pr.w[k]);
        }
    }
    r.powerF = pr.m - pr.n;
    r.powerDf = pr.m - 1 - pr.n;
    r.negF = x < 0.0 && (pr.m & 1) != 0;
    r.negDf = x < 0.0 && ((pr.m - 1) & 1) != 0;
    return r;
}

template <bool D> Parts partsAt(double x, const Prepared &pr)
{
    return std::fabs(x) <= 1.0 ? partsNear<D>(x, pr) : partsFar<D>(x, pr);
}

// Below this |x|, |x|^5 and |x|^−6 are normal doubles: the power is formed directly.
constexpr double kDirectPowerBelow = 0x1p100;

// ±|x|^e·v, rounded once (but where the result is subnormal: twice, ≤ 1 ulp there).
double scaled(DD v, double ax, int e, bool negate)
{
    double out;
    if (e == 0) {
        out = v.hi + v.lo;
    } else if (std::isinf(ax)) {
        out = v.hi * (e > 0 ? num::kInf : 0.0);
    } else if (ax < kDirectPowerBelow) {
        DD power = dd(ax);
        for (int i = 1; i < std::abs(e); ++i)
            power = mulD(power, ax);
        const DD y = e > 0 ? num::ddMul(v, power) : divDD(v, power);
        out = y.hi + y.lo;
    } else {
        int k = 0;
        const double mx = std::frexp(ax, &k);
        DD power = dd(mx);
        for (int i = 1; i < std::abs(e); ++i)
            power = mulD(power, mx);
        const DD y = e > 0 ? num::ddMul(v, power) : divDD(v, power);
        out = std::ldexp(y.hi + y.lo, k * e);
    }
    return negate ? -out : out;
}

} // namespace

double value(double x, const Prepared &pr)
{
    if (std::isnan(x) || pr.m < 0) // P ≡ 0: f ≡ 0
        return x != x ? x : 0.0;
    const Parts r = partsAt<false>(x, pr);
    return scaled(divDD(r.p, r.q), std::fabs(x), r.powerF, r.negF);
}

double derivative(double x, const Prepared &pr)
{
    if (std::isnan(x) || pr.m < 0)
        return x != x ? x : 0.0;
    const Parts r = partsAt<true>(x, pr);
    DD n{};
    if (r.far) // Pd·Qr − sign·Pr·Sd = Pd·|t|^n + sign·W
        n = num::ddAdd(num::ddMul(r.dp, r.tn), mulD(r.w, r.sign));
    else
        n = num::ddAdd(num::ddMul(r.dp, r.q), neg(mulD(num::ddMul(r.p, r.ds), r.sign)));
    return scaled(divDD(n, num::ddMul(r.q, r.q)), std::fabs(x), r.powerDf, r.negDf);
}

} // namespace pau_detail

namespace {

struct Shared {
    std::mutex mutex;                         // guards coefficients
    std::atomic<std::uint64_t> generation{1}; // bumped under the mutex on every change
    PauCoefficients coefficients = kDefaultPauCoefficients;
};

Shared &shared()
{
    static Shared s;
    return s;
}

} // namespace

namespace pau_detail {

// This thread's prepared copy, refreshed when the generation moved: the coefficients are only
// read under the mutex, so a worker thread never sees half of an update.
const Prepared &localPrepared()
{
    thread_local std::uint64_t generation = 0;
    thread_local Prepared local;
    Shared &s = shared();
    if (generation != s.generation.load(std::memory_order_acquire)) {
        const std::lock_guard lock(s.mutex);
        generation = s.generation.load(std::memory_order_relaxed);
        local = prepare(s.coefficients);
    }
    return local;
}

} // namespace pau_detail

bool pauCoefficientsValid(const PauCoefficients &c)
{
    auto ok = [](double v) { return std::fabs(v) <= kPauCoefficientLimit; }; // false for NaN, ±inf
    for (double v : c.a)
        if (!ok(v))
            return false;
    for (double v : c.b)
        if (!ok(v))
            return false;
    return true;
}

bool setPauCoefficients(const PauCoefficients &c)
{
    if (!pauCoefficientsValid(c))
        return false;
    Shared &s = shared();
    const std::lock_guard lock(s.mutex);
    if (s.coefficients == c)
        return true;
    s.coefficients = c;
    s.generation.fetch_add(1, std::memory_order_release);
    return true;
}

PauCoefficients pauCoefficients()
{
    Shared &s = shared();
    const std::lock_guard lock(s.mutex);
    return s.coefficients;
}

double pauValue(double x, const PauCoefficients &c)
{
    return pau_detail::value(x, pau_detail::prepare(c));
}

double pauDerivative(double x, const PauCoefficients &c)
{
    return pau_detail::derivative(x, pau_detail::prepare(c));
}

} // namespace actviz
