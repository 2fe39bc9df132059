// SPDX-License-Identifier: MIT
#include "text/gatedtext.h"

#include "registry.h"

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString number(double v)
{
    return QString::number(v, 'g', 6).replace(QLatin1Char('-'), QChar(0x2212));
}

// The gate g as written in the formulas: σ, SiLU, GELU, max(0, ·) … from the unit's formula,
// which is "g(a)·b" (Bilinear: "a·b").
QString gate(const actviz::GatedUnit &unit)
{
    const QString f = text(unit.formula);
    return f.left(f.lastIndexOf(QStringLiteral("·b")));
}

// g′(a): σ′(a), SiLU′(a), max(0, a)′ reads badly, so ReLU′(a); Bilinear: 1.
QString gatePrime(const actviz::GatedUnit &unit)
{
    if (unit.gateId == "identity")
        return QStringLiteral("1");
    if (unit.gateId == "relu")
        return QStringLiteral("ReLU′(a)");
    QString g = gate(unit);
    return g.insert(g.indexOf(QLatin1Char('(')), QChar(0x2032));
}

} // namespace

QString GatedText::name(const actviz::GatedUnit &unit)
{
    // GLU, ReGLU, GeGLU and SwiGLU are names; "bilinear" is a word.
    return unit.id == "bilinear" ? tr("Bilinear") : text(unit.name);
}

QString GatedText::title(const actviz::GatedUnit &unit, Quantity q)
{
    switch (q) {
    case Quantity::Value:
        return QStringLiteral("%1: f = %2").arg(name(unit), text(unit.formula));
    case Quantity::DfDa:
        return unit.gateId == "identity" ? QStringLiteral("∂f/∂a = b") : QStringLiteral("∂f/∂a = %1·b").arg(gatePrime(unit));
    case Quantity::DfDb:
        return QStringLiteral("∂f/∂b = %1").arg(gate(unit));
    }
    return {};
}

QString GatedText::choice(const actviz::GatedUnit &unit)
{
    return QStringLiteral("%1 — %2").arg(name(unit), text(unit.formula));
}

QString GatedText::regionName(actviz::GatedRegion region)
{
    switch (region) {
    case actviz::GatedRegion::Live:
        return tr("both inputs learn");
    case actviz::GatedRegion::GateSaturated:
        return tr("the gate is saturated: only b learns");
    case actviz::GatedRegion::Dead:
        return tr("dead: neither input learns");
    }
    return {};
}

QString GatedText::legendHtml(double epsilon)
{
    return tr("<b>▨</b> gate saturated: |∂f/∂a| &lt; ε, the gate input a gets no gradient &nbsp; "
              "<b>▩</b> dead: |∂f/∂a| and |∂f/∂b| &lt; ε &nbsp; (ε = %1)")
        .arg(number(epsilon));
}

QString GatedText::readoutHtml(const actviz::GatedUnit &unit, double a, double b, double epsilon)
{
    const actviz::GatedPoint p = actviz::evaluateGated(unit, a, b);
    return tr("a = %1, b = %2: &nbsp; <i>f</i> = %3 &nbsp; ∂<i>f</i>/∂a = %4 &nbsp; ∂<i>f</i>/∂b = %5 &nbsp; — %6")
        .arg(number(a), number(b), number(p.f), number(p.dfda), number(p.dfdb),
             regionName(actviz::classifyGated(p, epsilon)));
}

QString GatedText::noteHtml(const actviz::GatedUnit &unit)
{
    return tr("<p><b>%1</b> (%2): the feed-forward block of a transformer splits its hidden vector into a gate "
              "<i>a</i> and a value <i>b</i> and outputs <i>f</i>(a, b) = %3. The unit has two inputs, so one curve "
              "cannot show it: the maps colour <i>f</i> and its two partial derivatives over the square, red above 0 "
              "and blue below.</p>"
              "<p>∂<i>f</i>/∂b = g(a) is how much of the value passes; ∂<i>f</i>/∂a = g′(a)·b is the gate’s own "
              "gradient, which vanishes where g saturates and along b = 0, where there is nothing to gate. ReGLU "
              "is dead for every a &lt; 0; GLU saturates on both sides; GeGLU and SwiGLU let a little gradient "
              "through for a &lt; 0.</p>"
              "<p>Mind the order: PyTorch’s <code>torch.nn.functional.glu(x)</code> splits x into halves "
              "(first, second) and returns first·σ(second), the gate second.</p>")
        .arg(name(unit), text(unit.citation), text(unit.formula).toHtmlEscaped());
}
