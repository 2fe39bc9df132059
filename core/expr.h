// SPDX-License-Identifier: MIT
// Formulas a person types ("x*tanh(softplus(x))", "if(x > 0, x, α*expm1(x))"): parsed into a
// small immutable tree, printed back as readable text, differentiated exactly (chain rule, then
// simplified), searched for kinks and for naive spellings of stable functions. Evaluation lives in
// exprcompile.h. Never throws; input errors come back as ExprError with a 1-based column.
//
// Grammar (UTF-8): numbers by core/numberparse's rule (unsigned here: a sign is the unary
// operator), the names x, alpha/α, beta/β, inf, nan; + − (also U+2212) * (also · ×) / ^ with
// ^ right-associative and binding tighter than unary minus (−x^2 = −(x^2)); parentheses; the
// functions exp log log1p expm1 sqrt abs sin cos tanh sech erf sigmoid softplus (one argument),
// max min (two) and if(cond, a, b), whose cond is one comparison a < b, a <= b (≤), a > b,
// a >= b (≥). sech is there because tanh′ = sech², which 1 − tanh² computes with cancellation.
// At most kMaxExprChars code points and kMaxExprDepth nested levels.
#pragma once

#include "activation.h"
#include "result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actviz {

inline constexpr std::size_t kMaxExprChars = 1000;
inline constexpr int kMaxExprDepth = 100;

enum class ExprOp : std::uint8_t {
    Number,
    X,
    Alpha,
    Beta, // leaves
    Neg,
    Add,
    Sub,
    Mul,
    Div,
    Pow, // operators
    Exp,
    Log,
    Log1p,
    Expm1,
    Sqrt,
    Abs,
    Sin,
    Cos,
    Tanh,
    Sech,
    Erf,
    Sigmoid,
    Softplus, // f(u)
    Max,
    Min,
    If, // branches (If: cond, then, else)
    Less,
    LessEq,
    Greater,
    GreaterEq, // only as If's condition
    Sech2,     // sech(u)^2 fused: never parsed nor built, only an instruction of CompiledExpr
};

struct ExprNode;
// Nodes are shared and never change: derivative() reuses subtrees of its input.
using Expr = std::shared_ptr<const ExprNode>;

struct ExprNode {
    ExprOp op = ExprOp::Number;
    double value = 0.0; // Number only
    std::vector<Expr> args;
};

struct ExprError {
    std::string message;    // English, e.g. "unknown name “tnah” at column 3; did you mean tanh?"
    std::size_t column = 0; // 1-based, in code points; 0 when about the whole text
};

[[nodiscard]] Result<Expr, ExprError> parseExpr(std::string_view text);

// Readable plain text (· for ×, Unicode minus, α β), with only the parentheses the tree needs:
// parseExpr(toString(e)) is the same tree, so it evaluates to the same bits.
[[nodiscard]] std::string toString(const Expr &e);

// The function's name as typed ("tanh"), or the operator's symbol.
[[nodiscard]] std::string_view opName(ExprOp op);

// Exact d/dx, simplified (constant folding, 0·u → 0, 1·u → u, u + 0 → u, u^1 → u, −(−u) → u).
// At a tie of max/min/if and at abs's 0, the derivative is that of the branch the condition
// picks (max(a, b)′ = if(a > b, a′, b′), so max(0, x)′(0) = 1, abs′(0) = 1).
[[nodiscard]] Expr derivative(const Expr &e);

// e rebuilt bottom-up through the simplifying constructors (exprbuild.h).
[[nodiscard]] Expr simplify(const Expr &e);

// Where max, min, abs and if may switch branches, sorted, each once. A condition lhs ⋚ rhs
// (max(a, b): a − b, abs(u): u) whose lhs − rhs is linear in x (its derivative has no x) is
// solved exactly; any other is sampled on kKinkGridPoints points over [−kKinkRange, kKinkRange]
// and each sign change refined by bisection (also the ends of a stretch where lhs = rhs exactly)
// — which also reports poles (1/x) and misses roots that touch zero without crossing or lie
// outside the range. Candidates only: a switch between branches that agree is no kink at all.
inline constexpr double kKinkRange = 50.0;
inline constexpr int kKinkGridPoints = 4001;
[[nodiscard]] std::vector<double> kinkCandidates(const Expr &e, const Params &p);

// A short English sentence when e contains a naive spelling of a stable function —
// log(1 + exp(u)), 1/(1 + exp(−u)), log(1 + u), exp(u) − 1 — naming the stable one.
[[nodiscard]] std::optional<std::string> stabilityHint(const Expr &e);

// Does e depend on x?
[[nodiscard]] bool dependsOnX(const Expr &e);

} // namespace actviz
