// SPDX-License-Identifier: MIT
// toString: the tree as readable text with only the parentheses its structure needs, so that
// parsing the text gives the same tree (a + (b + c) keeps its parentheses: floating-point
// addition is not associative). Numbers in their shortest round-trip form.
#include "expr.h"

#include "exprkernels.h"

#include <charconv>
#include <cmath>

namespace actviz {

namespace {

constexpr std::string_view kMinus = "\xE2\x88\x92"; // U+2212 −

// Binding strength: sums 1, products 2, unary minus 3, powers 4, atoms 5.
int precedence(const Expr &e)
{
    switch (e->op) {
    case ExprOp::Add:
    case ExprOp::Sub:
        return 1;
    case ExprOp::Mul:
    case ExprOp::Div:
        return 2;
    case ExprOp::Neg:
        return 3;
    case ExprOp::Pow:
        return 4;
    case ExprOp::Number:
        return std::signbit(e->value) && !std::isnan(e->value) ? 3 : 5;
    default:
        return 5;
    }
}

void print(const Expr &e, std::string &out);

void printAtLeast(const Expr &e, int minPrecedence, std::string &out)
{
    const bool parens = precedence(e) < minPrecedence;
    if (parens)
        out += '(';
    print(e, out);
    if (parens)
        out += ')';
}

void printNumber(double v, std::string &out)
{
    if (std::isnan(v)) {
        out += "nan";
        return;
    }
    if (std::signbit(v))
        out += kMinus;
    const double a = std::fabs(v);
    if (std::isinf(a)) {
        out += "inf";
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, a);
    out.append(buf, r.ptr);
}

void printBinary(const Expr &e, std::string_view symbol, int left, int right, std::string &out)
{
    printAtLeast(e->args[0], left, out);
    out += symbol;
    printAtLeast(e->args[1], right, out);
}

void print(const Expr &e, std::string &out)
{
    switch (e->op) {
    case ExprOp::Number:
        printNumber(e->value, out);
        return;
    case ExprOp::X:
        out += 'x';
        return;
    case ExprOp::Alpha:
        out += "\xCE\xB1";
        return;
    case ExprOp::Beta:
        out += "\xCE\xB2";
        return;
    case ExprOp::Neg:
        out += kMinus;
        printAtLeast(e->args[0], 3, out);
        return;
    case ExprOp::Add:
        printBinary(e, " + ", 1, 2, out);
        return;
    case ExprOp::Sub:
        printBinary(e, " \xE2\x88\x92 ", 1, 2, out);
        return;
    case ExprOp::Mul:
        printBinary(e, "\xC2\xB7", 2, 3, out);
        return;
    case ExprOp::Div:
        printBinary(e, "/", 2, 3, out);
        return;
    case ExprOp::Pow:
        printBinary(e, "^", 5, 3, out);
        return;
    case ExprOp::Less:
    case ExprOp::LessEq:
    case ExprOp::Greater:
    case ExprOp::GreaterEq:
        printBinary(e, std::string(" ").append(opName(e->op)).append(" "), 0, 0, out); // (append: GCC 12 -Wrestrict)
        return;
    default:
        break;
    }
    out += opName(e->op);
    out += '(';
    for (std::size_t i = 0; i < e->args.size(); ++i) {
        if (i > 0)
            out += ", ";
        print(e->args[i], out);
    }
    out += ')';
}

} // namespace

std::string_view opName(ExprOp op)
{
    switch (op) {
    case ExprOp::Number:
        return "number";
    case ExprOp::X:
        return "x";
    case ExprOp::Alpha:
        return "\xCE\xB1";
    case ExprOp::Beta:
        return "\xCE\xB2";
    case ExprOp::Neg:
        return "\xE2\x88\x92";
    case ExprOp::Add:
        return "+";
    case ExprOp::Sub:
        return "\xE2\x88\x92";
    case ExprOp::Mul:
        return "\xC2\xB7";
    case ExprOp::Div:
        return "/";
    case ExprOp::Pow:
        return "^";
    case ExprOp::Exp:
        return "exp";
    case ExprOp::Log:
        return "log";
    case ExprOp::Log1p:
        return "log1p";
    case ExprOp::Expm1:
        return "expm1";
    case ExprOp::Sqrt:
        return "sqrt";
    case ExprOp::Abs:
        return "abs";
    case ExprOp::Sin:
        return "sin";
    case ExprOp::Cos:
        return "cos";
    case ExprOp::Tanh:
        return "tanh";
    case ExprOp::Sech:
        return "sech";
    case ExprOp::Sech2:
        return "sech2";
    case ExprOp::Erf:
        return "erf";
    case ExprOp::Sigmoid:
        return "sigmoid";
    case ExprOp::Softplus:
        return "softplus";
    case ExprOp::Max:
        return "max";
    case ExprOp::Min:
        return "min";
    case ExprOp::If:
        return "if";
    case ExprOp::Less:
        return "<";
    case ExprOp::LessEq:
        return "\xE2\x89\xA4";
    case ExprOp::Greater:
        return ">";
    case ExprOp::GreaterEq:
        return "\xE2\x89\xA5";
    }
    return "?";
}

std::string toString(const Expr &e)
{
    std::string out;
    print(e, out);
    return out;
}

} // namespace actviz
