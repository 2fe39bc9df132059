// SPDX-License-Identifier: MIT
// PAU's evaluation at prepared coefficients, shared by core/pau.cpp (f, f′, the coefficients'
// state), core/pau_roots.cpp (kinks, turning points) and the registry's descriptor. Internal to
// core/.
#pragma once

#include "numerics.h"
#include "pau.h"

#include <array>

namespace actviz::pau_detail {

using num::DD;

// The coefficients with what every evaluation needs: the degrees of P and S (their highest
// non-zero coefficient) and i·aᵢ, k·b_k exactly, as double-doubles.
struct Prepared {
    PauCoefficients c;
    int m = -1;             // degree of P; −1: P ≡ 0
    int n = 0;              // degree of S; 0: S ≡ 0 (Q ≡ 1)
    int j = 0;              // S = x^j·C(x) with C(0) = b_j ≠ 0; 0: S ≡ 0
    std::array<DD, 6> da{}; // da[i] = i·a[i]
    std::array<DD, 5> db{}; // db[k] = k·b_k
    // W(t) = Pd(t)·Sr(t) − Pr(t)·Sd(t) (the reversed polynomials of pau.cpp) by powers of t:
    // Σ (i − k)·aᵢ·b_k·t^((m − i) + (n − k)). Its constant term (m − n)·a_m·b_n cancels when
    // m = n, which evaluating the products first would turn into noise at large |x|.
    std::array<DD, 9> w{};
};

[[nodiscard]] Prepared prepare(const PauCoefficients &c);
[[nodiscard]] double value(double x, const Prepared &pr);
[[nodiscard]] double derivative(double x, const Prepared &pr);

// This thread's copy of the current coefficients, prepared.
[[nodiscard]] const Prepared &localPrepared();

} // namespace actviz::pau_detail
