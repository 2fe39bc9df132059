// SPDX-License-Identifier: MIT
// The training view: it trains live on its worker thread (snapshots arrive while the event loop
// runs, pausing stops the steps), a fixed seed gives the same run and the same exported figure,
// XOR is learned with tanh and ReLU but not with the identity, and the lesson opens on the view.
#include "export/exporter.h"
#include "lesson/lessonactions.h"
#include "registry.h"
#include "shell/mainwindow.h"
#include "state/appstate.h"
#include "teaching/trainingcontrols.h"
#include "teaching/trainingfigure.h"
#include "teaching/trainingsession.h"
#include "teaching/trainingview.h"

#include <QComboBox>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cmath>

class TestTrainingView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void trainsLiveAndPauses();
    void xorNeedsANonlinearity_data();
    void xorNeedsANonlinearity();
    void exportIsDeterministic();
    void typedFormulaTrainsAndExports();
    void captionSaysWhereAnExportStopped();
    void lessonOpensTheView();
    void setupRoundTripsThroughJson();
    void slidersDriveTheSetup();
};

// Samples, noise and the learning rate (log scale) have sliders beside their boxes.
void TestTrainingView::slidersDriveTheSetup()
{
    AppState state;
    TrainingControls controls(&state);
    const QList<QSlider *> sliders = controls.findChildren<QSlider *>();
    QCOMPARE(sliders.size(), 3);
    sliders[0]->setValue(sliders[0]->maximum());
    QCOMPARE(state.trainingSetup().data.samples, actviz::kMaxToySamples);
    sliders[1]->setValue(sliders[1]->maximum() / 2);
    QCOMPARE(state.trainingSetup().data.noise, actviz::kMaxToyNoise / 2);
    sliders[2]->setValue(sliders[2]->maximum());
    QCOMPARE(state.trainingSetup().net.learningRate, TrainingSetup::kMaxLearningRate);
    // The middle of the learning-rate slider is the geometric mean of 1e-4 and 10: 0.0316.
    sliders[2]->setValue(sliders[2]->maximum() / 2);
    QVERIFY(std::abs(state.trainingSetup().net.learningRate - std::sqrt(1e-4 * 10.0)) < 1e-4);
    // A lesson's uneven widths survive other edits; more layers take the last width; the units
    // box sets them all (it rewrote [16, 16, 4] to [16, 16, 16] at any edit).
    TrainingSetup uneven = state.trainingSetup();
    uneven.net.hidden = {16, 16, 4};
    state.setTrainingSetup(uneven);
    sliders[2]->setValue(sliders[2]->maximum() / 3);
    QCOMPARE(state.trainingSetup().net.hidden, (std::vector<int>{16, 16, 4}));
    auto *layers = controls.findChild<QSpinBox *>(QStringLiteral("layers"));
    auto *units = controls.findChild<QSpinBox *>(QStringLiteral("units"));
    QVERIFY(layers && units);
    QVERIFY2(units->toolTip().contains(QStringLiteral("[16, 16, 4]")), qPrintable(units->toolTip()));
    layers->setValue(4);
    QCOMPARE(state.trainingSetup().net.hidden, (std::vector<int>{16, 16, 4, 4}));
    layers->setValue(2);
    QCOMPARE(state.trainingSetup().net.hidden, (std::vector<int>{16, 16}));
    units->setValue(8);
    QCOMPARE(state.trainingSetup().net.hidden, (std::vector<int>{8, 8}));
    // The epochs an export trains are on screen and in the state.
    auto *epochs = controls.findChild<QSpinBox *>(QStringLiteral("epochs"));
    QVERIFY(epochs);
    QCOMPARE(epochs->value(), state.trainingSetup().epochs);
    epochs->setValue(123);
    QCOMPARE(state.trainingSetup().epochs, 123);
    // And the other way: the state moves the sliders.
    TrainingSetup s = state.trainingSetup();
    s.data.samples = actviz::kMinToySamples;
    state.setTrainingSetup(s);
    QCOMPARE(sliders[0]->value(), sliders[0]->minimum());
}

