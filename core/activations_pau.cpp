// SPDX-License-Identifier: MIT
// The Padé Activation Unit (Molina, Schramowski & Kersting, ICLR 2020) in the 2020s group: a
// rational function whose ten coefficients are the parameters (core/pau.h), not α and β.
#include "pau.h"
#include "pau_internal.h"
#include "registry.h"

#include <array>

namespace actviz {

namespace {

constexpr ParamSpec kNoParam{};

double pauF(double x, const Params &)
{
    return pau_detail::value(x, pau_detail::localPrepared());
}
double pauDf(double x, const Params &)
{
    return pau_detail::derivative(x, pau_detail::localPrepared());
}
// One look at the coefficients per array, not per element.
void pauFArray(const Eigen::ArrayXd &x, const Params &, Eigen::ArrayXd &out)
{
    const pau_detail::Prepared local = pau_detail::localPrepared();
    out.resize(x.size());
    for (Eigen::Index i = 0; i < x.size(); ++i)
        out[i] = pau_detail::value(x[i], local);
}
void pauDfArray(const Eigen::ArrayXd &x, const Params &, Eigen::ArrayXd &out)
{
    const pau_detail::Prepared local = pau_detail::localPrepared();
    out.resize(x.size());
    for (Eigen::Index i = 0; i < x.size(); ++i)
        out[i] = pau_detail::derivative(x[i], local);
}
std::vector<Kink> pauKinkPoints(const Params &)
{
    return pauKinks(pau_detail::localPrepared().c);
}

// Properties at the default coefficients (mpmath): f′ < 0 on about (−2.18, −0.23), where the fit
// dips below leaky ReLU's −0.01·x; f ~ (a5/|b4|)·x ≈ 0.505·x at both ends.
const std::array kPau = {
    Activation{
        .id = "pau",
        .name = "PAU",
        .group = Group::Recent,
        .formula = "(a0 + a1x + … + a5x⁵) / (1 + |b1x + … + b4x⁴|)",
        .derivativeFormula = "(P′Q − P·sign(S)·S′)/Q², S = b1x + … + b4x⁴",
        .formulaLatex = R"(\frac{\sum_{i=0}^{5} a_i x^i}{1 + \left|\sum_{k=1}^{4} b_k x^k\right|})",
        .derivativeLatex = R"(\frac{P'(x)\,Q(x) - P(x)\,\operatorname{sign}(S(x))\,S'(x)}{Q(x)^2})",
        .params = {kNoParam, kNoParam},
        .f = pauF, .df = pauDf,
        .fArray = pauFArray, .dfArray = pauDfArray,
        .kinks = pauKinkPoints,
        .kinkConvention = "S(x) = 0: f'(x) = P'(x)/Q(x), sign(0) = 0",
        .properties = {.range = "(−∞, ∞)", .monotonic = false, .zeroCentred = false, .smooth = false,
                       .maxAbsDerivative = 1.0692299376887496, .maxAbsDerivativeAt = 0.3597373405401536,
                       .maxAbsDerivativeWhere = "x ≈ 0.3597"},
    },
};

} // namespace

std::span<const Activation> pauActivations() { return kPau; }

} // namespace actviz
