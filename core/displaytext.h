// SPDX-License-Identifier: MIT
// A user's text as a message shows it, for every layer that writes one (the command line, the
// formula parser): cut short at a UTF-8 character boundary, and with the bytes that would act
// on a terminal rather than print written as \xNN.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace actviz {

// s cut after about maxBytes (at a character boundary) with "…": a pasted vector of 60 000
// entries must not come back as a 120 KB message that hides the reason at its end.
[[nodiscard]] inline std::string shortened(std::string_view s, std::size_t maxBytes = 60)
{
    if (s.size() <= maxBytes)
        return std::string(s);
    const auto continuation = [&](std::size_t i) { return (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; };
    // Back to the start of a UTF-8 sequence, at most 3 bytes back (in bytes that are no UTF-8
    // at all, the cut stays: visible() shows them as \xNN).
    std::size_t cut = maxBytes;
    for (int k = 0; k < 3 && cut > 0 && continuation(cut); ++k)
        --cut;
    if (continuation(cut))
        cut = maxBytes;
    return std::string(s.substr(0, cut)).append("…");
}

// The length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0.
[[nodiscard]] inline std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char lead = b(0);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
    if (n == 0 || i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((b(k) & 0xC0) != 0x80)
            return 0;
    if ((lead == 0xE0 && b(1) < 0xA0) || (lead == 0xED && b(1) > 0x9F) || (lead == 0xF0 && b(1) < 0x90) ||
        (lead == 0xF4 && b(1) > 0x8F))
        return 0;
    return n;
}

// s as a message can show it: control bytes (a NUL would end the message, an escape sequence
// would drive the terminal), the C1 controls U+0080–U+009F (U+009B starts one too) and bytes
// that are no UTF-8 as \xNN; newlines and tabs stay when `lines` is set.
[[nodiscard]] inline std::string visible(std::string_view s, bool lines = false)
{
    std::string out;
    out.reserve(s.size());
    const auto escape = [&out](unsigned char u) {
        constexpr char kHex[] = "0123456789abcdef";
        out += "\\x";
        out += kHex[u >> 4];
        out += kHex[u & 0xF];
    };
    for (std::size_t i = 0; i < s.size();) {
        const auto u = static_cast<unsigned char>(s[i]);
        const std::size_t n = utf8Length(s, i);
        const bool control = n == 1 ? (u < 0x20 || u == 0x7F) && !(lines && (u == '\n' || u == '\t'))
                                    : n == 2 && u == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;
        if (n == 0 || control) {
            for (std::size_t k = 0; k < std::max<std::size_t>(n, 1); ++k)
                escape(static_cast<unsigned char>(s[i + k]));
            i += std::max<std::size_t>(n, 1);
            continue;
        }
        out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

} // namespace actviz
