// SPDX-License-Identifier: MIT
// The normal sampler: determinism per (seed, stream), and its distribution against N(0, 1) —
// moments, tail masses (mpmath ncdf) and a Kolmogorov–Smirnov distance — on fixed seeds, so
// the statistical checks are deterministic too.
#include "normalsampler.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// Standard normal CDF, for the Kolmogorov–Smirnov distance.
double phi(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

std::vector<double> draw(std::uint64_t seed, std::uint64_t stream, std::size_t n)
{
    std::vector<double> v(n);
    actviz::NormalSampler(seed, stream).fill(v.data(), n);
    return v;
}

} // namespace

class TestNormalSampler : public QObject
{
    Q_OBJECT

private slots:
    void deterministic();
    void streamsDiffer();
    void fillMatchesOneByOne();
    void distribution_data();
    void distribution();
    void uniform();
};

void TestNormalSampler::deterministic()
{
    QCOMPARE(draw(42, 3, 1000), draw(42, 3, 1000));
}

void TestNormalSampler::streamsDiffer()
{
    const auto a = draw(42, 0, 100);
    QVERIFY(a != draw(42, 1, 100));
    QVERIFY(a != draw(43, 0, 100));
    // The 64-bit seed is used whole: seeds that differ only in the upper half differ.
    QVERIFY(a != draw(42 + (std::uint64_t{1} << 32), 0, 100));
}

void TestNormalSampler::fillMatchesOneByOne()
{
    actviz::NormalSampler one(7, 2);
    std::vector<double> single(999);
    for (double &v : single)
        v = one();
    QCOMPARE(draw(7, 2, 999), single);
    std::vector<float> f(999);
    actviz::NormalSampler(7, 2).fill(f.data(), f.size(), 2.5);
    for (std::size_t i = 0; i < f.size(); ++i)
        QCOMPARE(f[i], static_cast<float>(2.5 * single[i]));
}

void TestNormalSampler::distribution_data()
{
    QTest::addColumn<qulonglong>("seed");
    QTest::newRow("seed 1") << qulonglong(1);
    QTest::newRow("seed 20240601") << qulonglong(20240601);
}

void TestNormalSampler::distribution()
{
    QFETCH(qulonglong, seed);
    constexpr std::size_t n = 1000000;
    auto v = draw(seed, 0, n);
    double mean = 0.0;
    for (double x : v)
        mean += x;
    mean /= n;
    double m2 = 0.0;
    double m4 = 0.0;
    std::size_t beyond3 = 0;
    std::size_t beyondR = 0; // beyond the ziggurat's base, R = 3.442619855899: the tail algorithm
    for (double x : v) {
        const double d = (x - mean) * (x - mean);
        m2 += d;
        m4 += d * d;
        beyond3 += std::fabs(x) > 3.0;
        beyondR += std::fabs(x) > 3.442619855899;
    }
    m2 /= n;
    m4 /= n;
    // Standard errors for n = 10⁶: mean 0.001, variance 0.0014, kurtosis ~0.005; 5σ bounds.
    QVERIFY2(std::fabs(mean) < 0.005, QByteArray::number(mean).constData());
    QVERIFY2(std::fabs(m2 - 1.0) < 0.007, QByteArray::number(m2).constData());
    QVERIFY2(std::fabs(m4 / (m2 * m2) - 3.0) < 0.05, QByteArray::number(m4 / (m2 * m2)).constData());
    // 2·ncdf(−3) = 0.0026997960632601891, 2·ncdf(−R) = 0.00057610851 (mpmath); Poisson 5σ bounds.
    QVERIFY2(std::fabs(double(beyond3) - 2699.796) < 5 * std::sqrt(2699.796), QByteArray::number(qulonglong(beyond3)).constData());
    QVERIFY2(std::fabs(double(beyondR) - 576.109) < 5 * std::sqrt(576.109), QByteArray::number(qulonglong(beyondR)).constData());
    // Kolmogorov–Smirnov: sup |F_n − Φ| < 1.95/√n is the 0.1% critical value.
    std::sort(v.begin(), v.end());
    double ks = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double p = phi(v[i]);
        ks = std::max({ks, std::fabs(p - double(i) / n), std::fabs(double(i + 1) / n - p)});
    }
    QVERIFY2(ks < 1.95 / std::sqrt(double(n)), QByteArray::number(ks).constData());
}

void TestNormalSampler::uniform()
{
    actviz::NormalSampler s(5);
    double sum = 0.0;
    for (int i = 0; i < 100000; ++i) {
        const double u = s.uniform();
        QVERIFY(u >= 0.0 && u < 1.0);
        sum += u;
    }
    QVERIFY(std::fabs(sum / 100000 - 0.5) < 5 * std::sqrt(1.0 / 12 / 100000));
}

QTEST_GUILESS_MAIN(TestNormalSampler)
#include "tst_normalsampler.moc"
