// SPDX-License-Identifier: MIT
// derivative(): d/dx by the chain rule, built through the simplifying constructors of
// exprbuild.h. Where the textbook derivative cancels, the stable equal form is used instead:
// tanh′ = sech² (1 − tanh² loses everything past tanh ≈ 1), σ′(u) = σ(u)·σ(−u) (σ(1 − σ) is 0
// for u > 37 while the true value is e^−u).
#include "expr.h"

#include "exprbuild.h"

#include <numbers>

namespace actviz {

namespace {

using eb::add;
using eb::call;
using eb::choose;
using eb::div;
using eb::mul;
using eb::neg;
using eb::number;
using eb::sub;

Expr d(const Expr &e);

// f′(u) for a function of one argument (the chain rule multiplies by u′).
Expr outer(ExprOp op, const Expr &u, const Expr &e)
{
    switch (op) {
    case ExprOp::Exp:
        return e;
    case ExprOp::Log:
        return div(number(1.0), u);
    case ExprOp::Log1p:
        return div(number(1.0), add(number(1.0), u));
    case ExprOp::Expm1:
        return call(ExprOp::Exp, u);
    case ExprOp::Sqrt:
        return div(number(1.0), mul(number(2.0), e));
    case ExprOp::Abs:
        return choose(call(ExprOp::Less, u, number(0.0)), number(-1.0), number(1.0));
    case ExprOp::Sin:
        return call(ExprOp::Cos, u);
    case ExprOp::Cos:
        return neg(call(ExprOp::Sin, u));
    case ExprOp::Tanh:
        return eb::pow(call(ExprOp::Sech, u), number(2.0));
    case ExprOp::Sech:
        return neg(mul(e, call(ExprOp::Tanh, u)));
    case ExprOp::Erf: // 2/√π·e^(−u²)
        return mul(number(2.0 * std::numbers::inv_sqrtpi), call(ExprOp::Exp, neg(eb::pow(u, number(2.0)))));
    case ExprOp::Sigmoid:
        return mul(e, call(ExprOp::Sigmoid, neg(u)));
    case ExprOp::Softplus:
        return call(ExprOp::Sigmoid, u);
    default:
        return number(0.0);
    }
}

// (u^v)′: v·u^(v − 1)·u′ when v does not depend on x, else u^v·(v′·log u + v·u′/u).
Expr power(const Expr &e)
{
    const Expr &u = e->args[0];
    const Expr &v = e->args[1];
    const Expr du = d(u);
    const Expr dv = d(v);
    if (eb::isNumber(dv, 0.0) && !dependsOnX(v)) {
        if (eb::isNumber(v, 2.0))
            return mul(mul(number(2.0), u), du);
        return mul(mul(v, eb::pow(u, sub(v, number(1.0)))), du);
    }
    return mul(e, add(mul(dv, call(ExprOp::Log, u)), div(mul(v, du), u)));
}

// (u/v)′ = (u′ − (u/v)·v′)/v: no v², which overflows long before v does.
Expr quotient(const Expr &e)
{
    const Expr &u = e->args[0];
    const Expr &v = e->args[1];
    const Expr du = d(u);
    const Expr dv = d(v);
    if (eb::isNumber(dv, 0.0))
        return div(du, v);
    return div(sub(du, mul(e, dv)), v);
}

Expr d(const Expr &e)
{
    const auto &a = e->args;
    switch (e->op) {
    case ExprOp::Number:
    case ExprOp::Alpha:
    case ExprOp::Beta:
        return number(0.0);
    case ExprOp::X:
        return number(1.0);
    case ExprOp::Neg:
        return neg(d(a[0]));
    case ExprOp::Add:
        return add(d(a[0]), d(a[1]));
    case ExprOp::Sub:
        return sub(d(a[0]), d(a[1]));
    case ExprOp::Mul:
        return add(mul(d(a[0]), a[1]), mul(a[0], d(a[1])));
    case ExprOp::Div:
        return quotient(e);
    case ExprOp::Pow:
        return power(e);
    case ExprOp::Max:
        return choose(call(ExprOp::Greater, a[0], a[1]), d(a[0]), d(a[1]));
    case ExprOp::Min:
        return choose(call(ExprOp::Less, a[0], a[1]), d(a[0]), d(a[1]));
    case ExprOp::If:
        return choose(a[0], d(a[1]), d(a[2]));
    case ExprOp::Less:
    case ExprOp::LessEq:
    case ExprOp::Greater:
    case ExprOp::GreaterEq:
        return number(0.0); // (never reached: only inside if)
    default:
        break;
    }
    const Expr du = d(a[0]);
    if (eb::isNumber(du, 0.0))
        return number(0.0);
    return mul(outer(e->op, a[0], e), du);
}

} // namespace

bool dependsOnX(const Expr &e)
{
    if (e->op == ExprOp::X)
        return true;
    for (const Expr &a : e->args)
        if (dependsOnX(a))
            return true;
    return false;
}

Expr derivative(const Expr &e)
{
    return d(simplify(e));
}

Expr simplify(const Expr &e)
{
    if (e->args.empty())
        return e;
    std::vector<Expr> args;
    args.reserve(e->args.size());
    for (const Expr &a : e->args)
        args.push_back(simplify(a));
    return eb::make(e->op, args, e->value);
}

} // namespace actviz
