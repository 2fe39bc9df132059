// SPDX-License-Identifier: MIT
#include "vectorparser.h"

#include "numberparse.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace actviz {

namespace {

using Kind = VectorParseError::Kind;

// UTF-8 spellings of the non-ASCII characters we accept.
constexpr std::string_view kFullWidthComma = "\xEF\xBC\x8C";     // U+FF0C ，
constexpr std::string_view kFullWidthSemicolon = "\xEF\xBC\x9B"; // U+FF1B ；
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";           // U+00A0
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";   // U+3000

// Longer tokens are shortened in messages so that a pasted paragraph does not flood them.
constexpr std::size_t kQuotedCodePoints = 40;

enum class Sep { None, Space, Hard };

struct SepAt {
    Sep kind = Sep::None;
    std::size_t length = 0;
};

SepAt separatorAt(std::string_view s, std::size_t i)
{
    const std::string_view rest = s.substr(i);
    switch (rest.front()) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
        return {Sep::Space, 1};
    case ',':
    case ';':
        return {Sep::Hard, 1};
    default:
        break;
    }
    for (std::string_view hard : {kFullWidthComma, kFullWidthSemicolon})
        if (rest.starts_with(hard))
            return {Sep::Hard, hard.size()};
    for (std::string_view space : {kNoBreakSpace, kIdeographicSpace})
        if (rest.starts_with(space))
            return {Sep::Space, space.size()};
    return {};
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t codePointsBefore(std::string_view s, std::size_t offset)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i)
        n += isContinuationByte(s[i]) ? 0 : 1;
    return n;
}

std::string quoted(std::string_view token)
{
    // Built with append: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string&&.
    std::string q(1, '"');
    std::size_t points = 0;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (isContinuationByte(token[i]))
            continue;
        if (points++ == kQuotedCodePoints)
            return q.append(token.substr(0, i)).append("\u2026\"");
    }
    return q.append(token).append(1, '"');
}

struct Token {
    std::string_view text;
    std::size_t offset = 0;
    std::size_t entry = 0; // 1-based
};

VectorParseError tokenError(Kind kind, const Token &t, std::string_view what)
{
    VectorParseError e;
    e.kind = kind;
    e.entry = t.entry;
    e.token = std::string(t.text);
    e.offset = t.offset;
    e.length = t.text.size();
    e.message = "entry " + std::to_string(t.entry) + " (" + quoted(t.text) + ") " + std::string(what);
    return e;
}

// One entry as a number, or the reason it is not one (core/numberparse.h's rule, then
// softmax's own: no NaN, and -inf only as a mask).
std::optional<VectorParseError> parseNumber(const Token &t, double &out)
{
    const ParsedNumber n = parseDecimal(t.text);
    if (n.status == ParsedNumber::Status::NotANumber)
        return tokenError(Kind::NotANumber, t, "is not a number");
    if (n.status == ParsedNumber::Status::OutOfRange)
        return tokenError(Kind::OutOfRange, t, kOutOfRangeReason);
    if (std::isnan(n.value))
        return tokenError(Kind::NaN, t, "is NaN, which is not allowed");
    if (n.value == std::numeric_limits<double>::infinity())
        return tokenError(Kind::PlusInfinity, t, "is +inf, which is not allowed (only -inf, which masks the entry)");
    out = n.value;
    return std::nullopt;
}

VectorParseError emptyEntry(std::size_t entry, std::size_t offset, std::string_view why)
{
    VectorParseError e;
    e.kind = Kind::EmptyEntry;
    e.entry = entry;
    e.offset = offset;
    e.message = "entry " + std::to_string(entry) + " (\"\") is empty: " + std::string(why);
    return e;
}

VectorParseError wholeInputError(Kind kind, std::string message)
{
    VectorParseError e;
    e.kind = kind;
    e.message = std::move(message);
    return e;
}

// [begin, end) of the text without surrounding whitespace.
std::pair<std::size_t, std::size_t> trimmed(std::string_view text)
{
    std::size_t b = 0;
    while (b < text.size() && separatorAt(text, b).kind == Sep::Space)
        b += separatorAt(text, b).length;
    std::size_t e = text.size();
    while (e > b) {
        std::size_t start = e - 1; // the last code point's first byte
        while (start > b && isContinuationByte(text[start]))
            --start;
        const SepAt sep = separatorAt(text, start);
        if (sep.kind != Sep::Space || start + sep.length != e)
            break;
        e = start;
    }
    return {b, e};
}

