// SPDX-License-Identifier: MIT
// propertiesAt: the properties of an activation away from its default parameters, against
// values known in closed form (the extremes of ELU, ISRU, swish; leaky ReLU with a negative slope).
#include "paramproperties.h"
#include "registry.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace actviz;

namespace {

const Activation &byId(const char *id)
{
    const Activation *a = findActivation(id);
    if (!a)
        qFatal("no activation %s", id);
    return *a;
}

Params with(const Activation &a, double alpha, double beta)
{
    Params p = a.defaults();
    if (a.params[0].used)
        p.alpha = alpha;
    if (a.params[1].used)
        p.beta = beta;
    return p;
}

constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

class TestParamProperties : public QObject
{
    Q_OBJECT
private slots:
    void closedForms_data();
    void closedForms();
    void plateaus_data();
    void plateaus();
    void agreesWithDescriptorsAtDefaults();
    void refusesBadParameters();
};

void TestParamProperties::closedForms_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("infimum");
    QTest::addColumn<double>("supremum");
    QTest::addColumn<double>("maxAbsDerivative");
    QTest::addColumn<bool>("monotonic");
    QTest::addColumn<bool>("zeroCentred");
    // ELU: range (−α, ∞); f′ = 1 for x > 0, α eˣ ≤ α below.
    QTest::newRow("elu α=2") << "elu" << 2.0 << 0.0 << -2.0 << kInf << 2.0 << true << false;
    QTest::newRow("elu α=0.5") << "elu" << 0.5 << 0.0 << -0.5 << kInf << 1.0 << true << false;
    // Leaky ReLU with slope −0.5: |x|-like, f ≥ 0, not monotonic.
    QTest::newRow("leaky α=−0.5") << "leaky_relu" << -0.5 << 0.0 << 0.0 << kInf << 1.0 << false << false;
    // A small slope still grows without bound: α = 0.001 reaches only −1000 at x = −10⁶.
    QTest::newRow("leaky α=0.001") << "leaky_relu" << 0.001 << 0.0 << -kInf << kInf << 1.0 << true << false;
    // ISRU x/√(1 + αx²): range (−1/√α, 1/√α), f′(0) = 1 is the largest slope.
    QTest::newRow("isru α=4") << "isru" << 4.0 << 0.0 << -0.5 << 0.5 << 1.0 << true << true;
    // Swish x·σ(βx): min = m/β with m = min t·σ(t) = −0.27846454276107379510935873961…
    // (mpmath: findroot of 1 + t(1 − σ(t)) = 0 at t = −1.2784645427610737951…); sup f′ =
    // max σ(t) + tσ(t)(1 − σ(t)) = 1.0998393201288669169…, whatever β.
    QTest::newRow("swish β=2") << "swish" << 0.0 << 2.0 << -0.27846454276107379 / 2 << kInf << 1.0998393201288669
                               << false << false;
}

void TestParamProperties::closedForms()
{
    QFETCH(QString, id);
    QFETCH(double, alpha);
    QFETCH(double, beta);
    QFETCH(double, infimum);
    QFETCH(double, supremum);
    QFETCH(double, maxAbsDerivative);
    QFETCH(bool, monotonic);
    QFETCH(bool, zeroCentred);
    const Activation &a = byId(id.toLatin1().constData());
    const Params p = with(a, alpha, beta);
    const auto r = propertiesAt(a, p);
    QVERIFY2(r, r ? "" : r.error().c_str());
    const ParamProperties &pr = r.value();
    auto close = [](double got, double want) {
        if (std::isinf(want))
            return got == want;
        return std::fabs(got - want) <= 1e-12 * std::max(1.0, std::fabs(want));
    };
    QVERIFY2(close(pr.infimum, infimum), qPrintable(QString::number(pr.infimum, 'g', 17)));
    QVERIFY2(close(pr.supremum, supremum), qPrintable(QString::number(pr.supremum, 'g', 17)));
    QVERIFY2(close(pr.maxAbsDerivative.value, maxAbsDerivative),
             qPrintable(QString::number(pr.maxAbsDerivative.value, 'g', 17)));
    QCOMPARE(pr.monotonic, monotonic);
    QCOMPARE(pr.zeroCentred, zeroCentred);
    QCOMPARE(pr.derivativeAtZero, a.derivative(0.0, p));
}

