// SPDX-License-Identifier: MIT
// The views of the window, one tab each, and their names on the command line
// (`actviz export --view NAME`) and in saved settings.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

enum class ViewId { Functions, Softmax, Depth, Compare, Loss, Likelihood, Training, Gated, Norm };

// "functions", "softmax", "depth", "compare", "loss", "likelihood", "training", "gated", "norm": not
// translated, they are identifiers.
[[nodiscard]] QString viewName(ViewId view);
[[nodiscard]] std::optional<ViewId> viewFromName(const QString &name);
[[nodiscard]] QStringList viewNames();
