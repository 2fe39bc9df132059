// SPDX-License-Identifier: MIT
// What the command-line suites share: run the actviz binary through QProcess and read back its
// output as lines and numbers. Expected numbers come from the tests, never from these helpers.
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTest>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>

namespace clitest {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// workingDir: where actviz runs (empty: this process's own).
inline Run run(const QStringList &args, const QByteArray &input = {}, const QString &workingDir = {})
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(ACTVIZ_BINARY), args);
    Run result;
    if (!process.waitForStarted()) {
        result.err = "could not start " ACTVIZ_BINARY;
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = "actviz did not finish normally";
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> all = text.split('\n');
    if (!all.isEmpty() && all.back().isEmpty())
        all.pop_back();
    return all;
}

// strtod from the C library, not the from_chars the program uses: the whole text must be
// one number.
inline std::optional<double> number(const QByteArray &text)
{
    const std::string s = text.toStdString();
    char *end = nullptr;
    const double x = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size())
        return std::nullopt;
    return x;
}

// Within rel·|want|; NaN matches NaN, infinities and zeros must match exactly.
inline bool near(double got, double want, double rel = 1e-15)
{
    if (std::isnan(want))
        return std::isnan(got);
    if (std::isinf(want) || want == 0.0)
        return got == want;
    return std::fabs(got - want) <= rel * std::fabs(want);
}

// One number a line, each within rel of its expected value.
inline void compareNumbers(const QByteArray &out, const QList<double> &expected, double rel = 1e-15)
{
    const QList<QByteArray> got = lines(out);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        const auto x = number(got[i]);
        QVERIFY2(x.has_value(), qPrintable("line " + QString::number(i + 1) + " is not a number: " + got[i]));
        QVERIFY2(near(*x, expected[i], rel), qPrintable(QStringLiteral("line %1: got %2, want %3")
                                                            .arg(i + 1)
                                                            .arg(QString::fromLatin1(got[i]))
                                                            .arg(expected[i], 0, 'g', 17)));
    }
}

} // namespace clitest
