// SPDX-License-Identifier: MIT
// clearUpperVectorState and the event filter every actviz process installs: after a 256-bit
// instruction the processor marks the vector registers' upper halves in use (as Qt's AVX2 fill
// leaves them), and both clear the mark. Read with XGETBV (ECX = 1); skipped where the processor
// cannot report it.
#include "state/application.h"
#include "state/uppervectorstate.h"

#include <QApplication>
#include <QEvent>
#include <QImage>
#include <QTest>

namespace {

// A 256-bit instruction the compiler cannot follow with VZEROUPPER (it does not look into asm).
void dirtyUpperHalves()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    asm volatile("vpcmpeqd %%ymm1, %%ymm1, %%ymm1" ::: "xmm1");
#endif
}

} // namespace

class TestUpperVectorState : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void clearedByTheFunction();
    void clearedByTheFilter();
    void qtFillLeavesItToTheFilter();
    void installedBySetUp();
};

void TestUpperVectorState::init()
{
    if (!upperVectorStateInUse())
        QSKIP("this processor does not report which vector state is in use (XGETBV ECX = 1)");
}

void TestUpperVectorState::clearedByTheFunction()
{
    dirtyUpperHalves();
    const bool dirty = *upperVectorStateInUse();
    clearUpperVectorState();
    const bool after = *upperVectorStateInUse();
    QVERIFY2(dirty, "a 256-bit instruction should mark the upper halves in use");
    QVERIFY(!after);
}

void TestUpperVectorState::clearedByTheFilter()
{
    UpperVectorStateFilter filter;
    QObject target;
    QEvent event(QEvent::User);
    dirtyUpperHalves();
    const bool dirty = *upperVectorStateInUse();
    const bool filtered = filter.eventFilter(&target, &event);
    const bool after = *upperVectorStateInUse();
    QVERIFY(dirty);
    QVERIFY(!after);
    QVERIFY2(!filtered, "the filter must let every event through");
}

void TestUpperVectorState::qtFillLeavesItToTheFilter()
{
    // Through the application: an event sent after Qt's own fill reaches its object with the
    // upper halves clear.
    QImage image(256, 256, QImage::Format_RGB32);
    QObject target;
    QEvent event(QEvent::User);
    image.fill(QColor(10, 20, 30));
    dirtyUpperHalves();
    QCoreApplication::sendEvent(&target, &event);
    QVERIFY(!*upperVectorStateInUse());
}

void TestUpperVectorState::installedBySetUp()
{
    QVERIFY(qApp->findChild<UpperVectorStateFilter *>() != nullptr);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    setUpApplication(app);
    TestUpperVectorState test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_uppervectorstate.moc"
