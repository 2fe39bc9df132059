// SPDX-License-Identifier: MIT
// Constructors of expression nodes that simplify as they build (the simplifier of expr.h is
// nothing but a rebuild through them): constants fold with the evaluator's own kernels, and
// 0·u → 0, 1·u → u, −1·u → −u, u ± 0 → u, 0/u → 0, u/1 → u, u^1 → u, u^0 → 1, −(−u) → u, −(c·u) → (−c)·u,
// a + (−b) → a − b, c·(d·u) → (c·d)·u, constants move to the left of a product, and if(c, u, u)
// → u. Folding 0·u to 0 ignores that 0·∞ and 0·NaN are NaN: CompiledExpr restores NaN out for
// NaN in. Internal to core/.
#pragma once

#include "expr.h"

namespace actviz::eb {

// A node as given, not simplified (what the parser builds: the tree as typed).
[[nodiscard]] Expr raw(ExprOp op, std::vector<Expr> args, double value = 0.0);
[[nodiscard]] Expr number(double v);
[[nodiscard]] Expr leaf(ExprOp op); // X, Alpha or Beta
[[nodiscard]] Expr neg(const Expr &a);
[[nodiscard]] Expr add(const Expr &a, const Expr &b);
[[nodiscard]] Expr sub(const Expr &a, const Expr &b);
[[nodiscard]] Expr mul(const Expr &a, const Expr &b);
[[nodiscard]] Expr div(const Expr &a, const Expr &b);
[[nodiscard]] Expr pow(const Expr &a, const Expr &b);
[[nodiscard]] Expr call(ExprOp op, const Expr &a);                         // exp … softplus
[[nodiscard]] Expr call(ExprOp op, const Expr &a, const Expr &b);          // max, min, comparisons
[[nodiscard]] Expr choose(const Expr &cond, const Expr &a, const Expr &b); // if
// Any node, through the constructor above that fits its op.
[[nodiscard]] Expr make(ExprOp op, const std::vector<Expr> &args, double value = 0.0);

[[nodiscard]] bool isNumber(const Expr &e, double v);
[[nodiscard]] bool same(const Expr &a, const Expr &b); // structurally equal

} // namespace actviz::eb
