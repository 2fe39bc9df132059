// SPDX-License-Identifier: MIT
// Beside softmax (core/probmaps.h): softmax, sparsemax, 1.5-entmax and softmax1, with top-k and
// top-p, against mpmath (tests/data/probmap_reference.csv: τ by bisection, Jacobians by
// numerical differentiation, not the closed forms the C++ uses); Gumbel-softmax sampling is
// seeded and its argmax is distributed as softmax says; bad input is refused with the entry named.
#include "probmaps.h"

#include <QFile>
#include <QTest>

#include <array>
#include <cfloat>
#include <cmath>

using namespace actviz;

namespace {

struct Row {
    QString name;
    ProbMapOptions options;
    Eigen::VectorXd z;
    std::vector<double> p;
    Eigen::Index support = 0;
    std::vector<double> jacobian; // empty: not computed
};

std::vector<double> numbers(const QByteArray &field)
{
    std::vector<double> out;
    for (const QByteArray &t : field.split(' '))
        if (!t.isEmpty())
            out.push_back(t == "-inf" ? -INFINITY : t.toDouble());
    return out;
}

std::vector<Row> readRows()
{
    QFile file(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/probmap_reference.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<Row> rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() != 9)
            continue;
        Row r;
        r.name = QString::fromUtf8(f[0] + " " + f[1]);
        r.options.map = *probMapFromId(f[1].toStdString());
        r.options.temperature = f[2].toDouble();
        r.options.topK = f[3].toInt();
        r.options.topP = f[4].toDouble();
        const std::vector<double> z = numbers(f[5]);
        r.z = Eigen::Map<const Eigen::VectorXd>(z.data(), static_cast<Eigen::Index>(z.size()));
        r.p = numbers(f[6]);
        r.support = f[7].toInt();
        r.jacobian = numbers(f[8]);
        rows.push_back(r);
    }
    return rows;
}

} // namespace

class TestProbMaps : public QObject
{
    Q_OBJECT
private slots:
    void reference_data();
    void reference();
    void sumsToOne();
    void gumbelIsSeededAndSamplesSoftmax();
    void refusals_data();
    void refusals();
    void ids();
};

void TestProbMaps::reference_data()
{
    QTest::addColumn<int>("index");
    const std::vector<Row> rows = readRows();
    QVERIFY(rows.size() >= 60);
    for (std::size_t i = 0; i < rows.size(); ++i)
        QTest::newRow(qPrintable(rows[i].name)) << static_cast<int>(i);
}

// p to 8 ulp relative for softmax and softmax1 (exp, a sum, a division); for the sparse maps
// to 8 ulp of 1 (p_i = y_i − τ, where y_i and τ lie within 1 of each other); the support
// exactly; the Jacobian to 16 ulp of max(1, |J|)/T.
void TestProbMaps::reference()
{
    QFETCH(int, index);
    static const std::vector<Row> rows = readRows();
    const Row &r = rows[static_cast<std::size_t>(index)];
    const auto got = probabilities(r.z, r.options, !r.jacobian.empty());
    QVERIFY2(got, got ? "" : got.error().c_str());
    const bool sparse = r.options.map == ProbMap::Sparsemax || r.options.map == ProbMap::Entmax15;
    QCOMPARE(got->p.size(), static_cast<Eigen::Index>(r.p.size()));
    for (Eigen::Index i = 0; i < got->p.size(); ++i) {
        const double want = r.p[static_cast<std::size_t>(i)];
        const double tol = 8 * DBL_EPSILON * (sparse ? 1.0 : std::fabs(want));
        QVERIFY2(std::fabs(got->p[i] - want) <= tol,
                 qPrintable(QStringLiteral("p[%1] = %2, mpmath %3").arg(i).arg(got->p[i], 0, 'g', 17).arg(want, 0, 'g', 17)));
    }
    QCOMPARE(got->support, r.support);
    if (r.jacobian.empty())
        return;
    const Eigen::Index n = got->p.size();
    QCOMPARE(got->jacobian.rows(), n);
    // Written into a matrix (the softmax view's reuse): the same numbers, in the same storage.
    Eigen::MatrixXd into = Eigen::MatrixXd::Constant(n, n, 7.0);
    const double *storage = into.data();
    QVERIFY(probabilities(r.z, r.options, into));
    QVERIFY(into.data() == storage);
    QVERIFY(into == got->jacobian);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < n; ++j) {
            const double want = r.jacobian[static_cast<std::size_t>(i * n + j)];
            const double tol = 16 * DBL_EPSILON * std::max(1.0, std::fabs(want)) / r.options.temperature;
            QVERIFY2(std::fabs(got->jacobian(i, j) - want) <= tol,
                     qPrintable(QStringLiteral("J(%1, %2) = %3, mpmath %4")
                                    .arg(i)
                                    .arg(j)
                                    .arg(got->jacobian(i, j), 0, 'g', 17)
                                    .arg(want, 0, 'g', 17)));
        }
}

