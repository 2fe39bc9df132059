// SPDX-License-Identifier: MIT
// A second, independent check of every derivative (high-order finite differences of value() at
// seeded random points) and the properties the issue names: symmetries, bounds, σ'(0) = 0.25 as
// the maximum and the documented max |f'|. The values at the kinks are in tst_kinks.cpp.
#include "activationlookup.h"
#include "registry.h"

#include <QObject>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>

using namespace actviz;
using coretest::act;
using coretest::num;

namespace {

// Sixth-order central difference of f at x with step h.
template <class F> double central6(const F &f, double x, double h)
{
    return (-f(x - 3 * h) + 9 * f(x - 2 * h) - 45 * f(x - h) + 45 * f(x + h) - 9 * f(x + 2 * h) + f(x + 3 * h)) /
           (60 * h);
}

// Steps of 2^-10 and 2^-11, combined by Richardson extrapolation (error O(h^8)). A fixed step
// rather than one proportional to |x|: e^(−x²) varies on the scale 1/|x|, not |x|.
constexpr double kStep = 1.0 / 1024.0;
constexpr double kKinkClearance = 1e-2; // ≥ the stencil's reach 3h, with room to spare

template <class F> double richardson(const F &f, double x)
{
    const double d1 = central6(f, x, kStep);
    const double d2 = central6(f, x, kStep / 2);
    return (64 * d2 - d1) / 63;
}

// The grid the property tests run over: [−50, 50] in steps of 1e-3, and the tails.
Eigen::ArrayXd denseGrid()
{
    Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(100001, -50.0, 50.0);
    return x;
}

bool within(double got, double want, double rel)
{
    if (got == want)
        return true;
    return std::fabs(got - want) <= rel * std::max(std::fabs(got), std::fabs(want));
}

// Non-default parameters for the parametric functions (one set each, besides the defaults).
struct ParamSet {
    const char *id;
    Params p;
};
constexpr ParamSet kOtherParams[] = {
    {"leaky_relu", {0.2, 0.0}}, {"prelu", {0.6, 0.0}},  {"rrelu", {0.1, 0.3}},       {"elu", {2.5, 0.0}},
    {"celu", {0.3, 0.0}},       {"swish", {0.0, -1.0}}, {"softplus", {0.0, 3.0}},    {"softshrink", {1.5, 0.0}},
    {"hardshrink", {1.5, 0.0}}, {"isru", {5.0, 0.0}},   {"squareplus", {0.0, 0.25}}, {"threshold", {-1.0, 2.0}},
};

} // namespace

class TstDerivatives : public QObject
{
    Q_OBJECT

private slots:
    void finiteDifferences_data();
    void finiteDifferences();
    void sigmoidSlopeIsMaximalAtZero();
    void symmetry_data();
    void symmetry();
    void identities_data();
    void identities();
    void softsignBounds();
    void maxAbsDerivative_data();
    void maxAbsDerivative();
};

void TstDerivatives::finiteDifferences_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Params>("params");
    for (const Activation &a : registry()) {
        const QString id = QString::fromUtf8(a.id.data(), qsizetype(a.id.size()));
        QTest::newRow(qPrintable(id + QStringLiteral(" defaults"))) << id << a.defaults();
        for (const ParamSet &s : kOtherParams)
            if (id == QLatin1String(s.id))
                QTest::newRow(qPrintable(QStringLiteral("%1 α=%2 β=%3").arg(id).arg(s.p.alpha).arg(s.p.beta)))
                    << id << s.p;
    }
}

