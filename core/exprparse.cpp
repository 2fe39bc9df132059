// SPDX-License-Identifier: MIT
// parseExpr: a hand-written recursive-descent parser (grammar in expr.h). Each token keeps its
// byte offset, turned into a 1-based code-point column for messages. Recursion is bounded by
// kMaxExprDepth, counted at every unary level (the only place the grammar nests).
#include "expr.h"

#include "displaytext.h"
#include "exprbuild.h"
#include "exprkernels.h"
#include "exprnames.h"
#include "numberparse.h"

#include <algorithm>
#include <array>
#include <utility>

namespace actviz {

namespace {

enum class Tok { End, Number, Name, Plus, Minus, Times, Divide, Caret, Open, Close, Comma, Compare, Bad };

struct Token {
    Tok kind = Tok::End;
    std::string_view text;
    std::size_t offset = 0;
    ExprOp compare = ExprOp::Less; // Compare only
};

struct Spelling {
    std::string_view text;
    Tok kind;
    ExprOp compare = ExprOp::Less;
};

// Multi-byte and two-character symbols, longest first where one is a prefix of another.
constexpr std::array kSymbols = {
    Spelling{"\xE2\x88\x92", Tok::Minus},                      // U+2212 −
    Spelling{"\xC2\xB7", Tok::Times},                          // U+00B7 ·
    Spelling{"\xC3\x97", Tok::Times},                          // U+00D7 ×
    Spelling{"\xE2\x89\xA4", Tok::Compare, ExprOp::LessEq},    // ≤
    Spelling{"\xE2\x89\xA5", Tok::Compare, ExprOp::GreaterEq}, // ≥
    Spelling{"<=", Tok::Compare, ExprOp::LessEq},
    Spelling{">=", Tok::Compare, ExprOp::GreaterEq},
    Spelling{"<", Tok::Compare, ExprOp::Less},
    Spelling{">", Tok::Compare, ExprOp::Greater},
    Spelling{"+", Tok::Plus},
    Spelling{"-", Tok::Minus},
    Spelling{"*", Tok::Times},
    Spelling{"/", Tok::Divide},
    Spelling{"^", Tok::Caret},
    Spelling{"(", Tok::Open},
    Spelling{")", Tok::Close},
    Spelling{",", Tok::Comma},
};

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

std::size_t codePoints(std::string_view s)
{
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !isContinuation(c); }));
}

class Parser
{
public:
    explicit Parser(std::string_view text)
        : m_text(text)
    {
        advance();
    }

