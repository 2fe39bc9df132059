// SPDX-License-Identifier: MIT
// What the softmax test suites (tst_softmax, tst_softmaxgradients) share: a QList row as an
// Eigen vector, and relative comparisons of results against mpmath values.
#pragma once

#include <Eigen/Core>
#include <QByteArray>
#include <QList>
#include <QTest>

#include <cfloat>
#include <cmath>

namespace coretest {

// A few ulp: each result goes through exp, one sum and one division (or log1p).
inline constexpr double kUlps = 8 * DBL_EPSILON;

inline Eigen::VectorXd vec(const QList<double> &v)
{
    return Eigen::Map<const Eigen::VectorXd>(v.data(), v.size());
}

// Relative comparison that treats equal infinities and exact zeros as equal.
inline bool close(double actual, double expected, double rtol)
{
    if (actual == expected)
        return true;
    return std::fabs(actual - expected) <= rtol * std::fabs(expected);
}

inline QByteArray describe(const Eigen::VectorXd &actual, const QList<double> &expected)
{
    QByteArray s = "actual [";
    for (Eigen::Index i = 0; i < actual.size(); ++i)
        s += QByteArray::number(actual[i], 'g', 17) + (i + 1 < actual.size() ? ", " : "");
    s += "] expected [";
    for (qsizetype i = 0; i < expected.size(); ++i)
        s += QByteArray::number(expected[i], 'g', 17) + (i + 1 < expected.size() ? ", " : "");
    return s + "]";
}

inline void compareVectors(const Eigen::VectorXd &actual, const QList<double> &expected, double rtol)
{
    QCOMPARE(actual.size(), expected.size());
    for (Eigen::Index i = 0; i < actual.size(); ++i)
        QVERIFY2(close(actual[i], expected[i], rtol), describe(actual, expected).constData());
}

} // namespace coretest