void TestParamProperties::plateaus_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("lo"); // NaN: the maximum of |f′| is attained at isolated points
    QTest::addColumn<double>("hi");
    QTest::addColumn<bool>("loOpen");
    QTest::addColumn<bool>("hiOpen");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // |f′| = 1 exactly for every x > 0; relu′(0) = 0 and leaky′(0) = α, so open at the kink.
    QTest::newRow("relu") << "relu" << 0.0 << 0.0 << kInf << true << true;
    QTest::newRow("leaky α=0.1") << "leaky_relu" << 0.1 << 0.0 << kInf << true << true;
    // Hard tanh: f′ = 1 on (−1, 1), and f′(±1) = 0 by its kink convention.
    QTest::newRow("hardtanh") << "hardtanh" << 0.0 << -1.0 << 1.0 << true << true;
    // A single peak at 0.
    QTest::newRow("sigmoid") << "sigmoid" << 0.0 << nan << nan << false << false;
    QTest::newRow("isru α=4") << "isru" << 4.0 << nan << nan << false << false;
}

void TestParamProperties::plateaus()
{
    QFETCH(QString, id);
    QFETCH(double, alpha);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(bool, loOpen);
    QFETCH(bool, hiOpen);
    const Activation &a = byId(id.toLatin1().constData());
    const auto r = propertiesAt(a, with(a, alpha, 0.0));
    QVERIFY(r);
    const ParamProperties &pr = r.value();
    if (std::isnan(lo)) {
        QVERIFY2(std::isnan(pr.plateauLo) && std::isnan(pr.plateauHi), qPrintable(QString::number(pr.plateauLo)));
        return;
    }
    QCOMPARE(pr.plateauLo, lo);
    QCOMPARE(pr.plateauHi, hi);
    QCOMPARE(pr.plateauLoOpen, loOpen);
    QCOMPARE(pr.plateauHiOpen, hiOpen);
}

// At the defaults the computed monotonic and zero-centred must say what the descriptors say
// (written by hand from the formulas), and f′(0) must match.
void TestParamProperties::agreesWithDescriptorsAtDefaults()
{
    QStringList problems;
    for (const Activation &a : registry()) {
        const auto r = propertiesAt(a, a.defaults());
        if (!r) {
            problems << QStringLiteral("%1: %2").arg(QLatin1String(a.id.data(), a.id.size()), r.error().c_str());
            continue;
        }
        const QString id = QString::fromLatin1(a.id.data(), static_cast<qsizetype>(a.id.size()));
        if (r.value().monotonic != a.properties.monotonic)
            problems << id + QStringLiteral(": monotonic");
        if (r.value().zeroCentred != a.properties.zeroCentred)
            problems << id + QStringLiteral(": zero-centred");
        if (r.value().smooth != a.properties.smooth)
            problems << id + QStringLiteral(": smooth");
    }
    // Away from the defaults a kink can vanish: leaky ReLU with slope 1 is the identity, C¹.
    QVERIFY(propertiesAt(byId("leaky_relu"), {1.0, 0.0}).value().smooth);
    QVERIFY(!propertiesAt(byId("leaky_relu"), {0.5, 0.0}).value().smooth);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
}

void TestParamProperties::refusesBadParameters()
{
    const Activation &a = byId("isru");
    QVERIFY(!propertiesAt(a, with(a, -1.0, 0.0))); // α must be > 0
}

QTEST_GUILESS_MAIN(TestParamProperties)
#include "tst_paramproperties.moc"
