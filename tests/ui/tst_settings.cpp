// SPDX-License-Identifier: MIT
// Settings round-trip: the AppState saved to a QSettings file and loaded into a fresh one is
// the same state, reset restores the defaults, and a future or foreign entry is ignored.
#include "shell/mainwindow.h"
#include "state/appstate.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void windowGeometryRoundTrip();
    void resetToDefaults();
    void futureVersionIgnored();

private:
    QTemporaryDir m_dir;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSettings::roundTrip()
{
    AppState a;
    a.setShownFunctions({QStringLiteral("gelu"), QStringLiteral("elu"), QStringLiteral("relu")});
    a.setShown(QStringLiteral("elu"), false);
    a.setShown(QStringLiteral("swish"), true); // takes elu's freed colour slot
    a.setCurrentFunction(QStringLiteral("swish"));
    a.setParam(QStringLiteral("elu"), actviz::ParamId::Alpha, 1.75);
    a.setParam(QStringLiteral("leaky_relu"), actviz::ParamId::Alpha, 0.2);
    a.setEpsilon(0.0125);
    a.setShowDerivatives(false);
    a.setShowSaturation(true);
    a.setSaturationForAll(true);
    a.setXRange(-3.5, 9.25);
    a.setYRange(-0.5, 2.5);
    a.setSoftmaxInput(QStringLiteral("1; 2; -inf"));
    a.setTemperature(0.5);
    a.setLogSoftmax(true);
    {
        QSettings s(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        a.save(s);
    }
    AppState b;
    QSettings s(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    b.load(s);
    QCOMPARE(b.toJson(), a.toJson());
    QCOMPARE(b.shownFunctions(), QStringList({"gelu", "relu", "swish"}));
    QCOMPARE(b.colorSlot(QStringLiteral("swish")), a.colorSlot(QStringLiteral("swish")));
    QCOMPARE(b.params(QStringLiteral("elu")).alpha, 1.75);
    QCOMPARE(b.params(QStringLiteral("leaky_relu")).alpha, 0.2);
    QCOMPARE(b.epsilon(), 0.0125);
    QVERIFY(!b.yAuto());
    QCOMPARE(b.yMax(), 2.5);
    QCOMPARE(b.softmaxInput(), QStringLiteral("1; 2; -inf"));
    QCOMPARE(b.temperature(), 0.5);
}

void TestSettings::windowGeometryRoundTrip()
{
    const QString file = m_dir.filePath(QStringLiteral("w.ini"));
    {
        AppState state;
        MainWindow w(&state);
        w.resize(1111, 777);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSettings s(file, QSettings::IniFormat);
        w.saveLayout(s);
    }
    AppState state;
    MainWindow w(&state);
    QSettings s(file, QSettings::IniFormat);
    w.restoreLayout(s);
    QCOMPARE(w.size(), QSize(1111, 777));
}

void TestSettings::resetToDefaults()
{
    AppState a;
    const QJsonObject defaults = a.toJson();
    a.setShownFunctions({QStringLiteral("mish")});
    a.setParam(QStringLiteral("elu"), actviz::ParamId::Alpha, 1.5);
    a.setEpsilon(0.2);
    a.setTemperature(3);
    a.resetToDefaults();
    QCOMPARE(a.toJson(), defaults);
    QCOMPARE(a.shownFunctions(), QStringList({"sigmoid", "tanh", "relu"}));
}

void TestSettings::futureVersionIgnored()
{
    AppState a;
    const QJsonObject before = a.toJson();
    QJsonObject future = before;
    future[QStringLiteral("version")] = 99;
    future[QStringLiteral("epsilon")] = 0.3;
    QVERIFY(!a.fromJson(future));
    QCOMPARE(a.toJson(), before);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
