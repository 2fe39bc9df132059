// SPDX-License-Identifier: MIT
// The window on a projector and in front of a class: it fits 1024×700 with every panel readable,
// presentation mode hides the panels and enlarges the text and gives both back, the saturation
// caption names its function (and no band is drawn for a hidden one), and Properties follows α, β.
#include "plot/functionchart.h"
#include "plot/saturationbands.h"
#include "shell/mainwindow.h"
#include "shell/presentationmode.h"
#include "shell/windowhost.h"
#include "state/appstate.h"
#include "text/language.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

class TestSmallScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fitsAProjector_data();
    void fitsAProjector();
    void presentationModeHidesAndRestores();
    void presentationSurvivesALanguageSwitch();
    void bandCaptionNamesItsFunction();
    void noBandForAHiddenFunction();
    void propertiesFollowParameters();
    void everyViewInTheViewMenu();
};

// Every tab, docks included, fits a 1024×700 screen less a window frame: the minimum size the
// layouts ask for is what a projector must give.
void TestSmallScreen::fitsAProjector_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN"); // other words, other widths
}

void TestSmallScreen::fitsAProjector()
{
    QFETCH(QString, language);
    QVERIFY(Language::instance()->setCurrent(language));
    const auto restore = qScopeGuard([] { Language::instance()->setCurrent(QStringLiteral("en")); });
    AppState state;
    MainWindow window(&state);
    QStringList tooWide;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        const QSize need = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (need.width() > 1024 || need.height() > 700)
            tooWide << QStringLiteral("%1 needs %2×%3 (page %4×%5)")
                           .arg(window.tabs()->tabText(i))
                           .arg(need.width())
                           .arg(need.height())
                           .arg(window.tabs()->widget(i)->minimumSizeHint().width())
                           .arg(window.tabs()->widget(i)->minimumSizeHint().height());
    }
    QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral("; "))));
    // The panels keep a readable width.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        QVERIFY2(dock->minimumWidth() >= MainWindow::kMinListWidth, qPrintable(dock->objectName()));
}

void TestSmallScreen::presentationModeHidesAndRestores()
{
    AppState state;
    MainWindow window(&state);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto *list = window.findChild<QDockWidget *>(QStringLiteral("functionsDock"));
    QVERIFY(list && list->isVisible());
    const QFont before = QApplication::font();
    QAction *toggle = window.presentationMode()->action();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F11));
    toggle->trigger();
    QVERIFY(window.presentationMode()->isOn());
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    QVERIFY(QApplication::font().pointSizeF() >= before.pointSizeF() * 1.4);
    QVERIFY(window.windowState() & Qt::WindowFullScreen);
    // Switching tabs does not bring the panels back while presenting.
    window.tabs()->setCurrentIndex(2);
    window.tabs()->setCurrentIndex(0);
    QVERIFY(!list->isVisible());
    // Esc leaves.
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.presentationMode()->isOn());
    QVERIFY(!toggle->isChecked());
    QCOMPARE(QApplication::font(), before);
    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
    QTRY_VERIFY(list->isVisible());
}

