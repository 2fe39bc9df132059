// SPDX-License-Identifier: MIT
// ReadoutText: the rich-text read-outs that a panel shows and an exported figure prints the
// same way — the likelihood at p, the statistics of f(X) for Gaussian X, the naive softmax beside
// the stable one — and the names and colours of the naive formulas' failures.
#pragma once

#include "activation.h"
#include "likelihood.h"
#include "naivenumerics.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class ReadoutText
{
    Q_DECLARE_TR_FUNCTIONS(ReadoutText)
public:
    // More softmax entries than this are summarised (how many fail, and how) instead of listed.
    static constexpr int kMaxNaiveListed = 12;

    // The read-out for counts at p: L(p) to 10 significant digits (L(0.2) = 0.0016777216 for the
    // default outcomes), ln L(p), and C(n, k) p^k (1 − p)^(n−k).
    [[nodiscard]] static QString likelihoodHtml(const actviz::BernoulliCounts &counts, double p);
    // What f does to X ~ N(0, σ²) as a table (also the exported depth figure's text), or the
    // reason it cannot be computed.
    [[nodiscard]] static QString activationStatsHtml(const QString &id, const actviz::Params &params, double sigma,
                                                     double epsilon);
    // The naive softmax beside the stable one for a vector as typed (empty if it does not parse).
    [[nodiscard]] static QString naiveSoftmaxHtml(const QString &vectorText, actviz::Precision precision);

    // How a naive formula's failure reads ("overflow to ∞") and its colour, in bands and text.
    [[nodiscard]] static QString naiveStatusName(actviz::NaiveStatus status);
    [[nodiscard]] static QColor naiveStatusColor(actviz::NaiveStatus status);
};
