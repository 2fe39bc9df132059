// SPDX-License-Identifier: MIT
// NormExportOptions: the LayerNorm-vs-DyT view's options of `actviz export` — --outliers N,
// --dyt fit|A,G, and the view's share of --seed S. "--dyt fit" fits DyT to the batch the options
// finally draw, whichever order --seed, --outliers and --dyt come in.
#pragma once

#include "state/normsetup.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class NormExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(NormExportOptions)
public:
    // Applies opt to s: nullopt when opt is not this view's own (--seed, shared with the depth and
    // training views, is applied when valid and left to ViewExportOptions to check), an empty
    // string when applied, else why value is bad, naming it.
    [[nodiscard]] std::optional<QString> apply(const QString &opt, const QString &value, NormSetup &s);

private:
    bool m_fit = false; // --dyt fit was given last: fit again whenever the batch changes
};
