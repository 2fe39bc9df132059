// SPDX-License-Identifier: MIT
// Message building for the command line. One append per part, which also keeps GCC 12
// away from its false -Wrestrict alarm on `"literal" + std::string` (GCC bug 105329).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace actviz::cli {

[[nodiscard]] inline std::string concat(std::initializer_list<std::string_view> parts)
{
    std::string out;
    std::size_t size = 0;
    for (std::string_view p : parts)
        size += p.size();
    out.reserve(size);
    for (std::string_view p : parts)
        out.append(p);
    return out;
}

// s cut after about 60 bytes (at a character boundary) with "…": a pasted vector of 60 000
// entries must not come back as a 120 KB message that hides the reason at its end.
[[nodiscard]] inline std::string shortened(std::string_view s)
{
    constexpr std::size_t kMax = 60;
    if (s.size() <= kMax)
        return std::string(s);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) // not inside a UTF-8 sequence
        --cut;
    return concat({s.substr(0, cut), "…"});
}

// s as a message can show it: control bytes (a NUL would end the message, an escape sequence
// would drive the terminal) as \xNN.
[[nodiscard]] inline std::string visible(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != 0x7F) {
            out += c;
            continue;
        }
        constexpr char kHex[] = "0123456789abcdef";
        out += "\\x";
        out += kHex[u >> 4];
        out += kHex[u & 0xF];
    }
    return out;
}

// A user's text in a message: shortened, visible, quoted.
[[nodiscard]] inline std::string quoted(std::string_view s)
{
    return concat({"'", visible(shortened(s)), "'"});
}

} // namespace actviz::cli
