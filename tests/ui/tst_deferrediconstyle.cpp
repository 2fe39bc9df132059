// SPDX-License-Identifier: MIT
// DeferredIconStyle: the menu bar's extension icons are stand-ins until drawn, and then the
// base style's own pixels; every other icon, and the style itself, are the base style's.
#include "shell/deferrediconstyle.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <optional>

class TestDeferredIconStyle : public QObject
{
    Q_OBJECT
private slots:
    void menuBarLoadsNoImagePlugin(); // first: nothing else in this process has read an icon yet
    void keepsTheNamedStyle();
    void drawsTheBaseStylesIcon_data();
    void drawsTheBaseStylesIcon();
    void menuBarBuiltWithTheStandIn();
};

namespace {

// Whether any of Qt's image-format plugins is mapped into this process (Linux: /proc/self/maps).
std::optional<bool> imagePluginsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return std::nullopt;
    return maps.readAll().contains("/imageformats/");
}

} // namespace

void TestDeferredIconStyle::menuBarLoadsNoImagePlugin()
{
    if (!imagePluginsLoaded())
        QSKIP("no /proc/self/maps to read");
    QVERIFY(!*imagePluginsLoaded());
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()->name()));
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("File"));
    QVERIFY2(!*imagePluginsLoaded(), "building a menu bar read its extension icon");
}

void TestDeferredIconStyle::keepsTheNamedStyle()
{
    DeferredIconStyle style(QStringLiteral("Fusion"));
    QCOMPARE(style.baseStyle()->name().toLower(), QStringLiteral("fusion"));
}

void TestDeferredIconStyle::drawsTheBaseStylesIcon_data()
{
    QTest::addColumn<int>("sp");
    QTest::addColumn<bool>("deferred");
    QTest::newRow("menu bar extension, horizontal") << int(QStyle::SP_ToolBarHorizontalExtensionButton) << true;
    QTest::newRow("menu bar extension, vertical") << int(QStyle::SP_ToolBarVerticalExtensionButton) << true;
    QTest::newRow("dock close button") << int(QStyle::SP_TitleBarCloseButton) << false;
    QTest::newRow("line edit clear button") << int(QStyle::SP_LineEditClearButton) << false;
}

void TestDeferredIconStyle::drawsTheBaseStylesIcon()
{
    QFETCH(int, sp);
    QFETCH(bool, deferred);
    const auto pixmap = static_cast<QStyle::StandardPixmap>(sp);
    DeferredIconStyle style(QStringLiteral("Fusion"));
    const QIcon icon = style.standardIcon(pixmap);
    QCOMPARE(DeferredIconStyle::defers(pixmap), deferred);
    QCOMPARE(icon.isNull(), false);
    const QIcon reference = QStyleFactory::create(QStringLiteral("Fusion"))->standardIcon(pixmap);
    for (const int side : {16, 24, 32}) {
        const QImage got = icon.pixmap(side, side).toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage want = reference.pixmap(side, side).toImage().convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(!want.isNull(), "the base style has this icon");
        QCOMPARE(got, want);
    }
    QCOMPARE(icon.actualSize(QSize(64, 64)), reference.actualSize(QSize(64, 64)));
}

void TestDeferredIconStyle::menuBarBuiltWithTheStandIn()
{
    // What the window does: the style set on the application, then a menu bar that overflows,
    // so that the extension button is drawn with the icon once it is shown.
    QMainWindow window;
    for (int i = 0; i < 30; ++i)
        window.menuBar()->addMenu(QStringLiteral("Menu %1").arg(i));
    window.resize(300, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto *extension = window.menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
    QVERIFY(extension != nullptr);
    QVERIFY2(extension->isVisible(), "30 menus in 300 px overflow");
    const QIcon reference =
        QStyleFactory::create(QStringLiteral("Fusion"))->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QCOMPARE(extension->icon().pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32),
             reference.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32));
    QVERIFY(!window.grab().toImage().isNull());
}

QTEST_MAIN(TestDeferredIconStyle)
#include "tst_deferrediconstyle.moc"