void TstDerivatives::finiteDifferences()
{
    QFETCH(QString, id);
    QFETCH(Params, params);
    const Activation &a = act(id);
    std::vector<double> avoid{0.0};
    for (const Kink &k : a.kinkPoints(params))
        avoid.push_back(k.x);
    const auto f = [&](double t) { return a.value(t, params); };

    // Seeded per function so that a row reproduces on its own: 40 points in [−8, 8] and 10 with
    // 8 ≤ |x| ≤ 20 (beyond, some values become subnormal and lose the digits FD needs).
    std::mt19937_64 rng(std::hash<std::string>{}(id.toStdString()) ^ 0x5eedULL);
    std::uniform_real_distribution<double> inner(-8.0, 8.0);
    std::uniform_real_distribution<double> outer(8.0, 20.0);
    int checked = 0;
    for (int i = 0; checked < 50; ++i) {
        QVERIFY2(i < 1000, "could not draw points away from the kinks");
        double x = checked < 40 ? inner(rng) : outer(rng);
        if (checked >= 40 && (rng() & 1))
            x = -x;
        if (std::any_of(avoid.begin(), avoid.end(), [&](double k) { return std::fabs(x - k) < kKinkClearance; }))
            continue;
        ++checked;
        const double fd = richardson(f, x);
        const double df = a.derivative(x, params);
        // Relative 1e-7, with a floor for the rounding of f itself, which limits FD to about
        // 3e-12·max|f| absolute with this step (measured over all functions).
        double fMax = 0.0;
        for (int k = -3; k <= 3; ++k)
            fMax = std::max(fMax, std::fabs(f(x + k * kStep)));
        const double tol = std::max(1e-7 * std::fabs(df), 1e-10 * fMax);
        QVERIFY2(
            std::fabs(fd - df) <= tol,
            qPrintable(QStringLiteral("x=%1: derivative() %2, finite differences %3").arg(num(x), num(df), num(fd))));
    }
}

void TstDerivatives::sigmoidSlopeIsMaximalAtZero()
{
    const Activation &s = act(QStringLiteral("sigmoid"));
    QCOMPARE(s.derivative(0.0, s.defaults()), 0.25);
    const Eigen::ArrayXd d = s.derivative(denseGrid(), s.defaults());
    QVERIFY(d.maxCoeff() <= 0.25);
    QVERIFY((d > 0.0).all());
}

void TstDerivatives::symmetry_data()
{
    // parity of f: +1 even, −1 odd (f' then has the other parity). Exact equality: these
    // formulas are symmetric, so the computed values must be too.
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("parity");
    for (const char *id : {"identity", "tanh", "softsign", "arctan", "lecun_tanh", "symmetric_sigmoid", "hardtanh",
                           "tanhshrink", "softshrink", "hardshrink", "isru", "sinusoid", "sign"})
        QTest::newRow(id) << QString::fromLatin1(id) << -1;
    for (const char *id : {"gaussian", "cosine", "sinc", "abs"})
        QTest::newRow(id) << QString::fromLatin1(id) << 1;
}

void TstDerivatives::symmetry()
{
    QFETCH(QString, id);
    QFETCH(int, parity);
    const Activation &a = act(id);
    const Params p = a.defaults();
    Eigen::ArrayXd x = denseGrid();
    std::vector<double> tails{1e-300, 5e-324, 19.1, 25.3, 40.0, 300.0, 745.5, 1e4};
    if (id != QLatin1String("sinusoid") && id != QLatin1String("cosine") && id != QLatin1String("sinc"))
        tails.insert(tails.end(), {1e10, 1e300, std::numeric_limits<double>::infinity()});
    const Eigen::Index n = x.size();
    x.conservativeResize(n + Eigen::Index(tails.size()));
    for (size_t i = 0; i < tails.size(); ++i)
        x(n + Eigen::Index(i)) = tails[i];
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const double t = x(i);
        const QByteArray where = "x=" + QByteArray::number(t, 'g', 17);
        QVERIFY2(a.value(-t, p) == parity * a.value(t, p), where.constData());
        QVERIFY2(a.derivative(-t, p) == -parity * a.derivative(t, p), where.constData());
    }
}

void TstDerivatives::identities_data()
{
    // f(x) + s·f(−x) = c + k·x, and the same for f' (f'(x) − s·f'(−x) = k), for the functions that
    // are x/2-plus-even or ½-plus-odd. Both sides are sums of rounded terms, so a few ulp of the
    // largest term.
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("s");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("k");
    QTest::newRow("sigmoid: σ(x) + σ(−x) = 1") << QStringLiteral("sigmoid") << 1.0 << 1.0 << 0.0;
    QTest::newRow("hardsigmoid: h(x) + h(−x) = 1") << QStringLiteral("hardsigmoid") << 1.0 << 1.0 << 0.0;
    QTest::newRow("softplus: sp(x) − sp(−x) = x") << QStringLiteral("softplus") << -1.0 << 0.0 << 1.0;
    QTest::newRow("logsigmoid: ls(x) − ls(−x) = x") << QStringLiteral("logsigmoid") << -1.0 << 0.0 << 1.0;
    QTest::newRow("gelu: g(x) − g(−x) = x") << QStringLiteral("gelu") << -1.0 << 0.0 << 1.0;
    QTest::newRow("gelu_tanh: g(x) − g(−x) = x") << QStringLiteral("gelu_tanh") << -1.0 << 0.0 << 1.0;
    QTest::newRow("silu: s(x) − s(−x) = x") << QStringLiteral("silu") << -1.0 << 0.0 << 1.0;
    QTest::newRow("relu: r(x) − r(−x) = x") << QStringLiteral("relu") << -1.0 << 0.0 << 1.0;
}

