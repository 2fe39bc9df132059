// SPDX-License-Identifier: MIT
// core/customactivation (issue 12): a typed formula becomes an Activation found by its slot's
// id; redefining a slot changes what the same Activation computes; clearing hides it; a snapshot
// of the slots puts back exactly what was there (a refused lesson must not change them).
#include "customactivation.h"
#include "registry.h"
#include "saturation.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace actviz;

class TestCustomActivation : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void slotIds();
    void definesFindsAndRedefines();
    void parametersFollowTheFormula();
    void refusals();
    void clearHidesTheSlot();
    void snapshotRestoresEverySlot();
    void saturationOfAnOscillatingFormula();
    void derivativeUndefinedWhereFIs();
};

void TestCustomActivation::init()
{
    for (int i = 0; i < kCustomSlots; ++i)
        clearCustom(i);
}

void TestCustomActivation::slotIds()
{
    QCOMPARE(customSlotOf("custom1"), 0);
    QCOMPARE(customSlotOf("custom8"), 7);
    QCOMPARE(customSlotOf("custom9"), -1);
    QCOMPARE(customSlotOf("custom0"), -1);
    QCOMPARE(customSlotOf("custom10"), -1);
    QCOMPARE(customSlotOf("relu"), -1);
    QCOMPARE(customSlotOf(""), -1);
}

void TestCustomActivation::definesFindsAndRedefines()
{
    QVERIFY(!findActivation("custom3"));
    const auto d = defineCustom(2, "max(0,  x)");
    QVERIFY(d);
    QCOMPARE(QString::fromStdString(d->source), QStringLiteral("max(0,  x)")); // as typed
    const Activation *a = findActivation("custom3");
    QVERIFY(a);
    QCOMPARE(a, d->activation);
    QCOMPARE(a->value(-2.0, {}), 0.0);
    QCOMPARE(a->value(3.0, {}), 3.0);
    QCOMPARE(a->derivative(3.0, {}), 1.0);
    QCOMPARE(a->kinkPoints({}).size(), std::size_t{1});
    QCOMPARE(a->kinkPoints({}).front().x, 0.0);
    // The same Activation object, now computing the new formula.
    QVERIFY(defineCustom(2, "x^3"));
    QCOMPARE(findActivation("custom3"), a);
    QCOMPARE(a->value(2.0, {}), 8.0);
    QCOMPARE(a->derivative(2.0, {}), 12.0);
    QVERIFY(a->kinkPoints({}).empty());
    QCOMPARE(QString::fromUtf8(a->id.data(), static_cast<qsizetype>(a->id.size())), QStringLiteral("custom3"));
}

void TestCustomActivation::parametersFollowTheFormula()
{
    QVERIFY(defineCustom(0, "alpha*x"));
    const Activation *a = findActivation("custom1");
    QVERIFY(a->param(ParamId::Alpha).used);
    QVERIFY(!a->param(ParamId::Beta).used);
    QCOMPARE(a->defaults().alpha, 1.0);
    QCOMPARE(a->value(2.0, {3.0, 0.0}), 6.0);
    QVERIFY(defineCustom(0, "sin(β*x)"));
    QVERIFY(!a->param(ParamId::Alpha).used);
    QVERIFY(a->param(ParamId::Beta).used);
}

void TestCustomActivation::refusals()
{
    const auto typo = defineCustom(0, "x*tnah(x)");
    QVERIFY(!typo);
    QCOMPARE(typo.error().column, 3);
    QVERIFY(QString::fromStdString(typo.error().message).contains(QStringLiteral("tanh")));
    QVERIFY(!defineCustom(0, "2 + alpha")); // no x: a constant is not an activation
    QVERIFY(!defineCustom(-1, "x"));
    QVERIFY(!defineCustom(kCustomSlots, "x"));
    QVERIFY(!findActivation("custom1")); // nothing was defined by the refusals
}

void TestCustomActivation::clearHidesTheSlot()
{
    QVERIFY(defineCustom(4, "tanh(x)"));
    const Activation *a = findActivation("custom5");
    QVERIFY(a);
    clearCustom(4);
    QVERIFY(!findActivation("custom5"));
    QVERIFY(!customDefinition(4));
    QCOMPARE(a->value(0.5, {}), std::tanh(0.5)); // a holder keeps evaluating the last formula
    clearCustom(99);                             // out of range: nothing happens
}