// The window is rebuilt in the new language: the new one presents, and ending the presentation
// gives back the fonts as they were before it began.
void TestSmallScreen::presentationSurvivesALanguageSwitch()
{
    AppState state;
    WindowHost host(&state);
    host.show(QSettings());
    const QFont before = QApplication::font();
    host.window()->presentationMode()->setOn(true);
    const QFont large = QApplication::font();
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    const auto restore = qScopeGuard([] { Language::instance()->setCurrent(QStringLiteral("en")); });
    MainWindow *fresh = host.window();
    QVERIFY(fresh->presentationMode()->isOn());
    QVERIFY(fresh->presentationMode()->action()->isChecked());
    QCOMPARE(QApplication::font(), large);
    for (const QDockWidget *dock : fresh->findChildren<QDockWidget *>())
        QVERIFY2(dock->isHidden(), qPrintable(dock->objectName()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the old window goes
    QCOMPARE(QApplication::font(), large);
    fresh->presentationMode()->setOn(false);
    QCOMPARE(QApplication::font(), before);
}

void TestSmallScreen::bandCaptionNamesItsFunction()
{
    AppState state;
    state.setShownFunctions({QStringLiteral("sigmoid"), QStringLiteral("tanh")});
    state.setCurrentFunction(QStringLiteral("sigmoid"));
    state.setShowSaturation(true);
    state.setSaturationForAll(false);
    state.setEpsilon(0.05);
    FunctionChart chart(&state);
    chart.resize(800, 500);
    chart.refresh();
    const SaturationBands *bands = chart.saturationBands();
    QVERIFY(!bands->bands().isEmpty());
    QVERIFY2(bands->caption().startsWith(QStringLiteral("Sigmoid: |f′| < 0.05")), qPrintable(bands->caption()));
    state.setCurrentFunction(QStringLiteral("tanh"));
    QVERIFY2(bands->caption().startsWith(QStringLiteral("Tanh: |f′| < 0.05")), qPrintable(bands->caption()));
    // Every shown function: each band in its curve's colour, the caption says so.
    state.setSaturationForAll(true);
    QVERIFY2(bands->caption().startsWith(QStringLiteral("every shown function")), qPrintable(bands->caption()));
}

void TestSmallScreen::noBandForAHiddenFunction()
{
    AppState state;
    state.setShownFunctions({QStringLiteral("tanh")});
    state.setCurrentFunction(QStringLiteral("sigmoid")); // selected in the list, but not ticked
    state.setShowSaturation(true);
    state.setSaturationForAll(false);
    FunctionChart chart(&state);
    chart.resize(800, 500);
    chart.refresh();
    QVERIFY(chart.saturationBands()->bands().isEmpty());
    QVERIFY(chart.saturationBands()->caption().isEmpty());
    state.setShownFunctions({QStringLiteral("tanh"), QStringLiteral("sigmoid")});
    QVERIFY(!chart.saturationBands()->bands().isEmpty());
}

void TestSmallScreen::propertiesFollowParameters()
{
    AppState state;
    state.setCurrentFunction(QStringLiteral("elu"));
    MainWindow window(&state);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
    QVERIFY(dock);
    // The table is filled once the window has painted its first frame.
    QLabel *table = nullptr;
    const auto findTable = [&] {
        for (QLabel *label : dock->findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("monotonic")))
                table = label;
        return table != nullptr;
    };
    QTRY_VERIFY(findTable());
    QVERIFY(table->text().contains(QStringLiteral("At the default parameters.")));
    // ELU at α = 2: range (−2, ∞), the largest slope 2 (at x → 0⁻); the table says so once the
    // drag pauses.
    state.setParam(QStringLiteral("elu"), actviz::ParamId::Alpha, 2.0);
    QTRY_VERIFY2(table->text().contains(QStringLiteral("At α = 2.")), qPrintable(table->text()));
    QVERIFY2(table->text().contains(QStringLiteral("−2 … ∞")), qPrintable(table->text()));
    state.setParam(QStringLiteral("elu"), actviz::ParamId::Alpha, 1.0);
    QTRY_VERIFY(table->text().contains(QStringLiteral("At the default parameters.")));
}

// At 1024×700 the tab bar scrolls its last tabs out of sight: the View menu lists every view,
// with Ctrl+1…9, and its entry shows that view.
void TestSmallScreen::everyViewInTheViewMenu()
{
    AppState state;
    MainWindow window(&state);
    QTabWidget *tabs = window.tabs();
    QCOMPARE(tabs->count(), 9);
    for (int i = tabs->count() - 1; i >= 0; --i) {
        QAction *go = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)))
                go = a;
        QVERIFY2(go, qPrintable(tabs->tabText(i)));
        QCOMPARE(go->text(), QString(tabs->tabText(i)).remove(QLatin1Char('&'))); // no second mnemonic
        go->trigger();
        QCOMPARE(tabs->currentIndex(), i);
    }
}

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
