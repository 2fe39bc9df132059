// SPDX-License-Identifier: MIT
// InputText: why a typed vector or list of outcomes is not one, translated and naming the entry
// as the user typed it. Every view that takes typed input, the exporter, the lessons and the
// command line explain a bad input with the same sentence.
#pragma once

#include "likelihood.h"

#include <Eigen/Core>

#include <QCoreApplication>
#include <QString>

class InputText
{
    Q_DECLARE_TR_FUNCTIONS(InputText)
public:
    // Why text is not a vector of logits, or an empty string (and *parsed set) if it is one.
    [[nodiscard]] static QString vectorError(const QString &text, Eigen::VectorXd *parsed = nullptr);
    // Why text is not a list of 0/1 outcomes, or an empty string (and *counts set) if it is one.
    [[nodiscard]] static QString outcomesError(const QString &text, actviz::BernoulliCounts *counts = nullptr);
};
