// SPDX-License-Identifier: MIT
// The pre-activation overlay (issue 13): X ~ N(μ, σ²) under the curves with what the current
// function makes of it. ReLU's dead fraction is Φ(−μ/σ) (½ at μ = 0, 0.1587 at μ = σ); E[relu(X)]
// is μΦ(μ/σ) + σφ(μ/σ); the read-out follows μ, σ and the function live; the state round-trips
// through a lesson; an exported figure draws it.
#include "export/exporter.h"
#include "lesson/lessonfile.h"
#include "plot/functionchart.h"
#include "plot/preactivationoverlay.h"
#include "state/appstate.h"
#include "widgets/preactivationcontrols.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

class TestPreactivation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readoutFollowsTheControls();
    void lessonAndExport();
};

void TestPreactivation::readoutFollowsTheControls()
{
    AppState state;
    state.setShownFunctions({QStringLiteral("relu")});
    state.setCurrentFunction(QStringLiteral("relu"));
    FunctionChart chart(&state);
    chart.resize(900, 600);
    PreactivationControls controls(&state);
    const PreactivationOverlay *overlay = chart.preactivationOverlay();
    QVERIFY(!overlay->isVisible());
    QVERIFY(overlay->readout().isEmpty());
    controls.toggle()->setChecked(true);
    QVERIFY(state.preactivationShown());
    QVERIFY(overlay->isVisible());
    // μ = 0, σ = 1: half of X is dead; E[relu(X)] = 1/√(2π) = 0.3989.
    QVERIFY2(overlay->readout().contains(QStringLiteral("50.0 % dead")), qPrintable(overlay->readout()));
    QVERIFY2(overlay->readout().contains(QStringLiteral("E[f] = 0.3989")), qPrintable(overlay->readout()));
    // μ = 1: Φ(−1) = 15.87 % dead; E = Φ(1) + φ(1) = 1.0833.
    controls.muBox()->setValue(1.0);
    QCOMPARE(state.statsMu(), 1.0);
    QVERIFY2(overlay->readout().contains(QStringLiteral("15.9 % dead")), qPrintable(overlay->readout()));
    QVERIFY2(overlay->readout().contains(QStringLiteral("E[f] = 1.083")), qPrintable(overlay->readout()));
    // σ = 2 with μ = 1: Φ(−½) = 30.85 %.
    controls.sigmaBox()->setValue(2.0);
    QCOMPARE(state.statsSigma(), 2.0);
    QVERIFY2(overlay->readout().contains(QStringLiteral("30.9 % dead")), qPrintable(overlay->readout()));
    // Another function: tanh is never dead.
    state.setShown(QStringLiteral("tanh"), true);
    state.setCurrentFunction(QStringLiteral("tanh"));
    QVERIFY2(overlay->readout().contains(QStringLiteral("0.0 % dead")) && overlay->readout().contains(QStringLiteral("Tanh")),
             qPrintable(overlay->readout()));
    controls.toggle()->setChecked(false);
    QVERIFY(!overlay->isVisible());
}

void TestPreactivation::lessonAndExport()
{
    AppState a;
    a.setPreactivationShown(true);
    a.setStatsMu(-1.5);
    const LessonReadResult read = LessonFile::parse(LessonFile::serialize(LessonFile::capture(a, QString())));
    QVERIFY2(read.lesson, qPrintable(read.error));
    AppState b;
    LessonFile::apply(*read.lesson, b);
    QVERIFY(b.preactivationShown());
    QCOMPARE(b.statsMu(), -1.5);
    const LessonReadResult refused = LessonFile::parse(
        R"({"format": "actviz-lesson", "version": 1, "state": {"preactivation": {"on": true, "mu": 50}}})");
    QVERIFY(!refused.lesson);
    QVERIFY2(refused.error.contains(QStringLiteral("preactivation.mu")), qPrintable(refused.error));
    ExportRequest request;
    request.size = QSize(800, 500);
    AppState off;
    QVERIFY(Exporter::renderImage(a, request) != Exporter::renderImage(off, request));
}

QTEST_MAIN(TestPreactivation)
#include "tst_preactivation.moc"