// Every map but softmax1 sums to 1 (softmax1 to less), also for 1000 entries spread over ±1e300.
void TestProbMaps::sumsToOne()
{
    Eigen::VectorXd z(1000);
    for (Eigen::Index i = 0; i < z.size(); ++i)
        z[i] = std::ldexp(std::sin(0.37 * static_cast<double>(i)), static_cast<int>(i % 997) - 498);
    for (const ProbMap m : {ProbMap::Softmax, ProbMap::Sparsemax, ProbMap::Entmax15, ProbMap::Softmax1}) {
        const auto r = probabilities(z, {m, 1.0, 0, 1.0, std::nullopt});
        QVERIFY(r);
        QVERIFY(r->p.allFinite());
        QVERIFY((r->p.array() >= 0.0).all());
        if (m == ProbMap::Softmax1) // the 1 in its denominator is e^(−max) = 0 here
            QVERIFY(r->p.sum() <= 1.0 + 64 * DBL_EPSILON);
        else
            QVERIFY2(std::fabs(r->p.sum() - 1.0) <= 64 * DBL_EPSILON, qPrintable(QString::number(r->p.sum() - 1.0)));
    }
    // Logits all below 0: softmax1 leaves room for "nothing" (1/(1 + Σ e^z) of it).
    const auto low = probabilities(Eigen::Vector2d(-1.0, -2.0), {ProbMap::Softmax1, 1.0, 0, 1.0, std::nullopt});
    QVERIFY(low);
    QVERIFY(std::fabs(low->p.sum() - (std::exp(-1.0) + std::exp(-2.0)) / (1 + std::exp(-1.0) + std::exp(-2.0))) < 1e-15);
}

// The same seed gives the same noise and the same sample; over many seeds the argmax of
// z + g falls on each entry with probability softmax(z)_i (the Gumbel-max trick), within 4σ.
void TestProbMaps::gumbelIsSeededAndSamplesSoftmax()
{
    QCOMPARE(gumbelNoise(7, 5), gumbelNoise(7, 5));
    QVERIFY(gumbelNoise(7, 5) != gumbelNoise(8, 5));
    const Eigen::Vector3d z(0.0, 1.0, 2.0);
    const Eigen::VectorXd s = probabilities(z, {}).value().p;
    constexpr int kDraws = 20000;
    std::array<double, 3> hits{};
    for (int seed = 1; seed <= kDraws; ++seed) {
        ProbMapOptions o;
        o.gumbelSeed = static_cast<std::uint64_t>(seed);
        o.temperature = 0.05; // nearly one-hot: the sample's argmax
        const auto r = probabilities(z, o);
        QVERIFY(r);
        Eigen::Index top = 0;
        r->p.maxCoeff(&top);
        hits.at(static_cast<std::size_t>(top)) += 1.0;
    }
    for (Eigen::Index i = 0; i < 3; ++i) {
        const double sigma = std::sqrt(kDraws * s[i] * (1 - s[i]));
        const double h = hits.at(static_cast<std::size_t>(i));
        QVERIFY2(std::fabs(h - kDraws * s[i]) <= 4 * sigma,
                 qPrintable(QStringLiteral("entry %1: %2 of %3, softmax %4").arg(i).arg(h).arg(kDraws).arg(s[i])));
    }
}

void TestProbMaps::refusals_data()
{
    QTest::addColumn<QList<double>>("z");
    QTest::addColumn<int>("topK");
    QTest::addColumn<double>("topP");
    QTest::addColumn<QString>("message");
    QTest::newRow("NaN") << QList<double>{1, NAN} << 0 << 1.0 << "entry 2 is NaN";
    QTest::newRow("+inf") << QList<double>{INFINITY, 1} << 0 << 1.0 << "entry 1 is +inf";
    QTest::newRow("empty") << QList<double>{} << 0 << 1.0 << "empty";
    QTest::newRow("all masked") << QList<double>{-INFINITY} << 0 << 1.0 << "every entry is -inf";
    QTest::newRow("negative k") << QList<double>{1, 2} << -1 << 1.0 << "top-k";
    QTest::newRow("p = 0") << QList<double>{1, 2} << 0 << 0.0 << "top-p must lie in (0, 1], not 0";
    QTest::newRow("p > 1") << QList<double>{1, 2} << 0 << 1.5 << "not 1.5";
}

void TestProbMaps::refusals()
{
    QFETCH(QList<double>, z);
    QFETCH(int, topK);
    QFETCH(double, topP);
    QFETCH(QString, message);
    const Eigen::VectorXd v = Eigen::Map<const Eigen::VectorXd>(z.data(), z.size());
    const auto r = probabilities(v, {ProbMap::Sparsemax, 1.0, topK, topP, std::nullopt});
    QVERIFY(!r);
    QVERIFY2(QString::fromStdString(r.error()).contains(message), r.error().c_str());
}

void TestProbMaps::ids()
{
    for (const ProbMap m : {ProbMap::Softmax, ProbMap::Sparsemax, ProbMap::Entmax15, ProbMap::Softmax1})
        QCOMPARE(probMapFromId(probMapId(m)), std::optional<ProbMap>(m));
    QVERIFY(!probMapFromId("entmax"));
}

QTEST_APPLESS_MAIN(TestProbMaps)
#include "tst_probmaps.moc"
