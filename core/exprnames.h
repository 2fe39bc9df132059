// SPDX-License-Identifier: MIT
// The names a typed formula may use (expr.h), and the nearest of them to a misspelt one for the
// parser's "did you mean". Internal to core/.
#pragma once

#include "expr.h"

#include <array>
#include <string_view>

namespace actviz {

struct ExprName {
    std::string_view name;
    ExprOp op;
};

// Every name the grammar knows, for look-up and for "did you mean" (inf and nan last: a function
// is the better suggestion on a tie).
inline constexpr std::array kExprNames = {
    ExprName{"x", ExprOp::X},        ExprName{"alpha", ExprOp::Alpha},     ExprName{"\xCE\xB1", ExprOp::Alpha},
    ExprName{"beta", ExprOp::Beta},  ExprName{"\xCE\xB2", ExprOp::Beta},   ExprName{"exp", ExprOp::Exp},
    ExprName{"log", ExprOp::Log},    ExprName{"log1p", ExprOp::Log1p},     ExprName{"expm1", ExprOp::Expm1},
    ExprName{"sqrt", ExprOp::Sqrt},  ExprName{"abs", ExprOp::Abs},         ExprName{"sin", ExprOp::Sin},
    ExprName{"cos", ExprOp::Cos},    ExprName{"tanh", ExprOp::Tanh},       ExprName{"sech", ExprOp::Sech},
    ExprName{"erf", ExprOp::Erf},    ExprName{"sigmoid", ExprOp::Sigmoid}, ExprName{"softplus", ExprOp::Softplus},
    ExprName{"max", ExprOp::Max},    ExprName{"min", ExprOp::Min},         ExprName{"if", ExprOp::If},
    ExprName{"inf", ExprOp::Number}, ExprName{"nan", ExprOp::Number},
};

// The known name nearest to `name` by edit distance, if at most 2 (and less than the known name's
// length, so that "q" does not suggest "x"'s neighbours at random); the first on a tie; else empty.
[[nodiscard]] std::string_view nearestExprName(std::string_view name);

} // namespace actviz