void TestCustomActivation::snapshotRestoresEverySlot()
{
    QVERIFY(defineCustom(0, "x*sigmoid(x)"));
    QVERIFY(defineCustom(1, "abs(x)"));
    const CustomSources before = customSources();
    QCOMPARE(before[0].value(), std::string("x*sigmoid(x)"));
    QVERIFY(!before[2]);
    QVERIFY(defineCustom(0, "x^2"));
    clearCustom(1);
    QVERIFY(defineCustom(2, "exp(x)"));
    restoreCustom(before);
    QCOMPARE(customSources(), before);
    QCOMPARE(findActivation("custom1")->value(2.0, {}), 2.0 / (1.0 + std::exp(-2.0)));
    QCOMPARE(findActivation("custom2")->value(-3.0, {}), 3.0);
    QVERIFY(!findActivation("custom3"));
}

void TestCustomActivation::saturationOfAnOscillatingFormula()
{
    // A typed formula has no table of turning points: its grid is refined where f' turns. sin(x)
    // must then give what the built-in sinusoid gives (whose turns are kπ in closed form), and a
    // range too long to search is refused: the grid alone printed 101 intervals about 3750 wide on
    // [1e15, 1e15 + 10], each claiming |cos x| < 0.05.
    QVERIFY(defineCustom(0, "sin(x)"));
    const Activation *typed = findActivation("custom1");
    const Activation *builtIn = findActivation("sinusoid");
    QVERIFY(typed && builtIn);
    for (const auto &[lo, hi] : {std::pair{-10.0, 10.0}, std::pair{-1000.0, 1000.0}, std::pair{0.3, 70.0}}) {
        const auto got = findSaturation(*typed, {}, 0.05, lo, hi);
        const auto want = findSaturation(*builtIn, {}, 0.05, lo, hi);
        QVERIFY(got && want);
        QCOMPARE(got->size(), want->size());
        for (std::size_t i = 0; i < got->size(); ++i) {
            // The same intervals; the ends bisected from other cuts may differ by a few ulp.
            QVERIFY(std::abs((*got)[i].lo - (*want)[i].lo) <= 1e-13 * std::max(1.0, std::abs((*want)[i].lo)));
            QVERIFY(std::abs((*got)[i].hi - (*want)[i].hi) <= 1e-13 * std::max(1.0, std::abs((*want)[i].hi)));
        }
    }
    for (const auto &[lo, hi] : {std::pair{-1e6, 1e6}, std::pair{1e15, 1.00000001e15}, std::pair{-1e300, 1e300}}) {
        const auto refused = findSaturation(*typed, {}, 0.05, lo, hi);
        QVERIFY2(!refused, "an f' turning more often than the budget must be refused");
        QVERIFY2(refused.error().find("narrow the range") != std::string::npos, refused.error().c_str());
    }
    // A smooth formula keeps its one interval per side, found as before.
    QVERIFY(defineCustom(1, "x*tanh(softplus(x))"));
    const auto mish = findSaturation(*findActivation("custom2"), {}, 0.05, -10.0, 10.0);
    const auto builtInMish = findSaturation(*findActivation("mish"), {}, 0.05, -10.0, 10.0);
    QVERIFY(mish && builtInMish);
    QCOMPARE(mish->size(), builtInMish->size());
}

void TestCustomActivation::derivativeUndefinedWhereFIs()
{
    // d/dx log x = 1/x is −1 at x = −1, where log x itself is NaN: f′ is NaN there too.
    QVERIFY(defineCustom(0, "log(x)"));
    const Activation *a = findActivation("custom1");
    QVERIFY(a);
    QVERIFY(std::isnan(a->value(-1.0, {})));
    QVERIFY(std::isnan(a->derivative(-1.0, {})));
    QCOMPARE(a->derivative(2.0, {}), 0.5);
    QCOMPARE(a->derivative(0.0, {}), std::numeric_limits<double>::infinity()); // the limit from the right
    Eigen::ArrayXd x(3);
    x << -1.0, 2.0, 4.0;
    const Eigen::ArrayXd d = a->derivative(x, {});
    QVERIFY(std::isnan(d[0]));
    QCOMPARE(d[1], 0.5);
    QCOMPARE(d[2], 0.25);
}

QTEST_APPLESS_MAIN(TestCustomActivation)
#include "tst_customactivation.moc"
