// SPDX-License-Identifier: MIT
#include "text/readouttext.h"

#include "activationstats.h"
#include "registry.h"
#include "text/coretext.h"
#include "text/inputtext.h"
#include "text/precisionnames.h"

#include <cmath>

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 5);
}

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'g', 4) + QStringLiteral(" %");
}

// A probability that may be far below the smallest double: written from its logarithm.
QString fromLog(double value, double logValue)
{
    if (value > 0 || !std::isfinite(logValue))
        return QString::number(value, 'g', 10);
    const double decimal = logValue / std::log(10.0);
    const double exponent = std::floor(decimal);
    return QStringLiteral("%1·10<sup>%2</sup>")
        .arg(QString::number(std::pow(10.0, decimal - exponent), 'f', 4))
        .arg(static_cast<qint64>(exponent));
}

QString value(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(v, 'g', 6);
}

} // namespace

QString ReadoutText::likelihoodHtml(const actviz::BernoulliCounts &counts, double p)
{
    const double logL = actviz::logLikelihood(counts, p);
    const double logB = actviz::logBinomialProbability(counts, p);
    const qint64 n = counts.trials;
    const qint64 k = counts.successes;
    return tr("n = %1 trials, k = %2 successes, maximum at p = k/n = <b>%3</b><br>"
              "At p = <b>%4</b>: L(p) = p<sup>%2</sup>(1 − p)<sup>%5</sup> = <b>%6</b> · ln L(p) = <b>%7</b> · "
              "P(%2 successes in %1 trials) = C(%1, %2)·L(p) = <b>%8</b>")
        .arg(n)
        .arg(k)
        .arg(QString::number(actviz::maximumLikelihood(counts), 'g', 10))
        .arg(QString::number(p, 'g', 6))
        .arg(n - k)
        .arg(fromLog(actviz::likelihood(counts, p), logL))
        .arg(QString::number(logL, 'g', 10))
        .arg(fromLog(actviz::binomialProbability(counts, p), logB));
}

QString ReadoutText::activationStatsHtml(const QString &id, const actviz::Params &params, double sigma, double epsilon)
{
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    if (!a)
        return tr("No function is selected.");
    const auto stats = actviz::activationStats(*a, params, sigma, epsilon);
    const QString name = CoreText::name(*a).toHtmlEscaped();
    if (!stats)
        return tr("<b>%1</b>: the statistics cannot be computed (%2).")
            .arg(name, QString::fromStdString(stats.error()).toHtmlEscaped());
    const actviz::ActivationStats &s = stats.value();
    QString rows;
    auto row = [&rows](const QString &key, const QString &value, const QString &why) {
        rows += QStringLiteral("<tr><td style='padding-right:10px'>%1</td><td align='right' style='padding-right:10px'>"
                               "<b>%2</b></td><td style='color:gray'>%3</td></tr>")
                    .arg(key, value, why);
    };
    row(tr("E[<i>f</i>(<i>X</i>)]"), number(s.mean), tr("0 for a zero-centred output"));
    row(tr("Var[<i>f</i>(<i>X</i>)]"), number(s.variance), QString());
    row(tr("E[<i>f</i>(<i>X</i>)²]"), number(s.meanSquare), tr("carried to the next layer"));
    row(tr("E[<i>f</i>′(<i>X</i>)]"), number(s.meanDerivative), QString());
    row(tr("E[<i>f</i>′(<i>X</i>)²]"), number(s.meanSquareDerivative), tr("scales the gradient² per layer"));
    row(tr("dead, <i>f</i>′ = 0"), percent(s.deadFraction), tr("of the inputs"));
    row(tr("saturated, |<i>f</i>′| &lt; ε"), percent(s.saturatedFraction), tr("ε = %1").arg(number(epsilon)));
    // A layer with weights of variance g²/fan_in keeps E[z²] = σ² forward when g² E[f(X)²] = σ²
    // and keeps the gradient's scale backward when g² E[f′(X)²] = 1: He's √2 for relu.
    if (s.meanSquare > 0 && std::isfinite(s.meanSquare))
        row(tr("forward gain σ/√E[<i>f</i>²]"), number(sigma / std::sqrt(s.meanSquare)), tr("keeps Var[z] = σ²"));
    if (s.meanSquareDerivative > 0 && std::isfinite(s.meanSquareDerivative))
        row(tr("backward gain 1/√E[<i>f</i>′²]"), number(1.0 / std::sqrt(s.meanSquareDerivative)),
            tr("keeps the gradient's scale"));
    const QString method = s.method == actviz::StatsMethod::GaussHermite
                               ? tr("Gauss–Hermite quadrature, 100 nodes")
                               : tr("adaptive Gauss–Kronrod between the kinks");
    return tr("<b>%1</b> with <i>X</i> ~ N(0, %2²)<table style='margin-top:4px'>%3</table>"
              "<p style='color:gray; margin-top:4px'>%4.</p>")
        .arg(name, number(sigma), rows, method);
}

