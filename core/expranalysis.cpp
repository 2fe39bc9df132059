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

// Sign changes of g on the grid, each narrowed by bisection to adjacent doubles.
void sampledRoots(const CompiledExpr &g, const Params &p, std::vector<double> &roots)
{
    Eigen::ArrayXd xs = Eigen::ArrayXd::LinSpaced(kKinkGridPoints, -kKinkRange, kKinkRange);
    Eigen::ArrayXd gs;
    g.eval(xs, p, gs);
    for (Eigen::Index i = 0; i + 1 < xs.size(); ++i) {
        if (gs[i] == 0.0) {
            roots.push_back(xs[i]);
            continue;
        }
        if (!(gs[i] * gs[i + 1] < 0.0))
            continue;
        double lo = xs[i], hi = xs[i + 1];
        const bool rising = gs[i] < 0.0;
        for (int k = 0; k < 200; ++k) {
            const double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
                break;
            (g.eval(mid, p) < 0.0) == rising ? lo = mid : hi = mid;
        }
        roots.push_back(hi);
    }
    if (gs[xs.size() - 1] == 0.0)
        roots.push_back(xs[xs.size() - 1]);
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
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
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
