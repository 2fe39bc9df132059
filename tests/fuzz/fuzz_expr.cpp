// SPDX-License-Identifier: MIT
// libFuzzer target for core/expr (issue 12): the bytes are a formula a person typed. Beyond "no
// crash, no UB, no stack overflow" it checks what expr.h promises: an error has a message and a
// column inside the text (or just past it); a formula prints to text that parses back to text
// printed the same and evaluates to the same values; its derivative and both compiled programs
// run, the array evaluation equals the scalar one, and NaN x gives NaN.
#include "expr.h"
#include "exprcompile.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

bool same(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) || (std::isnan(a) && std::isnan(b));
}

std::size_t codePoints(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

void checkProgram(const actviz::Expr &e, const actviz::Expr &printedBack)
{
    const actviz::Params p{0.7, -1.3};
    const actviz::CompiledExpr a = actviz::CompiledExpr::compile(e);
    const actviz::CompiledExpr b = actviz::CompiledExpr::compile(printedBack);
    Eigen::ArrayXd x(7);
    x << -2.5, -0.0, 0.0, 1e-310, 3.0, INFINITY, NAN;
    Eigen::ArrayXd out;
    a.eval(x, p, out);
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        check(same(out[i], a.eval(x[i], p)));
        check(same(out[i], b.eval(x[i], p)));
    }
    check(std::isnan(out[6]));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto parsed = actviz::parseExpr(text);
    if (!parsed) {
        check(!parsed.error().message.empty());
        check(parsed.error().column >= 1 && parsed.error().column <= codePoints(text) + 1);
        return 0;
    }
    const actviz::Expr &e = *parsed;
    const std::string printed = actviz::toString(e);
    const auto again = actviz::parseExpr(printed);
    // Printing may lengthen a formula beyond the limits (parentheses, "·" for "*"): then only
    // the refusal is checked.
    if (!again) {
        check(codePoints(printed) > actviz::kMaxExprChars ||
              again.error().message.find("nests deeper") != std::string::npos);
        return 0;
    }
    check(actviz::toString(*again) == printed);
    checkProgram(e, *again);
    const actviz::Expr d = actviz::derivative(e);
    checkProgram(d, d);
    (void)actviz::toString(d);
    (void)actviz::stabilityHint(e);
    if (size < 200)
        (void)actviz::kinkCandidates(e, {0.7, -1.3});
    return 0;
}