void TstDerivatives::identities()
{
    QFETCH(QString, id);
    QFETCH(double, s);
    QFETCH(double, c);
    QFETCH(double, k);
    const Activation &a = act(id);
    const Params p = a.defaults();
    const double eps = std::numeric_limits<double>::epsilon();
    const Eigen::ArrayXd x = denseGrid();
    for (Eigen::Index i = 0; i < x.size(); i += 7) {
        const double t = x(i);
        const double f1 = a.value(t, p), f2 = a.value(-t, p);
        const double lhs = f1 + s * f2, rhs = c + k * t;
        const double scale = std::max({std::fabs(f1), std::fabs(f2), std::fabs(rhs)});
        QVERIFY2(std::fabs(lhs - rhs) <= 4 * eps * scale,
                 qPrintable(QStringLiteral("f at x=%1: %2 vs %3").arg(num(t), num(lhs), num(rhs))));
        // Differentiating: f'(x) − s·f'(−x) = k.
        const double d1 = a.derivative(t, p), d2 = a.derivative(-t, p);
        const double dscale = std::max({std::fabs(d1), std::fabs(d2), std::fabs(k)});
        QVERIFY2(std::fabs(d1 - s * d2 - k) <= 4 * eps * dscale,
                 qPrintable(QStringLiteral("f' at x=%1: %2 vs %3").arg(num(t), num(d1 - s * d2), num(k))));
    }
}

void TstDerivatives::softsignBounds()
{
    const Activation &a = act(QStringLiteral("softsign"));
    const Params p = a.defaults();
    // Open bounds hold while 1 − 1/(1+|x|) is below 1 in double, i.e. |x| ≤ 2^52.
    for (double t = 1e-300; t <= 0x1p52; t *= 1.7) {
        QVERIFY2(a.value(t, p) < 1.0 && a.value(t, p) > 0.0, qPrintable(num(t)));
        QVERIFY2(a.value(-t, p) > -1.0 && a.value(-t, p) < 0.0, qPrintable(num(t)));
    }
    const Eigen::ArrayXd v = a.value(denseGrid(), p);
    QVERIFY((v.abs() < 1.0).all());
    for (double t : {1e300, std::numeric_limits<double>::max(), std::numeric_limits<double>::infinity()}) {
        QCOMPARE(a.value(t, p), 1.0);
        QCOMPARE(a.value(-t, p), -1.0);
    }
}

void TstDerivatives::maxAbsDerivative_data()
{
    coretest::idRows();
}

void TstDerivatives::maxAbsDerivative()
{
    QFETCH(QString, id);
    const Activation &a = act(id);
    const Params p = a.defaults();
    const double sup = a.properties.maxAbsDerivative;
    const double at = a.properties.maxAbsDerivativeAt;
    const Eigen::ArrayXd x = denseGrid();
    const Eigen::ArrayXd d = a.derivative(x, p).abs();
    Eigen::Index worst = 0;
    const double gridMax = d.maxCoeff(&worst);
    QVERIFY2(
        gridMax <= sup * (1 + 1e-12),
        qPrintable(
            QStringLiteral("|f'(%1)| = %2 exceeds maxAbsDerivative %3").arg(num(x(worst)), num(gridMax), num(sup))));
    // Attained at maxAbsDerivativeAt (or, for ±inf, approached there: f'(±inf) is the limit).
    QVERIFY2(within(std::fabs(a.derivative(at, p)), sup, 1e-12),
             qPrintable(QStringLiteral("|f'(%1)| = %2, maxAbsDerivative %3")
                            .arg(num(at), num(std::fabs(a.derivative(at, p))), num(sup))));
}

QTEST_GUILESS_MAIN(TstDerivatives)
#include "tst_derivatives.moc"
