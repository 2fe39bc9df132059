// SPDX-License-Identifier: MIT
// What every activation promises at its kinks: PyTorch autograd's values of f and f' there (the
// issue's list), the kink lists with their jump flags, and "smooth" exactly when there are none.
#include "activationlookup.h"
#include "registry.h"

#include <QList>
#include <QObject>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace actviz;
using coretest::act;
using coretest::num;

class TstKinks : public QObject
{
    Q_OBJECT

private slots:
    void kinkConvention_data();
    void kinkConvention();
    void kinkPoints_data();
    void kinkPoints();
    void smoothMeansNoKinks_data();
    void smoothMeansNoKinks();
};

void TstKinks::kinkConvention_data()
{
    // PyTorch autograd's value of f' (and f where it jumps) at the points where f is not
    // differentiable — the list in the issue and its follow-up.
    QTest::addColumn<QString>("id");
    QTest::addColumn<Params>("params"); // NaN α: the function's defaults
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("f");
    QTest::addColumn<double>("df");
    const double d = std::numeric_limits<double>::quiet_NaN();
    const Params dflt{d, d};
    const double lambdaA = 1.7580993408473768; // λ·a of the issue, rounded once (mpmath)
    auto row = [](const char *name, const char *id, Params p, double x, double f, double df) {
        QTest::newRow(name) << QString::fromLatin1(id) << p << x << f << df;
    };
    row("step(0)", "step", dflt, 0.0, 1.0, 0.0);
    row("relu(0)", "relu", dflt, 0.0, 0.0, 0.0);
    row("relu6(0)", "relu6", dflt, 0.0, 0.0, 0.0);
    row("relu6(6)", "relu6", dflt, 6.0, 6.0, 0.0);
    row("leaky_relu(0)", "leaky_relu", dflt, 0.0, 0.0, 0.01);
    row("leaky_relu(0) α=0.2", "leaky_relu", {0.2, 0.0}, 0.0, 0.0, 0.2);
    row("prelu(0)", "prelu", dflt, 0.0, 0.0, 0.25);
    row("rrelu(0)", "rrelu", dflt, 0.0, 0.0, (1.0 / 8.0 + 1.0 / 3.0) / 2.0);
    row("rrelu(0) α=0.1 β=0.3", "rrelu", {0.1, 0.3}, 0.0, 0.0, (0.1 + 0.3) / 2.0);
    row("elu(0)", "elu", dflt, 0.0, 0.0, 1.0);
    row("elu(0) α=2.5", "elu", {2.5, 0.0}, 0.0, 0.0, 2.5);
    row("celu(0)", "celu", dflt, 0.0, 0.0, 1.0);
    row("celu(0) α=3", "celu", {3.0, 0.0}, 0.0, 0.0, 1.0);
    row("selu(0)", "selu", dflt, 0.0, 0.0, lambdaA);
    row("hardsigmoid(-3)", "hardsigmoid", dflt, -3.0, 0.0, 0.0);
    row("hardsigmoid(3)", "hardsigmoid", dflt, 3.0, 1.0, 0.0);
    row("hardsigmoid(0)", "hardsigmoid", dflt, 0.0, 0.5, 1.0 / 6.0);
    row("hardswish(-3)", "hardswish", dflt, -3.0, 0.0, -0.5);
    row("hardswish(3)", "hardswish", dflt, 3.0, 3.0, 1.5);
    row("hardswish(0)", "hardswish", dflt, 0.0, 0.0, 0.5);
    row("hardtanh(-1)", "hardtanh", dflt, -1.0, -1.0, 0.0);
    row("hardtanh(1)", "hardtanh", dflt, 1.0, 1.0, 0.0);
    row("softshrink(-0.5)", "softshrink", dflt, -0.5, 0.0, 0.0);
    row("softshrink(0.5)", "softshrink", dflt, 0.5, 0.0, 0.0);
    row("softshrink(0) α=0", "softshrink", {0.0, 0.0}, 0.0, 0.0, 0.0);
    row("hardshrink(-0.5)", "hardshrink", dflt, -0.5, 0.0, 0.0);
    row("hardshrink(0.5)", "hardshrink", dflt, 0.5, 0.0, 0.0);
    row("hardshrink(0) α=0", "hardshrink", {0.0, 0.0}, 0.0, 0.0, 0.0);
    row("threshold(1)", "threshold", dflt, 1.0, 0.0, 0.0);
    row("threshold(-1) α=-1 β=2", "threshold", {-1.0, 2.0}, -1.0, 2.0, 0.0);
    row("abs(0)", "abs", dflt, 0.0, 0.0, 0.0);
    row("sign(0)", "sign", dflt, 0.0, 0.0, 0.0);
    row("sinc(0)", "sinc", dflt, 0.0, 1.0, 0.0);
    row("squareplus(0) β=0", "squareplus", {0.0, 0.0}, 0.0, 0.0, 0.5);
}