void TestTrainingView::trainsLiveAndPauses()
{
    AppState state;
    state.setCurrentFunction(QStringLiteral("tanh"));
    MainWindow window(&state);
    state.setCurrentView(ViewId::Training);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TrainingView *view = window.trainingView();
    QSignalSpy shown(view, &TrainingView::snapshotShown);
    QComboBox *speed = view->controls()->speedBox();
    QCOMPARE(speed->currentData().toInt(), 200); // slow enough to watch
    view->controls()->playButton()->setChecked(true);
    // Several frames while the event loop runs: the window is not blocked by the training.
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 4, 10000);
    QTRY_VERIFY(view->snapshot().step > 50);
    // 200 steps a second: about 200 more in one second (frames are 30 ms, so within ±30 %).
    const long long before = view->snapshot().step;
    QTest::qWait(1000);
    const long long perSecond = view->snapshot().step - before;
    QVERIFY2(perSecond > 140 && perSecond < 260, qPrintable(QString::number(perSecond)));
    view->controls()->playButton()->setChecked(false);
    QTest::qWait(200);
    const long long paused = view->snapshot().step;
    QTest::qWait(300);
    QCOMPARE(view->snapshot().step, paused);
    // One step.
    view->controls()->stepButton()->click();
    QTRY_COMPARE(view->snapshot().step, paused + 1);
    // A new setup starts again from step 0.
    TrainingSetup s = state.trainingSetup();
    s.data.kind = actviz::ToyDataset::Circles;
    state.setTrainingSetup(s);
    QTRY_COMPARE(view->snapshot().step, 0LL);
    QCOMPARE(view->snapshot().layers.size(), size_t(0));
    // The loss chart starts at step 0, with the initial weights' loss, not empty.
    QCOMPARE(view->snapshot().trainCurve.size(), 1);
    QCOMPARE(view->snapshot().trainCurve.first().x(), 0.0);
    QCOMPARE(view->snapshot().trainCurve.first().y(), view->snapshot().trainLoss);
    QVERIFY(view->snapshot().trainLoss > 0.1 && view->snapshot().trainLoss < 2.0);
}

void TestTrainingView::xorNeedsANonlinearity_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("learns");
    QTest::newRow("tanh") << "tanh" << true;
    QTest::newRow("relu") << "relu" << true;
    QTest::newRow("identity") << "identity" << false;
}

// The seeds' first lesson: stacked linear layers are one linear map; XOR needs a bend.
void TestTrainingView::xorNeedsANonlinearity()
{
    QFETCH(QString, id);
    QFETCH(bool, learns);
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    QVERIFY(a);
    TrainingSetup setup; // XOR, 200 points, noise 0.1, [8, 8], Adam 0.03, seed 1
    auto session = TrainingSession::create(setup, *a, a->defaults(), 0.05);
    QVERIFY(session);
    session->run(1500);
    const TrainingSnapshot s = session->snapshot();
    if (learns) {
        QVERIFY2(s.trainAccuracy >= 0.95, qPrintable(QString::number(s.trainAccuracy)));
        QVERIFY2(s.testAccuracy >= 0.9, qPrintable(QString::number(s.testAccuracy)));
    } else {
        QVERIFY2(s.trainAccuracy <= 0.75, qPrintable(QString::number(s.trainAccuracy)));
    }
    // The decision line p = ½ drawn on the boundary: straight for the linear network (one
    // linear map), bent for the others. Its farthest point from the line through its ends:
    QVERIFY(!s.decisionLine.isEmpty());
    QPointF a0 = s.decisionLine.first().p1();
    QPointF a1 = a0;
    for (const QLineF &l : s.decisionLine)
        for (const QPointF &q : {l.p1(), l.p2()})
            if (QLineF(a0, q).length() > QLineF(a0, a1).length())
                a1 = q;
    const QPointF d = a1 - a0;
    double bend = 0;
    for (const QLineF &l : s.decisionLine)
        for (const QPointF &q : {l.p1(), l.p2()})
            bend = std::max(bend, std::abs(d.x() * (q - a0).y() - d.y() * (q - a0).x()) / std::hypot(d.x(), d.y()));
    if (learns)
        QVERIFY2(bend > 0.2, qPrintable(QString::number(bend)));
    else
        QVERIFY2(bend < 0.01, qPrintable(QString::number(bend))); // a grid cell is 0.03 wide
}

void TestTrainingView::exportIsDeterministic()
{
    AppState state;
    state.setCurrentFunction(QStringLiteral("relu"));
    TrainingSetup s = state.trainingSetup();
    s.data.kind = actviz::ToyDataset::Moons;
    s.epochs = 60;
    state.setTrainingSetup(s);
    ExportRequest request;
    request.view = ViewId::Training;
    request.size = QSize(900, 560);
    request.caption = true;
    const QImage first = Exporter::renderImage(state, request);
    QVERIFY(!first.isNull());
    // Same seed, same figure; another seed, another one.
    QCOMPARE(Exporter::renderImage(state, request), first);
    s.data.seed = 2;
    state.setTrainingSetup(s);
    QVERIFY(Exporter::renderImage(state, request) != first);
    // Back to seed 1: trained again (the figure keeps only the last run), the same figure.
    s.data.seed = 1;
    state.setTrainingSetup(s);
    QCOMPARE(Exporter::renderImage(state, request), first);
}

