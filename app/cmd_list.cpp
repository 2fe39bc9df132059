// SPDX-License-Identifier: MIT
// actviz list [--json]: the registry as an aligned table or as JSON.
#include "commands.h"
#include "numbertext.h"
#include "registry.h"
#include "messagetext.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>

namespace actviz::cli {

namespace {

constexpr std::array<std::string_view, 2> kParamNames{"alpha", "beta"};

// Columns are aligned by characters on screen, not bytes (names may hold α, β, –).
std::size_t displayWidth(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void appendPadded(std::string &out, std::string_view s, std::size_t width)
{
    out += s;
    out.append(width - std::min(width, displayWidth(s)) + 2, ' ');
}

std::string parameterSummary(const Activation &a)
{
    std::string text;
    for (std::size_t i = 0; i < a.params.size(); ++i) {
        const ParamSpec &p = a.params[i];
        if (!p.used)
            continue;
        if (!text.empty())
            text += "; ";
        text += concat(
            {kParamNames[i], "=", numberText(p.defaultValue), " [", numberText(p.min), ", ", numberText(p.max), "]"});
        if (!p.meaning.empty())
            text += concat({" ", p.meaning});
    }
    return text;
}

std::string table()
{
    std::size_t idWidth = 2;
    std::size_t nameWidth = 4;
    for (const Activation &a : registry()) {
        idWidth = std::max(idWidth, displayWidth(a.id));
        nameWidth = std::max(nameWidth, displayWidth(a.name));
    }
    std::string out;
    appendPadded(out, "ID", idWidth);
    appendPadded(out, "NAME", nameWidth);
    out += "PARAMETERS (default [slider range])\n";
    for (const Activation &a : registry()) {
        appendPadded(out, a.id, idWidth);
        appendPadded(out, a.name, nameWidth);
        out += parameterSummary(a);
        while (out.back() == ' ')
            out.pop_back();
        out += '\n';
    }
    return out;
}

std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", u);
            out += escape;
        } else {
            out += c; // UTF-8 passes through: JSON text is Unicode
        }
    }
    out += '"';
    return out;
}

// JSON has no inf or nan.
std::string jsonNumber(double x)
{
    return std::isfinite(x) ? numberText(x) : "null";
}

std::string json()
{
    std::string out = "[";
    bool firstFunction = true;
    for (const Activation &a : registry()) {
        out += firstFunction ? "\n" : ",\n";
        firstFunction = false;
        out += concat({"  {\"id\": ", jsonString(a.id), ", \"name\": ", jsonString(a.name), ", \"parameters\": ["});
        bool firstParam = true;
        for (std::size_t i = 0; i < a.params.size(); ++i) {
            const ParamSpec &p = a.params[i];
            if (!p.used)
                continue;
            out += firstParam ? "" : ", ";
            firstParam = false;
            out += concat({"{\"name\": ", jsonString(kParamNames[i]), ", \"default\": ", jsonNumber(p.defaultValue),
                           ", \"min\": ", jsonNumber(p.min), ", \"max\": ", jsonNumber(p.max), "}"});
        }
        out += "]}";
    }
    out += firstFunction ? "]\n" : "\n]\n";
    return out;
}

} // namespace

int runList(const ListCommand &command)
{
    return printOutput("list", command.json ? json() : table());
}

} // namespace actviz::cli
