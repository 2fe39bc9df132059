// SPDX-License-Identifier: MIT
// The Padé Activation Unit (Molina, Schramowski & Kersting, ICLR 2020, arXiv 1907.06732), in
// its "safe" form f(x) = P(x)/Q(x), P = a0 + a1·x + … + a5·x⁵, Q = 1 + |b1·x + … + b4·x⁴|.
// Its ten coefficients are the parameters (α and β are unused): an Activation carries only α, β
// and plain function pointers, so the coefficients are process-wide state here. Every thread
// evaluates with its own copy, refreshed when setPauCoefficients changes them (a generation
// counter, as core/customactivation does), so the depth and training worker threads never race
// the GUI thread that edits them.
#pragma once

#include "activation.h"
#include "result.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace actviz {

struct PauCoefficients {
    std::array<double, 6> a{}; // numerator a0 … a5
    std::array<double, 4> b{}; // denominator b1 … b4 (Q = 1 + |b1·x + … + b4·x⁴|)
    friend bool operator==(const PauCoefficients &, const PauCoefficients &) = default;
};

// A coefficient's magnitude is at most this: the double-double sums of the evaluation cannot
// overflow, and a teacher has no use for more.
inline constexpr double kPauCoefficientLimit = 1e100;

// The initialisation of the PAU authors' code (ml-research/pau, pau/cuda/python_imp/Pade.py,
// get_constants_for_inits("pade_optimized_leakyrelu")): their least-squares fit of leaky ReLU
// (slope 0.01) on [−3, 3], as published there to nine digits; these doubles are those decimals.
inline constexpr PauCoefficients kDefaultPauCoefficients{
    {3.35583603e-02, 5.05000375e-01, 1.65343934e+00, 2.01001052e+00, 9.31901999e-01, 1.52424124e-01},
    {3.30847488e-06, 3.98021568e+00, 5.12471206e-07, 3.01830109e-01},
};

// The coefficients every thread evaluates "pau" with from its next call on. Refused (false,
// nothing changed) unless every coefficient is finite with |c| ≤ kPauCoefficientLimit.
bool setPauCoefficients(const PauCoefficients &c);
[[nodiscard]] PauCoefficients pauCoefficients();
[[nodiscard]] bool pauCoefficientsValid(const PauCoefficients &c);

// f and f′ at explicit coefficients (the registry's "pau" calls these with this thread's copy).
// f′ = (P′Q − P·Q′)/Q² with Q′ = sign(S)·S′, S = b1·x + … + b4·x⁴, and sign(0) = 0 (PyTorch's
// abs′): at a kink f′ is P′/Q.
[[nodiscard]] double pauValue(double x, const PauCoefficients &c);
[[nodiscard]] double pauDerivative(double x, const PauCoefficients &c);

// Where f has a corner: the simple real roots r of S with P(r) ≠ 0 (Q = 1 + |S| has a corner
// where S changes sign; the jump of f′ there is 2·P(r)·S′(r)/Q²). x = 0 when b1 ≠ 0 and a0 ≠ 0;
// the others are the roots of the cubic S/x, found by bisection to adjacent doubles. Sorted.
[[nodiscard]] std::vector<Kink> pauKinks(const PauCoefficients &c);

// The turning points of f′ (zeros of f″) between the kinks, sorted: on each side of a kink
// Q = 1 ± S is a polynomial, so f″ = T/Q³ with T of degree ≤ 11, whose real roots are found by
// bisection between the roots of its derivatives. For the saturation finder's cuts.
[[nodiscard]] std::vector<double> pauTurningPoints(const PauCoefficients &c);

// f′ is 0 on a whole interval: P is a constant multiple of 1 + S or of 1 − S (f is constant on
// the pieces where S has that sign), e.g. P ≡ 0.
[[nodiscard]] bool pauCanBeDead(const PauCoefficients &c);

// "a0,a1,a2,a3,a4,a5/b1,b2,b3,b4" (spaces allowed, numbers as core/numberparse.h reads them).
// Errors name the bad token, e.g. "'x' is not a number", "the numerator needs 6 coefficients,
// got 5".
[[nodiscard]] Result<PauCoefficients> parsePauCoefficients(std::string_view text);
// The same text back, each number as its shortest round-trip form.
[[nodiscard]] std::string pauCoefficientsText(const PauCoefficients &c);

} // namespace actviz