Result<std::pair<std::size_t, std::size_t>, VectorParseError> stripBrackets(std::string_view text)
{
    auto [b, e] = trimmed(text);
    const bool open = b < e && text[b] == '[';
    const bool close = b < e && text[e - 1] == ']' && (e - 1 > b || !open);
    if (open && !close) {
        VectorParseError err = wholeInputError(
            Kind::UnbalancedBracket, "unbalanced brackets: the \"[\" at character " +
                                         std::to_string(codePointsBefore(text, b) + 1) + " has no closing \"]\"");
        err.offset = b;
        err.length = 1;
        return Unexpected<VectorParseError>{std::move(err)};
    }
    if (close && !open) {
        VectorParseError err = wholeInputError(
            Kind::UnbalancedBracket, "unbalanced brackets: the \"]\" at character " +
                                         std::to_string(codePointsBefore(text, e - 1) + 1) + " has no opening \"[\"");
        err.offset = e - 1;
        err.length = 1;
        return Unexpected<VectorParseError>{std::move(err)};
    }
    if (open)
        return std::pair{b + 1, e - 1};
    return std::pair{b, e};
}

// The first entry past the limit, with the count of all entries in the text (the message names
// the count and the limit rather than echoing a pasted vector that may be megabytes long).
VectorParseError tooMany(std::string_view text, const Token &first, std::size_t i, std::size_t end)
{
    std::size_t count = first.entry;
    bool inEntry = false;
    while (i < end) {
        const SepAt sep = separatorAt(text, i);
        if (sep.kind == Sep::None) {
            count += inEntry ? 0 : 1;
            inEntry = true;
            ++i;
        } else {
            inEntry = false;
            i += sep.length;
        }
    }
    VectorParseError e = tokenError(Kind::TooManyEntries, first, "");
    e.count = count;
    e.message = "the vector has " + std::to_string(count) + " entries; at most " + std::to_string(kMaxVectorEntries) +
                " are allowed";
    return e;
}

} // namespace

bool startsWithSeparator(std::string_view utf8)
{
    return !utf8.empty() && separatorAt(utf8, 0).kind != Sep::None;
}

VectorParseResult parseVector(std::string_view text)
{
    const auto body = stripBrackets(text);
    if (!body)
        return Unexpected<VectorParseError>{body.error()};
    const auto [begin, end] = body.value();

    std::vector<double> values;
    bool expectEntry = true; // at the start, or right after a comma-like separator
    std::size_t i = begin;
    while (i < end) {
        const SepAt sep = separatorAt(text, i);
        if (sep.kind == Sep::Space) {
            i += sep.length;
        } else if (sep.kind == Sep::Hard) {
            if (expectEntry)
                return Unexpected<VectorParseError>{
                    emptyEntry(values.size() + 1, i,
                               values.empty() ? "the vector starts with a separator" : "two separators in a row")};
            expectEntry = true;
            i += sep.length;
        } else {
            std::size_t j = i;
            while (j < end && separatorAt(text, j).kind == Sep::None)
                ++j;
            const Token t{text.substr(i, j - i), i, values.size() + 1};
            if (values.size() == kMaxVectorEntries)
                return Unexpected<VectorParseError>{tooMany(text, t, j, end)};
            double v = 0.0;
            if (auto err = parseNumber(t, v))
                return Unexpected<VectorParseError>{std::move(*err)};
            values.push_back(v);
            expectEntry = false;
            i = j;
        }
    }
    if (values.empty())
        return Unexpected<VectorParseError>{wholeInputError(Kind::EmptyInput, "the vector is empty")};
    if (expectEntry)
        return Unexpected<VectorParseError>{emptyEntry(values.size() + 1, end, "the vector ends with a separator")};
    if (std::all_of(values.begin(), values.end(), [](double v) { return std::isinf(v); }))
        return Unexpected<VectorParseError>{wholeInputError(
            Kind::AllMasked, values.size() == 1
                                 ? std::string("the only entry is -inf (masked): it must be a finite number")
                                 : "all " + std::to_string(values.size()) +
                                       " entries are -inf (masked): at least one must be a finite number")};
    return Eigen::VectorXd(Eigen::Map<const Eigen::VectorXd>(values.data(), static_cast<Eigen::Index>(values.size())));
}

} // namespace actviz