    Result<Expr, ExprError> parse()
    {
        Expr e = expression();
        if (!m_error && m_tok.kind != Tok::End)
            failAt(m_tok, std::string(m_tok.kind == Tok::Bad ? "unexpected character " : "unexpected ") + quote(m_tok) +
                              " at column " + column(m_tok));
        if (m_error)
            return Unexpected<ExprError>{*m_error};
        return e;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    Token m_tok;
    int m_depth = 0;
    bool m_bare = false; // the last unary() was an unsigned literal, nothing more
    std::optional<ExprError> m_error;

    // A token as a message shows it: a name of 900 letters is cut after 40 bytes, so that the
    // reason after it stays in sight.
    static std::string shown(std::string_view text) { return shortened(text, 40); }

    static std::string quote(const Token &t)
    {
        if (t.kind == Tok::End)
            return "end of formula";
        return "\xE2\x80\x9C" + shown(t.text) + "\xE2\x80\x9D";
    }
    std::size_t columnOf(std::size_t offset) const { return codePoints(m_text.substr(0, offset)) + 1; }
    std::string column(const Token &t) const { return std::to_string(columnOf(t.offset)); }

    Expr failAt(const Token &t, std::string message)
    {
        if (!m_error)
            m_error = ExprError{std::move(message), columnOf(t.offset)};
        return eb::number(0.0);
    }

    void advance()
    {
        while (m_pos < m_text.size() &&
               (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
        m_tok = lex();
        m_pos = m_tok.offset + m_tok.text.size();
    }

    Token lex() const
    {
        const std::string_view rest = m_text.substr(m_pos);
        if (rest.empty())
            return {Tok::End, {}, m_pos};
        if (isDigit(rest[0]) || rest[0] == '.')
            return {Tok::Number, rest.substr(0, numberLength(rest)), m_pos};
        if (isLetter(rest[0])) {
            std::size_t n = 1;
            while (n < rest.size() && (isLetter(rest[n]) || isDigit(rest[n])))
                ++n;
            return {Tok::Name, rest.substr(0, n), m_pos};
        }
        for (const std::string_view greek : {"\xCE\xB1", "\xCE\xB2"}) // α β
            if (rest.starts_with(greek))
                return {Tok::Name, greek, m_pos};
        for (const Spelling &s : kSymbols)
            if (rest.starts_with(s.text))
                return {s.kind, s.text, m_pos, s.compare};
        std::size_t n = 1; // one whole code point, for the message
        while (n < rest.size() && isContinuation(rest[n]))
            ++n;
        return {Tok::Bad, rest.substr(0, n), m_pos};
    }

    // Digits and points, then an exponent if one follows ("1e5", "2.5E−3"): the literal is
    // then read whole by parseDecimal, which refuses "1.2.3".
    static std::size_t numberLength(std::string_view s)
    {
        std::size_t n = 0;
        while (n < s.size() && (isDigit(s[n]) || s[n] == '.'))
            ++n;
        if (n < s.size() && (s[n] == 'e' || s[n] == 'E')) {
            std::size_t m = n + 1;
            if (m < s.size() && (s[m] == '+' || s[m] == '-'))
                ++m;
            else if (s.substr(m).starts_with("\xE2\x88\x92"))
                m += 3;
            if (m < s.size() && isDigit(s[m])) {
                while (m < s.size() && isDigit(s[m]))
                    ++m;
                n = m;
            }
        }
        return n;
    }

    Expr expression()
    {
        Expr e = term();
        while (!m_error && (m_tok.kind == Tok::Plus || m_tok.kind == Tok::Minus)) {
            const ExprOp op = m_tok.kind == Tok::Plus ? ExprOp::Add : ExprOp::Sub;
            advance();
            e = eb::raw(op, {e, term()});
        }
        if (!m_error && m_tok.kind == Tok::Compare)
            failAt(m_tok, "a comparison (" + std::string(m_tok.text) + ") at column " + column(m_tok) +
                              " is allowed only as the first argument of if(…)");
        return e;
    }

    Expr term()
    {
        Expr e = unary();
        while (!m_error && (m_tok.kind == Tok::Times || m_tok.kind == Tok::Divide)) {
            const ExprOp op = m_tok.kind == Tok::Times ? ExprOp::Mul : ExprOp::Div;
            advance();
            e = eb::raw(op, {e, unary()});
        }
        return e;
    }

    Expr unary()
    {
        if (++m_depth > kMaxExprDepth) {
            failAt(m_tok, "the formula nests deeper than " + std::to_string(kMaxExprDepth) + " levels at column " +
                              column(m_tok));
            return eb::number(0.0);
        }
        Expr e;
        if (m_tok.kind == Tok::Minus || m_tok.kind == Tok::Plus) {
            const bool minus = m_tok.kind == Tok::Minus;
            advance();
            e = unary();
            // "−2" is the number −2 (so that a printed negative number reads back as itself),
            // "−(2)", "−2^2" and "−−2" are negations.
            if (minus)
                e = m_bare ? eb::raw(ExprOp::Number, {}, -e->value) : eb::raw(ExprOp::Neg, {e});
            m_bare = false;
        } else {
            const bool literal = m_tok.kind == Tok::Number;
            e = primary();
            m_bare = literal;
            if (!m_error && m_tok.kind == Tok::Caret) {
                advance();
                e = eb::raw(ExprOp::Pow, {e, unary()});
                m_bare = false;
            }
        }
        --m_depth;
        return e;
    }

    Expr primary()
    {
        const Token t = m_tok;
        switch (t.kind) {
        case Tok::Number:
            return number(t);
        case Tok::Name:
            return name(t);
        case Tok::Open: {
            advance();
            Expr e = expression();
            expect(Tok::Close, "\xE2\x80\x9C)\xE2\x80\x9D");
            return e;
        }
        case Tok::Bad:
            return failAt(t, "unexpected character " + quote(t) + " at column " + column(t));
        default:
            return failAt(t, "expected a number, a name or \xE2\x80\x9C(\xE2\x80\x9D at column " + column(t) +
                                 ", found " + quote(t));
        }
    }

    void expect(Tok kind, std::string_view what)
    {
        if (m_error)
            return;
        if (m_tok.kind != kind) {
            failAt(m_tok, "expected " + std::string(what) + " at column " + column(m_tok) + ", found " + quote(m_tok));
            return;
        }
        advance();
    }

    Expr number(const Token &t)
    {
        const ParsedNumber n = parseDecimal(t.text);
        advance();
        if (n.status == ParsedNumber::Status::OutOfRange)
            return failAt(t, shown(t.text) + " at column " + column(t) + " " + std::string(kOutOfRangeReason));
        if (n.status != ParsedNumber::Status::Ok)
            return failAt(t, quote(t) + " at column " + column(t) + " is not a number");
        return eb::raw(ExprOp::Number, {}, n.value);
    }

    Expr name(const Token &t)
    {
        const auto it =
            std::find_if(kExprNames.begin(), kExprNames.end(), [&](const ExprName &n) { return n.name == t.text; });
        advance();
        if (it == kExprNames.end())
            return failAt(t, unknownName(t));
        if (it->op == ExprOp::Number)
            return eb::raw(ExprOp::Number, {}, t.text == "inf" ? num::kInf : num::kNaN);
        const int arity = exprk::arity(it->op);
        if (arity == 0) {
            if (m_tok.kind == Tok::Open)
                return failAt(t, shown(t.text) + " at column " + column(t) + " is not a function");
            return eb::raw(it->op, {});
        }
        if (m_tok.kind != Tok::Open)
            return failAt(t, shown(t.text) + " at column " + column(t) + " needs its arguments in parentheses, e.g. " +
                                 shown(t.text) + (arity == 1 ? "(x)" : "(x, 0)"));
        advance();
        return call(t, it->op, arity);
    }

    Expr call(const Token &t, ExprOp op, int arity)
    {
        std::vector<Expr> args;
        std::size_t count = 0;
        const Token first = m_tok;
        args.push_back(op == ExprOp::If ? condition(first) : expression());
        ++count;
        while (!m_error && m_tok.kind == Tok::Comma) {
            advance();
            args.push_back(expression());
            ++count;
        }
        expect(Tok::Close, "\xE2\x80\x9C,\xE2\x80\x9D or \xE2\x80\x9C)\xE2\x80\x9D");
        if (m_error)
            return args.front();
        if (count != static_cast<std::size_t>(arity))
            return failAt(t, shown(t.text) + " at column " + column(t) + " takes " + std::to_string(arity) +
                                 (arity == 1 ? " argument" : " arguments") + ", not " + std::to_string(count));
        return eb::raw(op, std::move(args));
    }

    Expr condition(const Token &first)
    {
        Expr lhs = sum();
        if (m_error)
            return lhs;
        if (m_tok.kind != Tok::Compare)
            return failAt(first, "the first argument of if at column " + column(first) +
                                     " must be a comparison such as x > 0 (< <= > >= \xE2\x89\xA4 \xE2\x89\xA5)");
        const ExprOp op = m_tok.compare;
        advance();
        return eb::raw(op, {lhs, expression()});
    }

    // expression() without its check for a comparison (which condition() wants to see).
    Expr sum()
    {
        Expr e = term();
        while (!m_error && (m_tok.kind == Tok::Plus || m_tok.kind == Tok::Minus)) {
            const ExprOp op = m_tok.kind == Tok::Plus ? ExprOp::Add : ExprOp::Sub;
            advance();
            e = eb::raw(op, {e, term()});
        }
        return e;
    }

    std::string unknownName(const Token &t) const
    {
        std::string message = "unknown name \xE2\x80\x9C" + shown(t.text) + "\xE2\x80\x9D at column " + column(t);
        if (const std::string_view suggestion = nearestExprName(t.text); !suggestion.empty())
            message += "; did you mean " + std::string(suggestion) + "?";
        return message;
    }
};

} // namespace

Result<Expr, ExprError> parseExpr(std::string_view text)
{
    if (codePoints(text.substr(0, std::min(text.size(), 4 * kMaxExprChars + 4))) > kMaxExprChars)
        return Unexpected<ExprError>{
            {"the formula is longer than " + std::to_string(kMaxExprChars) + " characters", kMaxExprChars + 1}};
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Unexpected<ExprError>{{"the formula is empty", 1}};
    return Parser(text).parse();
}

} // namespace actviz
