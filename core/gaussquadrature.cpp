// SPDX-License-Identifier: MIT
#include "gaussquadrature.h"

#include "numerics.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <queue>

namespace actviz {

namespace {

constexpr int kMaxHermiteNodes = 200;

// Orthonormal probabilists' Hermite polynomials p_0…p_(n−1) at x: returns Σ p_k² and, through
// pn and pnm1, p_n(x) and p_(n−1)(x). Recurrence √(k+1)·p_(k+1) = x·p_k − √k·p_(k−1).
double christoffelSum(int n, double x, double &pn, double &pnm1)
{
    double prev = 0.0;
    double cur = 1.0;
    double sum = 0.0;
    for (int k = 0; k < n; ++k) {
        sum += cur * cur;
        const double next = (x * cur - std::sqrt(static_cast<double>(k)) * prev) / std::sqrt(k + 1.0);
        prev = cur;
        cur = next;
    }
    pn = cur;
    pnm1 = prev;
    return sum;
}

// QUADPACK's qk15 (Piessens et al. 1983): Kronrod nodes, Kronrod weights, and the weights of the
// embedded 7-point Gauss rule, whose nodes are the odd-indexed Kronrod nodes.
constexpr std::array<double, 8> kXgk = {0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
                                        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
                                        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
                                        0.207784955007898467600689403773245, 0.0};
constexpr std::array<double, 8> kWgk = {0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
                                        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
                                        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
                                        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
constexpr std::array<double, 4> kWg = {0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
                                       0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

constexpr double kEps = std::numeric_limits<double>::epsilon();

struct Piece {
    double a = 0.0;
    double b = 0.0;
    std::vector<double> value; // Kronrod estimate per component
    std::vector<double> error;
    std::vector<double> absValue; // ∫|g_k| estimate
    double priority = 0.0;        // worst error relative to its component's tolerance
};

// One 15-point Gauss–Kronrod step on [a, b], with QUADPACK's error estimate per component.
Piece gaussKronrod(const std::function<void(double, double *)> &g, int m, double a, double b)
{
    Piece p{a, b, std::vector<double>(m, 0.0), std::vector<double>(m, 0.0), std::vector<double>(m, 0.0), 0.0};
    const double c = 0.5 * (a + b);
    const double h = 0.5 * (b - a);
    std::array<std::vector<double>, 15> f;
    for (int i = 0; i < 15; ++i) {
        f[i].assign(m, 0.0);
        const double t = i < 7 ? c - h * kXgk[i] : (i == 7 ? c : c + h * kXgk[14 - i]);
        g(t, f[i].data());
    }
    auto weightK = [](int i) { return kWgk[i < 8 ? i : 14 - i]; };
    for (int k = 0; k < m; ++k) {
        double kron = 0.0;
        double gauss = 0.0;
        double absK = 0.0;
        for (int i = 0; i < 15; ++i) {
            kron += weightK(i) * f[i][k];
            absK += weightK(i) * std::fabs(f[i][k]);
            const int j = i < 8 ? i : 14 - i; // Kronrod index from the end
            if (j % 2 == 1)
                gauss += kWg[j / 2] * f[i][k];
        }
        const double mean = 0.5 * kron;
        double asc = 0.0; // ∫|g − mean|, QUADPACK's resasc
        for (int i = 0; i < 15; ++i)
            asc += weightK(i) * std::fabs(f[i][k] - mean);
        double err = std::fabs((kron - gauss) * h);
        asc *= h;
        if (asc != 0.0 && err != 0.0)
            err = asc * std::min(1.0, std::pow(200.0 * err / asc, 1.5));
        err = std::max(err, 50.0 * kEps * absK * h);
        p.value[k] = kron * h;
        p.absValue[k] = absK * h;
        p.error[k] = err;
    }
    return p;
}

// 1/√2 = hi + lo, and 2/√π.
constexpr double kRsqrt2Hi = 0.7071067811865476;
constexpr double kRsqrt2Lo = -4.833646656726457e-17;
constexpr double kTwoOverSqrtPi = 1.1283791670955126;

// Φ(x) for x ≤ 0 as ½erfc(−x/√2), which has full relative accuracy there once the rounding of
// −x/√2 (a relative −2z·δz in erfc, 200 ulp at x = −20) is carried to first order:
// erfc(z + δ) ≈ erfc(z) − δ·(2/√π)e^(−z²).
double lowerTail(double x)
{
    const double t = -x;
    if (std::isinf(t))
        return t > 0 ? 0.0 : 1.0;
    const num::DD z = num::twoProd(t, kRsqrt2Hi);
    const double dz = z.lo + t * kRsqrt2Lo;
    return 0.5 * (std::erfc(z.hi) - dz * kTwoOverSqrtPi * std::exp(-z.hi * z.hi));
}

} // namespace

QuadratureRule normalGaussHermite(int n)
{
    if (n < 1 || n > kMaxHermiteNodes)
        return {};
    Eigen::MatrixXd jacobi = Eigen::MatrixXd::Zero(n, n);
    for (int k = 1; k < n; ++k)
        jacobi(k, k - 1) = jacobi(k - 1, k) = std::sqrt(static_cast<double>(k));
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(jacobi, Eigen::EigenvaluesOnly);
    QuadratureRule r{eig.eigenvalues().array(), Eigen::ArrayXd(n)};
    for (int i = 0; i < n; ++i) {
        double pn = 0.0;
        double pnm1 = 0.0;
        christoffelSum(n, r.nodes[i], pn, pnm1);
        // p_n' = √n·p_(n−1) for the orthonormal family.
        if (pnm1 != 0.0)
            r.nodes[i] -= pn / (std::sqrt(static_cast<double>(n)) * pnm1);
    }
    for (int i = 0; i < n / 2; ++i) { // exact symmetry about 0
        const double x = 0.5 * (r.nodes[n - 1 - i] - r.nodes[i]);
        r.nodes[i] = -x;
        r.nodes[n - 1 - i] = x;
    }
    if (n % 2 == 1)
        r.nodes[n / 2] = 0.0;
    for (int i = 0; i < n; ++i) {
        double pn = 0.0;
        double pnm1 = 0.0;
        r.weights[i] = 1.0 / christoffelSum(n, r.nodes[i], pn, pnm1);
    }
    return r;
}

AdaptiveIntegral integrateAdaptive(const std::function<void(double, double *)> &g, int components,
                                   const std::vector<double> &breakpoints, double relTol, int maxIntervals)
{
    AdaptiveIntegral out;
    const int m = std::max(components, 1);
    std::vector<Piece> pieces;
    for (std::size_t i = 0; i + 1 < breakpoints.size(); ++i)
        if (breakpoints[i] < breakpoints[i + 1])
            pieces.push_back(gaussKronrod(g, m, breakpoints[i], breakpoints[i + 1]));

    std::vector<double> total(m), err(m), absTotal(m);
    auto sums = [&] {
        std::fill(total.begin(), total.end(), 0.0);
        std::fill(err.begin(), err.end(), 0.0);
        std::fill(absTotal.begin(), absTotal.end(), 0.0);
        for (const Piece &p : pieces)
            for (int k = 0; k < m; ++k) {
                total[k] += p.value[k];
                err[k] += p.error[k];
                absTotal[k] += p.absValue[k];
            }
    };
    auto tolerance = [&](int k) { return relTol * absTotal[k] + std::numeric_limits<double>::min(); };
    for (;;) {
        sums();
        bool done = true;
        for (int k = 0; k < m; ++k)
            done = done && !(err[k] > tolerance(k)); // a NaN error cannot be improved: stop
        out.converged = done;
        if (done || static_cast<int>(pieces.size()) >= maxIntervals || pieces.empty())
            break;
        // Bisect the piece whose worst component is furthest above its share of the tolerance.
        std::size_t worst = 0;
        double worstRatio = -1.0;
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            double r = 0.0;
            for (int k = 0; k < m; ++k)
                r = std::max(r, pieces[i].error[k] / tolerance(k));
            if (r > worstRatio) {
                worstRatio = r;
                worst = i;
            }
        }
        const double a = pieces[worst].a;
        const double b = pieces[worst].b;
        const double mid = 0.5 * (a + b);
        if (!(a < mid && mid < b))
            break; // no double left inside: the error is what it is
        pieces[worst] = gaussKronrod(g, m, a, mid);
        pieces.push_back(gaussKronrod(g, m, mid, b));
    }
    out.values = total;
    out.errors = err;
    out.intervals = static_cast<int>(pieces.size());
    return out;
}

double normalMass(double a, double b)
{
    if (!(a < b))
        return 0.0;
    if (b <= 0.0)
        return lowerTail(b) - lowerTail(a);
    if (a >= 0.0)
        return lowerTail(-a) - lowerTail(-b);
    return 1.0 - lowerTail(a) - lowerTail(-b);
}

} // namespace actviz