// A typed formula trains like a built-in: Mish typed learns XOR as the built-in does, and
// retyping custom1 to x (linear) gives another figure and another caption (the figure was
// cached by id, and the export after retyping showed the old, solved XOR).
void TestTrainingView::typedFormulaTrainsAndExports()
{
    AppState state;
    QVERIFY(!state.setCustomFormula(QStringLiteral("custom1"), QStringLiteral("x*tanh(softplus(x))")));
    state.setCurrentFunction(QStringLiteral("custom1"));
    TrainingSetup s = state.trainingSetup();
    s.data.kind = actviz::ToyDataset::Xor;
    s.epochs = 300;
    state.setTrainingSetup(s);
    ExportRequest request;
    request.view = ViewId::Training;
    request.size = QSize(900, 560);
    const QImage typed = Exporter::renderImage(state, request);
    QVERIFY(!state.setCustomFormula(QStringLiteral("custom1"), QStringLiteral("x")));
    QVERIFY(Exporter::renderImage(state, request) != typed);
    const QString caption = TrainingFigure::captionHtml(state);
    QVERIFY2(caption.contains(QStringLiteral("Custom 1")), qPrintable(caption));
    state.setCurrentFunction(QStringLiteral("mish"));
    QCOMPARE(Exporter::renderImage(state, request), typed); // the same function, the same run
}

// An export trains at most 200,000 steps; asked for more (20000 epochs of batch 1 on a few
// training rows), its caption says how far it got instead of claiming every epoch (it said
// "trained for 5000 epochs" at epoch 1428.6).
void TestTrainingView::captionSaysWhereAnExportStopped()
{
    AppState state;
    state.setCurrentFunction(QStringLiteral("tanh"));
    TrainingSetup s = state.trainingSetup();
    s.data.samples = actviz::kMinToySamples;
    s.net.hidden = {2};
    s.net.batchSize = 1;
    s.epochs = 20000;
    state.setTrainingSetup(s);
    const QString capped = TrainingFigure::captionHtml(state);
    QVERIFY2(capped.contains(QStringLiteral("of the 20000 epochs asked")), qPrintable(capped));
    s.epochs = 10;
    state.setTrainingSetup(s);
    const QString full = TrainingFigure::captionHtml(state);
    QVERIFY2(full.contains(QStringLiteral("trained for 10 epochs")), qPrintable(full));
}

void TestTrainingView::lessonOpensTheView()
{
    AppState state;
    QVERIFY(LessonActions::examplePaths().contains(QStringLiteral(":/lessons/why-nonlinearity.json")));
    QCOMPARE(LessonActions::open(state, QStringLiteral(":/lessons/why-nonlinearity.json")), QString());
    QCOMPARE(state.currentView(), ViewId::Training);
    QCOMPARE(state.currentFunction(), QStringLiteral("identity"));
    QCOMPARE(state.trainingSetup().data.kind, actviz::ToyDataset::Xor);
    QCOMPARE(state.trainingSetup().net.hidden, (std::vector<int>{8, 8}));
}

void TestTrainingView::setupRoundTripsThroughJson()
{
    AppState a;
    TrainingSetup s = a.trainingSetup();
    s.data = {actviz::ToyDataset::Spirals, 400, 0.25, 0.2, 9};
    s.net.hidden = {16, 16, 4};
    s.net.init = actviz::MlpInit::He;
    s.net.optimizer = actviz::MlpOptimizer::Sgd;
    s.net.learningRate = 0.1;
    s.net.batchSize = 32;
    s.epochs = 77;
    a.setTrainingSetup(s);
    AppState b;
    b.fromJson(a.toJson());
    QVERIFY(b.trainingSetup() == a.trainingSetup());
    // Out of range is clamped: 9 layers of 40 units become 6 of 16.
    s.net.hidden.assign(9, 40);
    a.setTrainingSetup(s);
    QCOMPARE(a.trainingSetup().net.hidden, std::vector<int>(6, 16));
}

QTEST_MAIN(TestTrainingView)
#include "tst_trainingview.moc"
