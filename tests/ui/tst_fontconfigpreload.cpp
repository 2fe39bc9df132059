// SPDX-License-Identifier: MIT
// FontconfigPreload: once waited for, fontconfig's configuration is loaded — its font caches are
// mapped into the process, which nothing else in this test (no QGuiApplication, no text) does.
#include "text/fontconfigpreload.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

// Mappings of fontconfig's cache files (/var/cache/fontconfig/*.cache-N) in this process.
int mappedFontCaches()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    for (const QByteArray &line : maps.readAll().split('\n'))
        n += line.contains("fontconfig") && line.contains(".cache-") ? 1 : 0;
    return n;
}

} // namespace

class TestFontconfigPreload : public QObject
{
    Q_OBJECT
private slots:
    void loadsTheConfiguration();
};

void TestFontconfigPreload::loadsTheConfiguration()
{
#if !defined(Q_OS_LINUX)
    QSKIP("fontconfig is what Qt uses on Linux");
#else
    if (QDir(QStringLiteral("/var/cache/fontconfig")).entryList({QStringLiteral("*.cache-*")}, QDir::Files).isEmpty())
        QSKIP("this system has no fontconfig caches to map");
    QCOMPARE(mappedFontCaches(), 0); // nothing has asked for fonts yet
    FontconfigPreload fonts;
    fonts.wait();
    QVERIFY(mappedFontCaches() > 0);
    fonts.wait(); // a second wait returns at once
    QVERIFY(mappedFontCaches() > 0);
#endif
}

QTEST_GUILESS_MAIN(TestFontconfigPreload)
#include "tst_fontconfigpreload.moc"
