// SPDX-License-Identifier: MIT
#include "text/coretext.h"

#include "activation.h"
#include "customactivation.h"

#include <QByteArray>

namespace {

// Every descriptor text of the registry that reads as English, for lupdate. Keep in step with
// core/activations_*.cpp; the translation test lists any text that is missing here.
[[maybe_unused]] constexpr const char *kDescriptorTexts[] = {
    QT_TRANSLATE_NOOP("CoreText", "Identity"),
    QT_TRANSLATE_NOOP("CoreText", "Binary step"),
    QT_TRANSLATE_NOOP("CoreText", "Sigmoid"),
    QT_TRANSLATE_NOOP("CoreText", "Tanh"),
    QT_TRANSLATE_NOOP("CoreText", "ReLU"),
    QT_TRANSLATE_NOOP("CoreText", "ReLU6"),
    QT_TRANSLATE_NOOP("CoreText", "Leaky ReLU"),
    QT_TRANSLATE_NOOP("CoreText", "PReLU"),
    QT_TRANSLATE_NOOP("CoreText", "RReLU (eval)"),
    QT_TRANSLATE_NOOP("CoreText", "ELU"),
    QT_TRANSLATE_NOOP("CoreText", "CELU"),
    QT_TRANSLATE_NOOP("CoreText", "SELU"),
    QT_TRANSLATE_NOOP("CoreText", "GELU"),
    QT_TRANSLATE_NOOP("CoreText", "GELU (tanh approx.)"),
    QT_TRANSLATE_NOOP("CoreText", "SiLU"),
    QT_TRANSLATE_NOOP("CoreText", "Swish"),
    QT_TRANSLATE_NOOP("CoreText", "Mish"),
    QT_TRANSLATE_NOOP("CoreText", "Softplus"),
    QT_TRANSLATE_NOOP("CoreText", "Softsign"),
    QT_TRANSLATE_NOOP("CoreText", "Hard sigmoid"),
    QT_TRANSLATE_NOOP("CoreText", "Hard swish"),
    QT_TRANSLATE_NOOP("CoreText", "Hard tanh"),
    QT_TRANSLATE_NOOP("CoreText", "Log-sigmoid"),
    QT_TRANSLATE_NOOP("CoreText", "Tanhshrink"),
    QT_TRANSLATE_NOOP("CoreText", "Softshrink"),
    QT_TRANSLATE_NOOP("CoreText", "Hardshrink"),
    QT_TRANSLATE_NOOP("CoreText", "Gaussian"),
    QT_TRANSLATE_NOOP("CoreText", "Arctan"),
    QT_TRANSLATE_NOOP("CoreText", "LeCun tanh"),
    QT_TRANSLATE_NOOP("CoreText", "Symmetric sigmoid"),
    QT_TRANSLATE_NOOP("CoreText", "Bent identity"),
    QT_TRANSLATE_NOOP("CoreText", "Log-log"),
    QT_TRANSLATE_NOOP("CoreText", "ISRU"),
    QT_TRANSLATE_NOOP("CoreText", "Squareplus"),
    QT_TRANSLATE_NOOP("CoreText", "Threshold"),
    QT_TRANSLATE_NOOP("CoreText", "Sinusoid"),
    QT_TRANSLATE_NOOP("CoreText", "Cosine"),
    QT_TRANSLATE_NOOP("CoreText", "Sinc"),
    QT_TRANSLATE_NOOP("CoreText", "Absolute value"),
    QT_TRANSLATE_NOOP("CoreText", "Sign"),
    QT_TRANSLATE_NOOP("CoreText", "Exponential"),
    QT_TRANSLATE_NOOP("CoreText", "everywhere"),
    QT_TRANSLATE_NOOP("CoreText", "1 if x ≥ 0, else 0"),
    QT_TRANSLATE_NOOP("CoreText", "0 (undefined at 0; 0 is returned)"),
    QT_TRANSLATE_NOOP("CoreText", "jump at 0: f(0) = 1; f' is 0 everywhere, 0 included"),
    QT_TRANSLATE_NOOP("CoreText", "1 if x > 0, else 0"),
    QT_TRANSLATE_NOOP("CoreText", "1 if 0 < x < 6, else 0"),
    QT_TRANSLATE_NOOP("CoreText", "x if x > 0, else αx"),
    QT_TRANSLATE_NOOP("CoreText", "1 if x > 0, else α"),
    QT_TRANSLATE_NOOP("CoreText", "negative slope"),
    QT_TRANSLATE_NOOP("CoreText", "x if x > 0, else αx (α learned in training)"),
    QT_TRANSLATE_NOOP("CoreText", "learned negative slope"),
    QT_TRANSLATE_NOOP("CoreText", "x if x ≥ 0, else s·x with s = (α + β)/2"),
    QT_TRANSLATE_NOOP("CoreText", "1 if x > 0, else s = (α + β)/2"),
    QT_TRANSLATE_NOOP("CoreText", "f'(0) = (α + β)/2 (evaluated as leaky_relu with that slope)"),
    QT_TRANSLATE_NOOP("CoreText", "lower bound of the random slope"),
    QT_TRANSLATE_NOOP("CoreText", "upper bound of the random slope"),
    QT_TRANSLATE_NOOP("CoreText", "x if x > 0, else α(e^x − 1)"),
    QT_TRANSLATE_NOOP("CoreText", "1 if x > 0, else α·e^x"),
    QT_TRANSLATE_NOOP("CoreText", "f'(0) = α (kink at 0 unless α = 1)"),
    QT_TRANSLATE_NOOP("CoreText", "negative saturation value"),
    QT_TRANSLATE_NOOP("CoreText", "1 if x > 0, else e^(x/α)"),
    QT_TRANSLATE_NOOP("CoreText", "f'(0) = 1: C¹ for every α"),
    QT_TRANSLATE_NOOP("CoreText", "λ·(x if x > 0, else a(e^x − 1)), λ ≈ 1.0507, a ≈ 1.6733"),
    QT_TRANSLATE_NOOP("CoreText", "λ if x > 0, else λ·a·e^x"),
    QT_TRANSLATE_NOOP("CoreText", "f'(0) = λ·a ≈ 1.7581 (the left branch)"),
    QT_TRANSLATE_NOOP("CoreText", "x → 0⁻ (and at 0)"),
    QT_TRANSLATE_NOOP("CoreText", "x·Φ(x), Φ the standard normal CDF"),
    QT_TRANSLATE_NOOP("CoreText", "sharpness (β = 1: SiLU; β → ∞: ReLU)"),
    QT_TRANSLATE_NOOP("CoreText", "sharpness (β → ∞: ReLU)"),
    QT_TRANSLATE_NOOP("CoreText", "1/6 if −3 < x < 3, else 0"),
    QT_TRANSLATE_NOOP("CoreText", "f'(−3) = −½ and f'(3) = 3/2 (the middle branch, as PyTorch)"),
    QT_TRANSLATE_NOOP("CoreText", "1 if −1 < x < 1, else 0"),
    QT_TRANSLATE_NOOP("CoreText", "x − λ if x > λ; x + λ if x < −λ; else 0 (λ = α)"),
    QT_TRANSLATE_NOOP("CoreText", "1 if |x| > λ, else 0"),
    QT_TRANSLATE_NOOP("CoreText", "threshold λ"),
    QT_TRANSLATE_NOOP("CoreText", "x if |x| > λ, else 0 (λ = α)"),
    QT_TRANSLATE_NOOP("CoreText", "jumps at ±λ: f(±λ) = 0, f'(±λ) = 0"),
    QT_TRANSLATE_NOOP("CoreText", "saturation (range ±1/√α)"),
    QT_TRANSLATE_NOOP("CoreText", "smooth for β > 0; for β = 0 (ReLU) f'(0) = ½"),
    QT_TRANSLATE_NOOP("CoreText", "curvature at 0 (β = 0: ReLU)"),
    QT_TRANSLATE_NOOP("CoreText", "x if x > α, else β"),
    QT_TRANSLATE_NOOP("CoreText", "1 if x > α, else 0"),
    QT_TRANSLATE_NOOP("CoreText", "jump at α unless α = β: f(α) = β, f'(α) = 0"),
    QT_TRANSLATE_NOOP("CoreText", "threshold"),
    QT_TRANSLATE_NOOP("CoreText", "replacement value"),
    QT_TRANSLATE_NOOP("CoreText", "jump at 0: f(0) = 0; f' is 0 everywhere, 0 included"),
    QT_TRANSLATE_NOOP("CoreText", "unbounded (x → ∞)"),
    QT_TRANSLATE_NOOP("CoreText", "sin x / x (1 at x = 0)"),
    QT_TRANSLATE_NOOP("CoreText", "(x cos x − sin x)/x² (0 at x = 0)"),
    QT_TRANSLATE_NOOP("CoreText", "sign(x) (0 at x = 0)"),
    QT_TRANSLATE_NOOP("CoreText", "−1, 0 or 1"),
    // core/activations_recent.cpp: the 2020s (issue 13).
    QT_TRANSLATE_NOOP("CoreText", "Sparse plus"),
    QT_TRANSLATE_NOOP("CoreText", "scale s (1/√1.25: unit variance)"),
    QT_TRANSLATE_NOOP("CoreText", "bias b (−s/2: zero mean)"),
    QT_TRANSLATE_NOOP("CoreText", "0 if x ≤ −1, (x + 1)²/4 if −1 < x < 1, x if x ≥ 1"),
    QT_TRANSLATE_NOOP("CoreText", "0 if x ≤ −1, (x + 1)/2 if −1 < x < 1, 1 if x ≥ 1"),
    QT_TRANSLATE_NOOP("CoreText", "scale α"),
    QT_TRANSLATE_NOOP("CoreText", "sharpness β"),
    QT_TRANSLATE_NOOP("CoreText", "steepness α (0.5 at initialisation)"),
    QT_TRANSLATE_NOOP("CoreText", "scale γ"),
    QT_TRANSLATE_NOOP("CoreText", "α·x² + x/2 if x > 0, else β·(eˣ − 1 − x) + x/2"),
    QT_TRANSLATE_NOOP("CoreText", "2α·x + ½ if x > 0, else β·(eˣ − 1) + ½"),
    QT_TRANSLATE_NOOP("CoreText", "positive curvature α_p"),
    QT_TRANSLATE_NOOP("CoreText", "negative scale α_n"),
    QT_TRANSLATE_NOOP("CoreText", "frequency α (ripples of period π/α)"),
    QT_TRANSLATE_NOOP("CoreText", "x = (π/4 + kπ)/α"),
    // core/customactivation: the parameters and kink convention of a typed formula.
    QT_TRANSLATE_NOOP("CoreText", "α in the formula"),
    QT_TRANSLATE_NOOP("CoreText", "β in the formula"),
    QT_TRANSLATE_NOOP("CoreText", "the branch the condition picks at a tie (max(0, x)′(0) = 1)"),
};

} // namespace

QString CoreText::text(std::string_view s)
{
    const QByteArray utf8(s.data(), static_cast<qsizetype>(s.size()));
    return QCoreApplication::translate("CoreText", utf8.constData());
}

QString CoreText::name(const actviz::Activation &a)
{
    if (const int slot = actviz::customSlotOf(a.id); slot >= 0)
        return tr("Custom %1").arg(slot + 1);
    return text(a.name);
}
