// SPDX-License-Identifier: MIT
// Switching the interface language at run time: to zh_CN and back without a restart, from the
// language menu (the choice remembered in the settings), an unknown language refused; and Chinese
// text drawn with a Simplified Chinese font, not boxes.
#include "shell/mainwindow.h"
#include "shell/windowhost.h"
#include "state/appstate.h"
#include "text/language.h"

#include <QAction>
#include <QFont>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QRawFont>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void switchBackToEnglish();
    void languageMenuSwitchesAndRemembers();
    void chineseUsesSimplifiedChineseFont();
    void invalidLanguageRefused();

private:
    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLanguage::cleanup()
{
    Language::instance()->setCurrent(QStringLiteral("en"));
}

void TestLanguage::switchBackToEnglish()
{
    AppState state;
    QSettings settings(m_dir.filePath(QStringLiteral("back.ini")), QSettings::IniFormat);
    WindowHost host(&state);
    host.show(settings);
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    QVERIFY(host.window()->windowTitle().contains(QStringLiteral("激活函数")));
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("en")));
    QCOMPARE(host.window()->windowTitle(), QStringLiteral("actviz — activation functions"));
    const QList<QAction *> menus = host.window()->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), QStringLiteral("&File"));
}

void TestLanguage::languageMenuSwitchesAndRemembers()
{
    AppState state;
    QSettings layout(m_dir.filePath(QStringLiteral("menu.ini")), QSettings::IniFormat);
    WindowHost host(&state);
    host.show(layout);
    const MainWindow *english = host.window();
    auto *menu = english->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QAction *chinese = nullptr;
    for (QAction *a : menu->actions())
        if (a->data().toString() == QLatin1String("zh_CN"))
            chinese = a;
    QVERIFY(chinese);
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
    chinese->trigger();
    // The switch is queued: the menu belongs to the window it replaces.
    QCoreApplication::processEvents();
    QVERIFY(host.window() != english);
    QCOMPARE(Language::instance()->current(), QStringLiteral("zh_CN"));
    QVERIFY(host.window()->windowTitle().contains(QStringLiteral("激活函数")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(Language::fromSettings(QSettings()), QStringLiteral("zh_CN"));
    // The new window's menu marks the language in use.
    auto *rebuilt = host.window()->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(rebuilt);
    for (QAction *a : rebuilt->actions())
        QCOMPARE(a->isChecked(), a->data().toString() == QLatin1String("zh_CN"));
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestLanguage::chineseUsesSimplifiedChineseFont()
{
    QVERIFY(Language::instance()->setCurrent(QStringLiteral("zh_CN")));
    const QString cjk = Language::cjkFontFamily();
    QVERIFY2(!cjk.isEmpty(), "no Simplified Chinese font is installed (Debian: fonts-noto-cjk)");
    // The figure font and the application font: each Han character must come from a font that
    // has it and draws the Simplified Chinese shapes, never from a box or a JP/TC variant.
    const QString sample = QStringLiteral("激活函数的导数与梯度");
    for (const QFont &font : {QFont(QStringLiteral("DejaVu Sans")), QGuiApplication::font()}) {
        QTextLayout layout(QStringLiteral("ReLU ") + sample, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        bool hanSeen = false;
        for (const QGlyphRun &run : layout.glyphRuns()) {
            const QRawFont raw = run.rawFont();
            if (raw.familyName() != cjk)
                continue;
            hanSeen = true;
            for (const QChar c : sample)
                QVERIFY2(raw.supportsCharacter(c), qPrintable(QStringLiteral("%1 lacks %2").arg(cjk, c)));
        }
        QVERIFY2(hanSeen,
                 qPrintable(QStringLiteral("Chinese text in %1 is not drawn with %2").arg(font.family(), cjk)));
    }
}

void TestLanguage::invalidLanguageRefused()
{
    QVERIFY(!Language::instance()->setCurrent(QStringLiteral("fr")));
    QVERIFY(!Language::instance()->setCurrent(QString()));
    QCOMPARE(Language::instance()->current(), QStringLiteral("en"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
