// SPDX-License-Identifier: MIT
// The lean kernels of core/fastkernels.h (e^x, sin, cos, arctan, GELU's f and f') on 10⁵ seeded
// random points per row, beside the reference rows of tst_activations, which are sparse on the
// paths these kernels add (every branch of the reductions, the three pieces of Mills' ratio).
// Reference: long double libm (64-bit significand), with the rounding of its own arguments carried
// where it would matter (t/√2 and t² for GELU), so that its error is ~1e-3 ulp of a double. The
// bound is 2 ulp (in ulps of max(|f|, |x·f'|), as in tst_activations); the worst error of each
// row is printed. Each array element is also checked bit for bit against the scalar function.
#include "activationlookup.h"
#include "ulperror.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>

namespace {

using Ref = std::function<long double(double)>;
using Sampler = std::function<double(std::mt19937_64 &)>;

constexpr int kPoints = 100'000;
constexpr double kBoundUlp = 2.0;
// GELU's tail past |x| = 37 is the scalar formula of before (Mills' asymptotic series, results
// rounded once where subnormal), checked here against the suite's usual 4 ulp.
constexpr double kTailBoundUlp = 4.0;
// 1/√2 as a long double hi + lo, 1/√(2π) and 2/√π (mpmath, 40 digits; kRsqrt2 rounds to
// 0.707106781186547524381894, whose distance to 1/√2 is kRsqrt2Lo).
constexpr long double kRsqrt2 = 0.7071067811865475244008443621048490392848L;
constexpr long double kRsqrt2Lo = 1.8950325588932570797e-20L;
constexpr long double kRsqrt2Pi = 0.3989422804014326779399460599343818684759L;
constexpr long double kTwoOverSqrtPi = 1.128379167095512573896158903121545171688L;

Sampler uniform(double lo, double hi)
{
    return [lo, hi](std::mt19937_64 &rng) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
}
// ±10^u, u uniform: every scale of |x| in [10^a, 10^b] equally often.
Sampler logUniform(double a, double b)
{
    return [a, b](std::mt19937_64 &rng) {
        const double u = std::uniform_real_distribution<double>(a, b)(rng);
        return (rng() & 1u ? -1.0 : 1.0) * std::pow(10.0, u);
    };
}
// Doubles within a few ulps of k·π/2, k up to 2^19·2/π: where the reduction cancels most.
Sampler nearMultiplesOfHalfPi()
{
    return [](std::mt19937_64 &rng) {
        const long double k = static_cast<long double>(std::uniform_int_distribution<int>(1, 333'000)(rng));
        double x = static_cast<double>(k * 1.570796326794896619231321691639751442L);
        for (int steps = std::uniform_int_distribution<int>(-3, 3)(rng); steps != 0; steps -= (steps > 0 ? 1 : -1))
            x = std::nextafter(x, steps > 0 ? HUGE_VAL : -HUGE_VAL);
        return (rng() & 1u) ? x : -x;
    };
}

// Φ(−t) = ½erfc(t/√2), t/√2 = z + dz with dz carried to first order.
long double normalCdfUpperTail(double t)
{
    const long double z = static_cast<long double>(t) * kRsqrt2;
    const long double dz = std::fma(static_cast<long double>(t), kRsqrt2, -z) + t * kRsqrt2Lo;
    return 0.5L * (std::erfc(z) - dz * kTwoOverSqrtPi * std::exp(-z * z));
}
// Φ(x) for any x.
long double normalCdf(double x)
{
    return x < 0 ? normalCdfUpperTail(-x) : 1.0L - normalCdfUpperTail(x);
}
// φ(x) with the rounding of x² carried.
long double normalPdf(double x)
{
    const long double xl = x;
    const long double x2 = xl * xl;
    const long double x2l = std::fma(xl, xl, -x2);
    return std::exp(-0.5L * x2) * (1.0L - 0.5L * x2l) * kRsqrt2Pi;
}

} // namespace

Q_DECLARE_METATYPE(Ref)
Q_DECLARE_METATYPE(Sampler)

class TstFastKernels : public QObject
{
    Q_OBJECT

private slots:
    void accuracy_data();
    void accuracy();
};

void TstFastKernels::accuracy_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("derivative");
    QTest::addColumn<Sampler>("sample");
    QTest::addColumn<Ref>("ref");
    // The error is in ulps of max(|f|, scale(x)): relative (scale 0) but for GELU's f' near its
    // zero at x ≈ −0.75 (there scale = |x·f''|, as in tst_activations).
    QTest::addColumn<Ref>("scale");
    const Ref relative = [](double) { return 0.0L; };

    const Ref expRef = [](double x) { return std::exp(static_cast<long double>(x)); };
    QTest::newRow("exponential [-20, 20]") << "exponential" << false << uniform(-20, 20) << expRef << relative;
    QTest::newRow("exponential [-745, 709.7]") << "exponential" << false << uniform(-745, 709.7) << expRef << relative;
    QTest::newRow("exponential near 0") << "exponential" << false << logUniform(-20, 0) << expRef << relative;

    const Ref sinRef = [](double x) { return std::sin(static_cast<long double>(x)); };
    const Ref cosRef = [](double x) { return std::cos(static_cast<long double>(x)); };
    for (const auto &[name, sampler] : {std::pair{"[-10, 10]", uniform(-10, 10)},
                                        std::pair{"|x| in [1e-10, 2^19]", logUniform(-10, 5.7)},
                                        std::pair{"|x| in [2^19, 1e12]", logUniform(5.72, 12)},
                                        std::pair{"near k·π/2", nearMultiplesOfHalfPi()}}) {
        QTest::newRow((std::string("sin ") + name).c_str()) << "sinusoid" << false << sampler << sinRef << relative;
        QTest::newRow((std::string("cos ") + name).c_str()) << "cosine" << false << sampler << cosRef << relative;
    }

    const Ref atanRef = [](double x) { return std::atan(static_cast<long double>(x)); };
    QTest::newRow("arctan [-10, 10]") << "arctan" << false << uniform(-10, 10) << atanRef << relative;
    QTest::newRow("arctan |x| in [1e-10, 1e20]") << "arctan" << false << logUniform(-10, 20) << atanRef << relative;

    // GELU: f = x·Φ(x), f' = Φ(x) + x·φ(x), f'' = φ(x)·(2 − x²).
    const Ref geluRef = [](double x) { return x * normalCdf(x); };
    const Ref geluDfRef = [](double x) { return normalCdf(x) + x * normalPdf(x); };
    const Ref geluDfScale = [](double x) { // near its zero (x ≈ −0.75) only
        return std::fabs(x) < 2.0 ? std::fabs(x * normalPdf(x) * (2.0L - static_cast<long double>(x) * x)) : 0.0L;
    };
    for (const auto &[name, sampler] : {std::pair{"[-10, 10]", uniform(-10, 10)},
                                        std::pair{"[-37, 37]", uniform(-37, 37)},
                                        std::pair{"|x| in [1e-10, 37]", logUniform(-10, 1.568)},
                                        std::pair{"[-37, -30]", uniform(-37, -30)},
                                        std::pair{"tail [-40, -37]", uniform(-40, -37)}}) {
        QTest::newRow((std::string("gelu f ") + name).c_str()) << "gelu" << false << sampler << geluRef << relative;
        QTest::newRow((std::string("gelu f' ") + name).c_str()) << "gelu" << true << sampler << geluDfRef << geluDfScale;
    }
}

void TstFastKernels::accuracy()
{
    QFETCH(QString, id);
    QFETCH(bool, derivative);
    QFETCH(Sampler, sample);
    QFETCH(Ref, ref);
    QFETCH(Ref, scale);
    const actviz::Activation &a = coretest::act(id);
    const actviz::Params p = a.defaults();

    std::mt19937_64 rng(20250614u + static_cast<unsigned>(qHash(QString::fromUtf8(QTest::currentDataTag()))));
    Eigen::ArrayXd x(kPoints);
    for (double &v : x)
        v = sample(rng);
    const Eigen::ArrayXd got = derivative ? a.derivative(x, p) : a.value(x, p);

    double worst = 0.0;
    double worstAt = 0.0;
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const double scalar = derivative ? a.df(x[i], p) : a.f(x[i], p);
        if (std::bit_cast<std::uint64_t>(scalar) != std::bit_cast<std::uint64_t>(got[i]))
            QFAIL(qPrintable(QStringLiteral("array and scalar differ at x = %1: %2 vs %3")
                                 .arg(x[i], 0, 'g', 17).arg(got[i], 0, 'g', 17).arg(scalar, 0, 'g', 17)));
        const double err = ulperror::ulpError(got[i], ref(x[i]), scale(x[i]));
        if (!(err <= worst)) {
            worst = err;
            worstAt = x[i];
        }
    }
    qInfo("%-34s worst %.3f ulp at x = %.17g", QTest::currentDataTag(), worst, worstAt);
    const bool tail = QByteArray(QTest::currentDataTag()).contains("tail");
    QVERIFY2(worst <= (tail ? kTailBoundUlp : kBoundUlp), qPrintable(QStringLiteral("%1 ulp at x = %2").arg(worst).arg(worstAt, 0, 'g', 17)));
}

QTEST_GUILESS_MAIN(TstFastKernels)
#include "tst_fastkernels.moc"
