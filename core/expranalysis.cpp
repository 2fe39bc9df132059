// SPDX-License-Identifier: MIT
// What actviz can tell about a typed formula besides its value: where it may have kinks
// (kinkCandidates) and whether it spells a stable function naively (stabilityHint).
#include "expr.h"

#include "exprbuild.h"
#include "exprcompile.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace actviz {

namespace {

// lhs − rhs of every branch condition: if's comparison, max/min's a − b, abs's argument.
void switchFunctions(const Expr &e, std::vector<Expr> &out, std::set<const ExprNode *> &seen)
{
    if (!seen.insert(e.get()).second)
        return;
    const auto &a = e->args;
    switch (e->op) {
    case ExprOp::Less:
    case ExprOp::LessEq:
    case ExprOp::Greater:
    case ExprOp::GreaterEq:
    case ExprOp::Max:
    case ExprOp::Min:
        out.push_back(eb::sub(a[0], a[1]));
        break;
    case ExprOp::Abs:
        out.push_back(a[0]);
        break;
    default:
        break;
    }
    for (const Expr &arg : a)
        switchFunctions(arg, out, seen);
}

// The point between lo and hi, to adjacent doubles, where `side` changes (side(lo) is true).
template <class Side> double bisect(double lo, double hi, const Side &side)
{
    for (int k = 0; k < 200; ++k) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi)
            break;
        side(mid) ? lo = mid : hi = mid;
    }
    return hi;
}

// Sign changes of g on the grid, and the ends of every stretch where g is exactly 0 (max(u, v)
// where u = v on an interval), each narrowed by bisection to adjacent doubles.
void sampledRoots(const CompiledExpr &g, const Params &p, std::vector<double> &roots)
{
    Eigen::ArrayXd xs = Eigen::ArrayXd::LinSpaced(kKinkGridPoints, -kKinkRange, kKinkRange);
    Eigen::ArrayXd gs;
    g.eval(xs, p, gs);
    const auto at = [&](double x) { return g.eval(x, p); };
    for (Eigen::Index i = 0; i + 1 < xs.size(); ++i) {
        const double a = gs[i], b = gs[i + 1];
        if (a * b < 0.0) {
            const bool rising = a < 0.0;
            roots.push_back(bisect(xs[i], xs[i + 1], [&](double x) { return (at(x) < 0.0) == rising; }));
        } else if ((a == 0.0) != (b == 0.0) && !std::isnan(a) && !std::isnan(b)) {
            const bool zeroFirst = a == 0.0;
            const double x = bisect(xs[i], xs[i + 1], [&](double t) { return (at(t) == 0.0) == zeroFirst; });
            roots.push_back(zeroFirst ? std::nextafter(x, -HUGE_VAL) : x); // the last or first zero
        }
    }
}

} // namespace

std::vector<double> kinkCandidates(const Expr &e, const Params &p)
{
    std::vector<Expr> gs;
    std::set<const ExprNode *> seen;
    switchFunctions(e, gs, seen);
    std::vector<double> roots;
    for (const Expr &g : gs) {
        if (!dependsOnX(g))
            continue;
        const Expr slope = derivative(g);
        if (!dependsOnX(slope)) { // g(x) = g(0) + slope·x
            const double s = CompiledExpr::compile(slope).eval(0.0, p);
            const double x = -CompiledExpr::compile(g).eval(0.0, p) / s;
            if (std::isfinite(x))
                roots.push_back(x + 0.0); // + 0.0: −0 → 0
            continue;
        }
        sampledRoots(CompiledExpr::compile(g), p, roots);
    }
    // Each once: the same switch found from two conditions may differ in the last bits.
    std::sort(roots.begin(), roots.end());
    const auto close = [](double a, double b) { return std::fabs(a - b) <= 1e-12 * std::max(1.0, std::fabs(a)); };
    roots.erase(std::unique(roots.begin(), roots.end(), close), roots.end());
    return roots;
}

namespace {

bool isOne(const Expr &e)
{
    return eb::isNumber(e, 1.0);
}

// u when e is 1 + u or u + 1.
const ExprNode *onePlus(const Expr &e)
{
    if (e->op != ExprOp::Add)
        return nullptr;
    if (isOne(e->args[0]))
        return e->args[1].get();
    if (isOne(e->args[1]))
        return e->args[0].get();
    return nullptr;
}

std::optional<std::string> hintAt(const Expr &e)
{
    const auto &a = e->args;
    if (e->op == ExprOp::Log) {
        if (const ExprNode *u = onePlus(a[0])) {
            if (u->op == ExprOp::Exp) {
                const std::string s = toString(u->args[0]);
                return "log(1 + exp(" + s +
                       ")) overflows for large arguments and loses the tail for very negative "
                       "ones: write softplus(" +
                       s + ") instead.";
            }
            const std::string s = toString(std::make_shared<const ExprNode>(*u));
            return "log(1 + u) loses digits when u is tiny (1 + u rounds first): write log1p(" + s + ") instead.";
        }
    }
    if (e->op == ExprOp::Div && isOne(a[0])) {
        if (const ExprNode *u = onePlus(a[1]); u && u->op == ExprOp::Exp && u->args[0]->op == ExprOp::Neg) {
            const std::string s = toString(u->args[0]->args[0]);
            return "1/(1 + exp(−u)) overflows inside exp for very negative u: write sigmoid(" + s + ") instead.";
        }
    }
    if (e->op == ExprOp::Sub && a[0]->op == ExprOp::Exp && isOne(a[1])) {
        const std::string s = toString(a[0]->args[0]);
        return "exp(u) − 1 cancels when u is near 0: write expm1(" + s + ") instead.";
    }
    for (const Expr &arg : a)
        if (auto h = hintAt(arg))
            return h;
    return std::nullopt;
}

} // namespace

std::optional<std::string> stabilityHint(const Expr &e)
{
    return hintAt(e);
}

} // namespace actviz
