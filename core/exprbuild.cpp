// SPDX-License-Identifier: MIT
#include "exprbuild.h"

#include "exprkernels.h"

#include <bit>
#include <cstdint>

namespace actviz::eb {

namespace {

Expr node(ExprOp op, std::vector<Expr> args, double value = 0.0)
{
    return std::make_shared<const ExprNode>(ExprNode{op, value, std::move(args)});
}

bool isNum(const Expr &e)
{
    return e->op == ExprOp::Number;
}

} // namespace

bool isNumber(const Expr &e, double v)
{
    return isNum(e) && e->value == v;
}

bool same(const Expr &a, const Expr &b)
{
    if (a == b)
        return true;
    if (a->op != b->op || a->args.size() != b->args.size())
        return false;
    if (a->op == ExprOp::Number)
        return std::bit_cast<std::uint64_t>(a->value) == std::bit_cast<std::uint64_t>(b->value);
    for (std::size_t i = 0; i < a->args.size(); ++i)
        if (!same(a->args[i], b->args[i]))
            return false;
    return true;
}

Expr raw(ExprOp op, std::vector<Expr> args, double value)
{
    return node(op, std::move(args), value);
}
Expr number(double v)
{
    return node(ExprOp::Number, {}, v);
}
Expr leaf(ExprOp op)
{
    return node(op, {});
}

Expr neg(const Expr &a)
{
    if (isNum(a))
        return number(-a->value);
    if (a->op == ExprOp::Neg)
        return a->args[0];
    if (a->op == ExprOp::Mul && isNum(a->args[0])) // −(c·u) → (−c)·u, exact
        return mul(number(-a->args[0]->value), a->args[1]);
    return node(ExprOp::Neg, {a});
}

Expr add(const Expr &a, const Expr &b)
{
    if (isNum(a) && isNum(b))
        return number(a->value + b->value);
    if (isNumber(a, 0.0))
        return b;
    if (isNumber(b, 0.0))
        return a;
    if (b->op == ExprOp::Neg)
        return sub(a, b->args[0]);
    if (a->op == ExprOp::Neg)
        return sub(b, a->args[0]);
    return node(ExprOp::Add, {a, b});
}

Expr sub(const Expr &a, const Expr &b)
{
    if (isNum(a) && isNum(b))
        return number(a->value - b->value);
    if (isNumber(b, 0.0))
        return a;
    if (isNumber(a, 0.0))
        return neg(b);
    if (b->op == ExprOp::Neg)
        return add(a, b->args[0]);
    return node(ExprOp::Sub, {a, b});
}

Expr mul(const Expr &a, const Expr &b)
{
    if (isNum(a) && isNum(b))
        return number(a->value * b->value);
    if (isNumber(a, 0.0) || isNumber(b, 0.0))
        return number(0.0);
    if (isNumber(a, 1.0))
        return b;
    if (isNumber(b, 1.0))
        return a;
    if (isNumber(a, -1.0))
        return neg(b);
    if (isNumber(b, -1.0))
        return neg(a);
    if (a->op == ExprOp::Neg)
        return neg(mul(a->args[0], b));
    if (b->op == ExprOp::Neg)
        return neg(mul(a, b->args[0]));
    if (a->op == ExprOp::Div && isNumber(a->args[0], 1.0)) // (1/u)·v → v/u: one rounding less
        return div(b, a->args[1]);
    if (b->op == ExprOp::Div && isNumber(b->args[0], 1.0))
        return div(a, b->args[1]);
    if (isNum(b))
        return mul(b, a);
    if (isNum(a) && b->op == ExprOp::Mul && isNum(b->args[0]))
        return mul(number(a->value * b->args[0]->value), b->args[1]);
    return node(ExprOp::Mul, {a, b});
}

Expr div(const Expr &a, const Expr &b)
{
    if (isNum(a) && isNum(b))
        return number(a->value / b->value);
    if (isNumber(a, 0.0))
        return number(0.0);
    if (isNumber(b, 1.0))
        return a;
    if (isNumber(b, -1.0))
        return neg(a);
    if (a->op == ExprOp::Neg)
        return neg(div(a->args[0], b));
    if (b->op == ExprOp::Neg)
        return neg(div(a, b->args[0]));
    return node(ExprOp::Div, {a, b});
}

Expr pow(const Expr &a, const Expr &b)
{
    if (isNum(a) && isNum(b))
        return number(exprk::powK(a->value, b->value));
    if (isNumber(b, 1.0))
        return a;
    if (isNumber(b, 0.0))
        return number(1.0);
    return node(ExprOp::Pow, {a, b});
}

Expr call(ExprOp op, const Expr &a)
{
    if (op == ExprOp::Neg)
        return neg(a);
    if (isNum(a))
        return number(exprk::unary(op, a->value));
    return node(op, {a});
}

Expr call(ExprOp op, const Expr &a, const Expr &b)
{
    if (isNum(a) && isNum(b))
        return number(exprk::binary(op, a->value, b->value));
    return node(op, {a, b});
}

Expr choose(const Expr &cond, const Expr &a, const Expr &b)
{
    if (isNum(cond))
        return cond->value != 0.0 ? a : b;
    if (same(a, b))
        return a;
    return node(ExprOp::If, {cond, a, b});
}

Expr make(ExprOp op, const std::vector<Expr> &args, double value)
{
    switch (op) {
    case ExprOp::Number:
        return number(value);
    case ExprOp::X:
    case ExprOp::Alpha:
    case ExprOp::Beta:
        return leaf(op);
    case ExprOp::Add:
        return add(args[0], args[1]);
    case ExprOp::Sub:
        return sub(args[0], args[1]);
    case ExprOp::Mul:
        return mul(args[0], args[1]);
    case ExprOp::Div:
        return div(args[0], args[1]);
    case ExprOp::Pow:
        return pow(args[0], args[1]);
    case ExprOp::If:
        return choose(args[0], args[1], args[2]);
    default:
        return exprk::arity(op) == 1 ? call(op, args[0]) : call(op, args[0], args[1]);
    }
}

} // namespace actviz::eb
