// SPDX-License-Identifier: MIT
// The teaching views' inputs in AppState: defaults from the issue, clamping to the documented
// limits, one change signal per real change, and the settings round-trip.
#include "state/appstate.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestTeachingState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaults();
    void depthClamped_data();
    void depthClamped();
    void refusesBadValues();
    void signalsOnlyOnChange();
    void roundTrip();
    void resetRestoresDefaults();

private:
    QTemporaryDir m_dir;
};

void TestTeachingState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTeachingState::defaults()
{
    AppState s;
    QCOMPARE(s.currentView(), ViewId::Functions);
    QCOMPARE(s.compareF(), QStringLiteral("gelu"));
    QCOMPARE(s.compareG(), QStringLiteral("gelu_tanh"));
    // Issue 4: width 128, depth 30, Xavier, a fixed seed.
    QCOMPARE(s.depthConfig().width, 128);
    QCOMPARE(s.depthConfig().depth, 30);
    QCOMPARE(s.depthConfig().init, actviz::WeightInit::Xavier);
    QCOMPARE(s.depthConfig().gain, 1.0);
    QCOMPARE(s.statsSigma(), 1.0);
    QCOMPARE(s.lossLabel(), 1);
    QCOMPARE(s.lossClass(), 0);
    QCOMPARE(s.outcomes(), QStringLiteral("1,0,1,0,0,0,1,0,0,0"));
    QVERIFY(!s.naiveOverlay());
    QCOMPARE(s.naivePrecision(), actviz::Precision::Float64);
}

void TestTeachingState::depthClamped_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("depth");
    QTest::addColumn<double>("gain");
    QTest::addColumn<int>("expectedWidth");
    QTest::addColumn<int>("expectedDepth");
    QTest::addColumn<double>("expectedGain");
    QTest::newRow("inside") << 64 << 10 << 2.0 << 64 << 10 << 2.0;
    QTest::newRow("largest allowed") << 512 << 100 << 4.0 << 512 << 100 << 4.0;
    QTest::newRow("too wide and deep") << 4096 << 1000 << 10.0 << 512 << 100 << 4.0;
    QTest::newRow("too small") << 0 << 0 << 0.0 << 2 << 1 << 0.1;
    QTest::newRow("NaN gain") << 16 << 5 << qQNaN() << 16 << 5 << 1.0;
}

void TestTeachingState::depthClamped()
{
    QFETCH(int, width);
    QFETCH(int, depth);
    QFETCH(double, gain);
    AppState s;
    actviz::DepthConfig c = s.depthConfig();
    c.width = width;
    c.depth = depth;
    c.gain = gain;
    s.setDepthConfig(c);
    QTEST(s.depthConfig().width, "expectedWidth");
    QTEST(s.depthConfig().depth, "expectedDepth");
    QTEST(s.depthConfig().gain, "expectedGain");
}

void TestTeachingState::refusesBadValues()
{
    AppState s;
    s.setCompareFunctions(QStringLiteral("gelu"), QStringLiteral("no_such_function"));
    QCOMPARE(s.compareG(), QStringLiteral("gelu_tanh"));
    s.setLossLabel(2);
    QCOMPARE(s.lossLabel(), 1);
    s.setLossClass(-1);
    QCOMPARE(s.lossClass(), 0);
    s.setLikelihoodP(1.5);
    QCOMPARE(s.likelihoodP(), 1.0);
    s.setLikelihoodP(qQNaN());
    QCOMPARE(s.likelihoodP(), 1.0);
    s.setStatsSigma(1e9);
    QCOMPARE(s.statsSigma(), AppState::kMaxSigma);
}

void TestTeachingState::signalsOnlyOnChange()
{
    AppState s;
    QSignalSpy view(&s, &AppState::currentViewChanged);
    QSignalSpy naive(&s, &AppState::naiveChanged);
    QSignalSpy likelihood(&s, &AppState::likelihoodChanged);
    QSignalSpy depth(&s, &AppState::depthConfigChanged);
    s.setCurrentView(ViewId::Depth);
    s.setCurrentView(ViewId::Depth);
    QCOMPARE(view.count(), 1);
    QCOMPARE(view.first().first().value<ViewId>(), ViewId::Depth);
    s.setNaiveOverlay(true);
    s.setNaiveOverlay(true);
    s.setNaivePrecision(actviz::Precision::Float32);
    QCOMPARE(naive.count(), 2);
    s.setOutcomes(QStringLiteral("1,1"));
    s.setOutcomes(QStringLiteral("1,1"));
    QCOMPARE(likelihood.count(), 1);
    s.setDepthConfig(s.depthConfig());
    QCOMPARE(depth.count(), 0);
}

void TestTeachingState::roundTrip()
{
    AppState a;
    a.setCurrentView(ViewId::Likelihood);
    a.setCompareFunctions(QStringLiteral("gelu"), QStringLiteral("silu"));
    actviz::DepthConfig c;
    c.width = 256;
    c.depth = 77;
    c.init = actviz::WeightInit::He;
    c.gain = 1.25;
    c.seed = 12345;
    a.setDepthConfig(c);
    a.setStatsSigma(2.5);
    a.setLossLabel(0);
    a.setLossClass(2);
    a.setOutcomes(QStringLiteral("1, 1, 0, x")); // kept as typed, even when invalid
    a.setLikelihoodP(0.2);
    a.setNaiveOverlay(true);
    a.setNaivePrecision(actviz::Precision::Float32);
    {
        QSettings s(m_dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        a.save(s);
    }
    AppState b;
    QSettings s(m_dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
    b.load(s);
    QCOMPARE(b.toJson(), a.toJson());
    QCOMPARE(b.currentView(), ViewId::Likelihood);
    QCOMPARE(b.compareG(), QStringLiteral("silu"));
    QCOMPARE(b.depthConfig().width, 256);
    QCOMPARE(b.depthConfig().depth, 77);
    QCOMPARE(b.depthConfig().init, actviz::WeightInit::He);
    QCOMPARE(b.depthConfig().gain, 1.25);
    QCOMPARE(b.depthConfig().seed, std::uint64_t{12345});
    QCOMPARE(b.statsSigma(), 2.5);
    QCOMPARE(b.lossLabel(), 0);
    QCOMPARE(b.lossClass(), 2);
    QCOMPARE(b.outcomes(), QStringLiteral("1, 1, 0, x"));
    QCOMPARE(b.likelihoodP(), 0.2);
    QVERIFY(b.naiveOverlay());
    QCOMPARE(b.naivePrecision(), actviz::Precision::Float32);
}

void TestTeachingState::resetRestoresDefaults()
{
    AppState a;
    const QJsonObject fresh = a.toJson();
    a.setCurrentView(ViewId::Compare);
    a.setNaiveOverlay(true);
    a.setOutcomes(QStringLiteral("0"));
    actviz::DepthConfig c;
    c.depth = 5;
    a.setDepthConfig(c);
    a.resetToDefaults();
    QCOMPARE(a.toJson(), fresh);
}

QTEST_MAIN(TestTeachingState)
#include "tst_teachingstate.moc"
