// SPDX-License-Identifier: MIT
#include "exprnames.h"

#include <algorithm>
#include <vector>

namespace actviz {

namespace {

// Levenshtein distance in bytes (the names are ASCII or one two-byte letter).
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

} // namespace

std::string_view nearestExprName(std::string_view name)
{
    std::size_t best = 3;
    std::string_view suggestion;
    for (const ExprName &n : kExprNames) {
        const std::size_t d = editDistance(name, n.name);
        if (d < best && d < std::max<std::size_t>(n.name.size(), 2)) {
            best = d;
            suggestion = n.name;
        }
    }
    return suggestion;
}

} // namespace actviz