void TstKinks::kinkConvention()
{
    QFETCH(QString, id);
    QFETCH(Params, params);
    QFETCH(double, x);
    QFETCH(double, f);
    QFETCH(double, df);
    const Activation &a = act(id);
    const Params p = std::isnan(params.alpha) ? a.defaults() : params;
    // Exact: QCOMPARE's fuzzy double compare would accept 1e-13 for 0.
    const double gotF = a.value(x, p);
    const double gotDf = a.derivative(x, p);
    QVERIFY2(gotF == f, qPrintable(QStringLiteral("f = %1, expected %2").arg(num(gotF), num(f))));
    QVERIFY2(gotDf == df, qPrintable(QStringLiteral("f' = %1, expected %2").arg(num(gotDf), num(df))));
}

void TstKinks::kinkPoints_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Params>("params"); // NaN α: the function's defaults
    QTest::addColumn<QList<double>>("kinks");
    QTest::addColumn<QList<double>>("jumps"); // the kinks where f itself jumps
    const double d = std::numeric_limits<double>::quiet_NaN();
    const Params dflt{d, d};
    auto row = [](const char *id, Params p, QList<double> kinks, QList<double> jumps, const char *name = nullptr) {
        QTest::newRow(name ? name : id) << QString::fromLatin1(id) << p << kinks << jumps;
    };
    row("relu", dflt, {0.0}, {});
    row("relu6", dflt, {0.0, 6.0}, {});
    row("leaky_relu", dflt, {0.0}, {});
    row("prelu", dflt, {0.0}, {});
    row("rrelu", dflt, {0.0}, {});
    row("selu", dflt, {0.0}, {});
    row("hardtanh", dflt, {-1.0, 1.0}, {});
    row("hardsigmoid", dflt, {-3.0, 3.0}, {});
    row("hardswish", dflt, {-3.0, 3.0}, {});
    row("step", dflt, {0.0}, {0.0});
    row("threshold", dflt, {1.0}, {1.0});
    row("softshrink", dflt, {-0.5, 0.5}, {});
    row("hardshrink", dflt, {-0.5, 0.5}, {-0.5, 0.5});
    row("abs", dflt, {0.0}, {});
    row("sign", dflt, {0.0}, {0.0});
    row("threshold", {-1.0, 2.0}, {-1.0}, {-1.0}, "threshold α=-1 β=2");
    row("softshrink", {1.5, 0.0}, {-1.5, 1.5}, {}, "softshrink α=1.5");
    row("hardshrink", {1.5, 0.0}, {-1.5, 1.5}, {-1.5, 1.5}, "hardshrink α=1.5");
    row("elu", {2.5, 0.0}, {0.0}, {}, "elu α=2.5");             // f' jumps from α to 1 unless α = 1
    row("squareplus", {0.0, 0.0}, {0.0}, {}, "squareplus β=0"); // (x + |x|)/2 = relu
}

void TstKinks::kinkPoints()
{
    QFETCH(QString, id);
    QFETCH(Params, params);
    QFETCH(QList<double>, kinks);
    QFETCH(QList<double>, jumps);
    const Activation &a = act(id);
    const Params p = std::isnan(params.alpha) ? a.defaults() : params;
    const std::vector<Kink> got = a.kinkPoints(p);
    for (double k : kinks) {
        const auto it = std::find_if(got.begin(), got.end(), [&](const Kink &g) { return g.x == k; });
        QVERIFY2(it != got.end(), qPrintable(QStringLiteral("kink %1 missing").arg(k)));
        QVERIFY2(it->jump == jumps.contains(k), qPrintable(QStringLiteral("jump flag of %1").arg(k)));
    }
}

void TstKinks::smoothMeansNoKinks_data()
{
    coretest::idRows();
}

void TstKinks::smoothMeansNoKinks()
{
    QFETCH(QString, id);
    const Activation &a = act(id);
    QCOMPARE(a.properties.smooth, a.kinkPoints(a.defaults()).empty());
}

QTEST_GUILESS_MAIN(TstKinks)
#include "tst_kinks.moc"
