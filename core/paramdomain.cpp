// SPDX-License-Identifier: MIT
#include "paramdomain.h"

#include <charconv>
#include <cmath>
#include <string>

namespace actviz {

namespace {

std::string shortest(double v)
{
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

} // namespace

Result<std::monostate> checkParams(const Activation &f, const Params &p)
{
    const double values[] = {p.alpha, p.beta};
    const char *names[] = {"alpha", "beta"};
    for (int k = 0; k < 2; ++k) {
        const ParamSpec &spec = f.params[k];
        if (!spec.used)
            continue;
        if (!std::isfinite(values[k]) || (spec.inDomain && !spec.inDomain(values[k])))
            return fail(std::string(names[k]) + " = " + shortest(values[k]) + " is outside the domain of "
                        + std::string(f.id)
                        + (spec.domain.empty() ? std::string(" (any finite number)")
                                               : " (" + std::string(spec.domain) + ")"));
    }
    return std::monostate{};
}

} // namespace actviz
