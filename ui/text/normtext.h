// SPDX-License-Identifier: MIT
// NormText: the words of the LayerNorm-vs-DyT view and of its exported figure — the chart's title,
// axes and legend, the read-out of the fit and the view's teaching note.
#pragma once

#include <QCoreApplication>
#include <QString>

class NormText
{
    Q_DECLARE_TR_FUNCTIONS(NormText)
public:
    [[nodiscard]] static QString title(int tokens, int channels);
    [[nodiscard]] static QString inputAxis();
    [[nodiscard]] static QString outputAxis();
    // One colour of the scatter (in the legend): the tokens whose scale lies from lo to hi,
    // "token scale 0.27–0.62" for the first group, "0.62–0.92" for the others.
    [[nodiscard]] static QString tokenGroup(double lo, double hi, bool first);
    // The DyT curve in the legend, with its α and γ.
    [[nodiscard]] static QString curve(double alpha, double gamma);
    // The residual RMS of the current α, γ and of the best fit (rich text).
    [[nodiscard]] static QString readoutHtml(double residual, double fitResidual, double fitAlpha, double fitGamma,
                                             double outputRms);
    // The teaching note: why the union of LayerNorm's straight lines looks like tanh.
    [[nodiscard]] static QString noteHtml(int outliers);
    // A number as the view writes it: 4 significant digits (or as many as asked), a real minus sign.
    [[nodiscard]] static QString number(double v, int digits = 4);
};
