// SPDX-License-Identifier: MIT
#include "text/normtext.h"

QString NormText::number(double v, int digits)
{
    return QString::number(v, 'g', digits).replace(QLatin1Char('-'), QChar(0x2212));
}

QString NormText::title(int tokens, int channels)
{
    return tr("LayerNorm of %1 tokens × %2 channels, and DyT γ·tanh(αx)").arg(tokens).arg(channels);
}

QString NormText::inputAxis()
{
    return tr("input x");
}

QString NormText::outputAxis()
{
    return tr("LayerNorm output");
}

QString NormText::tokenGroup(double lo, double hi, bool first)
{
    // Only the first names what the numbers are: the legend would not fit a figure otherwise.
    const QString range = QStringLiteral("%1–%2").arg(number(lo, 2), number(hi, 2));
    return first ? tr("token scale %1").arg(range) : range;
}

QString NormText::curve(double alpha, double gamma)
{
    return tr("DyT: α = %1, γ = %2").arg(number(alpha, 3), number(gamma, 3));
}

QString NormText::readoutHtml(double residual, double fitResidual, double fitAlpha, double fitGamma, double outputRms)
{
    return tr("Residual RMS of DyT against LayerNorm: <b>%1</b> &nbsp; (least squares: %2 at α = %3, γ = %4; "
              "LayerNorm’s output has RMS %5)")
        .arg(number(residual), number(fitResidual), number(fitAlpha), number(fitGamma), number(outputRms));
}

QString NormText::noteHtml(int outliers)
{
    const QString outlierText =
        outliers > 0
            ? tr("Outlier channels (%1 here) carry large values of a fixed sign in every token (the “massive "
                 "activations” of trained transformers): they inflate each token’s σ, so the rest of the token is "
                 "squeezed towards 0 while the outliers land far out on flat shoulders.")
                  .arg(outliers)
            : tr("Without outlier channels the S comes from the tokens’ different scales alone.");
    return tr("<p><b>LayerNorm beside DyT</b> (Zhu et al. 2025, “Transformers without Normalization”): LayerNorm "
              "maps each token to (x − μ)/√(σ² + ε), a <i>straight line</i> of slope 1/σ per token. Each colour "
              "here is a group of tokens. Tokens with a large scale have a large σ and a flat line, and only they "
              "reach large |x|; so far out, the points lie low, and the union of all lines bends like an S. %1</p>"
              "<p>DyT replaces LayerNorm by γ·tanh(αx) elementwise, with no statistics over the token: "
              "<b>Fit</b> chooses α and γ by least squares. The curve follows the outline, not each token’s line: "
              "the residual is what a token-wise normalisation knows and an elementwise function cannot.</p>")
        .arg(outlierText);
}
