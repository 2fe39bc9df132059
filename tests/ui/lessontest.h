// SPDX-License-Identifier: MIT
// What the lesson-file suites (tst_lessonfile, tst_lessonrefused) share: settings of their own, a
// state far from the defaults in every field a lesson carries, and a file written into a folder.
#pragma once

#include "registry.h"
#include "state/appstate.h"

#include <QByteArray>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace uitest {

// Test-mode settings, emptied, so that a suite neither reads nor changes the user's; false when
// the folder for the suite's files could not be made.
[[nodiscard]] inline bool isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    return dir.isValid();
}

// A state far from the defaults in every field a lesson carries.
inline void customise(AppState &s)
{
    // A typed formula, shown and with its own α (custom2: slot ids need not start at 1).
    if (s.setCustomFormula(QStringLiteral("custom2"), QStringLiteral("if(x > 0, x, alpha*expm1(x))")))
        qFatal("customise: the formula did not parse");
    s.setShownFunctions({QStringLiteral("gelu"), QStringLiteral("elu"), QStringLiteral("relu"), QStringLiteral("custom2")});
    s.setParam(QStringLiteral("custom2"), actviz::ParamId::Alpha, 0.5);
    s.setShown(QStringLiteral("elu"), false);
    s.setShown(QStringLiteral("swish"), true); // takes elu's freed colour slot
    s.setCurrentFunction(QStringLiteral("swish"));
    s.setParam(QStringLiteral("elu"), actviz::ParamId::Alpha, 1.75);
    s.setParam(QStringLiteral("swish"), actviz::ParamId::Beta, 2.5);
    s.setEpsilon(0.0125);
    s.setShowDerivatives(false);
    s.setSaturationForAll(true);
    s.setXRange(-3.5, 9.25);
    s.setYRange(-0.5, 2.5);
    s.setSoftmaxInput(QStringLiteral("1; 2; -inf"));
    s.setTemperature(0.5);
    s.setLogSoftmax(true);
    s.setCurrentView(ViewId::Softmax);
    s.setCompareFunctions(QStringLiteral("gelu"), QStringLiteral("silu"));
    s.setLossLabel(0);
    s.setLikelihoodP(0.25);
    s.setNaiveOverlay(true);
    s.setStatsSigma(2.0);
    s.setOutcomes(QStringLiteral("1,1,0"));
    s.setGatedSetup({QStringLiteral("geglu"), 2.5});
    s.setNormSetup({7, 3, 0.25, 2.5}); // seed, outlier channels, DyT's α and γ
    // PAU's coefficients (a5 = 0, four kinks): f(½) = 17/77.
    if (!s.setPauCoefficients({{0.5, -1.0, 0.25, 2.0, -0.75, 0.0}, {1.5, -2.0, -0.5, 0.25}}))
        qFatal("customise: the PAU coefficients were refused");
}

// bytes as the file name in dir; its path, or empty when it could not be written whole.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace uitest
