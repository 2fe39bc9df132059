// SPDX-License-Identifier: MIT
// What the suites that run `actviz export` share (tst_viewexport, tst_normview): the binary run
// with the environment a user has, and a count of the pixels of a colour in what it wrote.
#pragma once

#include <QColor>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdlib>

namespace uitest {

struct Run {
    int exitCode = -1;
    QString err;
};

// actviz with these arguments; exit code -1 if it crashed or ran over a minute.
inline Run runActviz(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command sets the offscreen platform itself
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACTVIZ_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

// Pixels within a small distance of a colour, every other pixel in each direction (antialiasing
// blends a curve's edges, not its middle).
inline int pixelsNear(const QImage &image, QRgb target)
{
    int n = 0;
    const QColor t = QColor::fromRgb(target);
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - t.red()) + std::abs(c.green() - t.green()) + std::abs(c.blue() - t.blue()) < 30)
                ++n;
        }
    return n;
}

} // namespace uitest
