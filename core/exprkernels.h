// SPDX-License-Identifier: MIT
// The scalar kernels behind every function of a typed formula (expr.h): the same stable, inline
// formulas as the built-in activations (inlinemath.h, numerics.h), shared by constant folding
// and by CompiledExpr, so a folded constant and an evaluated one are the same bits. NaN in gives
// NaN out in each. Internal to core/.
#pragma once

#include "expr.h"
#include "numerics.h"

#include <cmath>

namespace actviz::exprk {

inline double sinK(double v)
{
    return std::fabs(v) < num::kTrigInline ? num::sinCosInline(v).sin : std::sin(v);
}
inline double cosK(double v)
{
    return std::fabs(v) < num::kTrigInline ? num::sinCosInline(v).cos : std::cos(v);
}
// max(v, 0) + log1p(e^−|v|): no overflow, and the tail e^v kept for v ≪ 0.
inline double softplusK(double v)
{
    return (v > 0.0 ? v : 0.0) + num::log1pInline(num::expInline(-std::fabs(v)));
}
// 2e/(1 + e²), e = e^−|v|: no overflow of cosh, and 0 (not NaN) at ±∞.
inline double sechK(double v)
{
    const double e = num::expInline(-std::fabs(v));
    return 2.0 * e / std::fma(e, e, 1.0);
}
// sech²v = 4E/(1 + E)², E = e^−2|v| (2|v| is exact), 1 + E carried as a double-double and the
// square divided out exactly (num::divBySquare): ~1 ulp, where sech(v)·sech(v) has up to 3.
inline double sech2K(double v)
{
    const double e = num::expInline(-2.0 * std::fabs(v));
    const num::DD q = num::twoSum(1.0, e);
    return num::divBySquare(4.0 * e, q.hi, q.lo);
}
// u² by one multiplication (the same correctly rounded value pow gives, faster).
inline double powK(double a, double b)
{
    return b == 2.0 ? a * a : std::pow(a, b);
}
// NaN in either argument gives NaN (std::fmax would drop it).
inline double maxK(double a, double b)
{
    return (a > b || a != a) ? a : b;
}
inline double minK(double a, double b)
{
    return (a < b || a != a) ? a : b;
}

inline double unary(ExprOp op, double v)
{
    switch (op) {
    case ExprOp::Neg:
        return -v;
    case ExprOp::Exp:
        return num::expInline(v);
    case ExprOp::Log:
        return std::log(v);
    case ExprOp::Log1p:
        return std::log1p(v);
    case ExprOp::Expm1:
        return num::expm1Inline(v);
    case ExprOp::Sqrt:
        return std::sqrt(v);
    case ExprOp::Abs:
        return std::fabs(v);
    case ExprOp::Sin:
        return sinK(v);
    case ExprOp::Cos:
        return cosK(v);
    case ExprOp::Tanh:
        return num::tanhInline(v);
    case ExprOp::Sech:
        return sechK(v);
    case ExprOp::Sech2:
        return sech2K(v);
    case ExprOp::Erf:
        return std::erf(v);
    case ExprOp::Sigmoid:
        return num::sigmoid(v);
    case ExprOp::Softplus:
        return softplusK(v);
    default:
        return num::kNaN;
    }
}

inline double binary(ExprOp op, double a, double b)
{
    switch (op) {
    case ExprOp::Add:
        return a + b;
    case ExprOp::Sub:
        return a - b;
    case ExprOp::Mul:
        return a * b;
    case ExprOp::Div:
        return a / b;
    case ExprOp::Pow:
        return powK(a, b);
    case ExprOp::Max:
        return maxK(a, b);
    case ExprOp::Min:
        return minK(a, b);
    case ExprOp::Less:
        return a < b ? 1.0 : 0.0;
    case ExprOp::LessEq:
        return a <= b ? 1.0 : 0.0;
    case ExprOp::Greater:
        return a > b ? 1.0 : 0.0;
    case ExprOp::GreaterEq:
        return a >= b ? 1.0 : 0.0;
    default:
        return num::kNaN;
    }
}

inline int arity(ExprOp op)
{
    switch (op) {
    case ExprOp::Number:
    case ExprOp::X:
    case ExprOp::Alpha:
    case ExprOp::Beta:
        return 0;
    case ExprOp::Add:
    case ExprOp::Sub:
    case ExprOp::Mul:
    case ExprOp::Div:
    case ExprOp::Pow:
    case ExprOp::Max:
    case ExprOp::Min:
    case ExprOp::Less:
    case ExprOp::LessEq:
    case ExprOp::Greater:
    case ExprOp::GreaterEq:
        return 2;
    case ExprOp::If:
        return 3;
    default:
        return 1;
    }
}

} // namespace actviz::exprk
