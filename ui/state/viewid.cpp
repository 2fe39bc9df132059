// SPDX-License-Identifier: MIT
#include "state/viewid.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<ViewId, const char *>, 9> kNames = {{
    {ViewId::Functions, "functions"},
    {ViewId::Softmax, "softmax"},
    {ViewId::Depth, "depth"},
    {ViewId::Compare, "compare"},
    {ViewId::Loss, "loss"},
    {ViewId::Likelihood, "likelihood"},
    {ViewId::Training, "training"},
    {ViewId::Gated, "gated"},
    {ViewId::Norm, "norm"},
}};

} // namespace

QString viewName(ViewId view)
{
    for (const auto &[id, name] : kNames)
        if (id == view)
            return QString::fromLatin1(name);
    return QString::fromLatin1(kNames.front().second);
}

std::optional<ViewId> viewFromName(const QString &name)
{
    for (const auto &[id, n] : kNames)
        if (name == QLatin1String(n))
            return id;
    return std::nullopt;
}

QStringList viewNames()
{
    QStringList names;
    for (const auto &entry : kNames)
        names.append(QString::fromLatin1(entry.second));
    return names;
}