QString ReadoutText::naiveSoftmaxHtml(const QString &vectorText, actviz::Precision precision)
{
    Eigen::VectorXd z;
    if (!InputText::vectorError(vectorText, &z).isEmpty())
        return {};
    const auto r = actviz::naiveSoftmax(z, precision);
    if (!r)
        return {};
    const actviz::NaiveSoftmax &s = r.value();
    const QString name = PrecisionNames::name(precision);
    int failing = 0;
    for (const actviz::NaiveStatus st : s.status)
        failing += st != actviz::NaiveStatus::Ok ? 1 : 0;
    QString html = tr("<b>Naive softmax</b> e<sup>z<sub>i</sub></sup> / Σ e<sup>z<sub>j</sub></sup> in %1, "
                      "without subtracting max z (temperature 1): %2 of %3 entries wrong")
                       .arg(name)
                       .arg(failing)
                       .arg(z.size());
    if (z.size() > kMaxNaiveListed)
        return html;
    QString rows;
    for (Eigen::Index i = 0; i < z.size(); ++i) {
        const actviz::NaiveStatus st = s.status[static_cast<size_t>(i)];
        // The naive value in the colour of its failure; the failure named unless the value says it.
        QString naive = value(s.naive[i]);
        if (st != actviz::NaiveStatus::Ok) {
            if (st != actviz::NaiveStatus::NaN)
                naive += QStringLiteral(" (%1)").arg(naiveStatusName(st));
            naive = QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                        .arg(naiveStatusColor(st).darker(130).name(), naive);
        }
        rows += tr("<tr><td>z%1 = %2</td><td style='padding-left:16px'>stable: %3</td>"
                   "<td style='padding-left:16px'>naive: %4</td></tr>")
                    .arg(i + 1)
                    .arg(value(z[i]), value(s.stable[i]), naive);
    }
    return html + QStringLiteral("<table>%1</table>").arg(rows);
}

QString ReadoutText::naiveStatusName(actviz::NaiveStatus status)
{
    switch (status) {
    case actviz::NaiveStatus::Overflow:
        return tr("overflow to ∞");
    case actviz::NaiveStatus::NaN:
        return tr("NaN");
    case actviz::NaiveStatus::Underflow:
        return tr("underflow to 0");
    case actviz::NaiveStatus::PrecisionLoss:
        return tr("digits lost");
    case actviz::NaiveStatus::Ok:
        break;
    }
    return tr("fine");
}

QColor ReadoutText::naiveStatusColor(actviz::NaiveStatus status)
{
    // Okabe–Ito, apart from the curves' first three colours where possible.
    switch (status) {
    case actviz::NaiveStatus::Overflow:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case actviz::NaiveStatus::NaN:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case actviz::NaiveStatus::Underflow:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case actviz::NaiveStatus::PrecisionLoss:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case actviz::NaiveStatus::Ok:
        break;
    }
    return QColor(Qt::gray);
}
