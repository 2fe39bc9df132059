// SPDX-License-Identifier: MIT
// The saturation finder on wide, huge and tiny ranges against
// tests/data/saturation_reference.csv (generate_saturation_reference.py, mpmath), and two
// properties of every registered function: it has an entry in the finder's table of turning
// points, and the intervals agree with a dense scan of |f'| at random parameters.
#include "registry.h"
#include "saturation.h"
#include "saturationcheck.h"

#include <QFile>
#include <QList>
#include <QTest>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <random>

using actviz::findSaturation;
using actviz::SaturationInterval;
using coretest::D;
using coretest::describe;
using coretest::S;

namespace {

// A refined endpoint of the reference cases against mpmath's root: |got − want| ≤ this·|want|.
// The finder returns the last double below ε, so the error is an ulp of x plus the few ulp of
// f' itself divided by |x·f''/f'|: ≤ 3.6e-16 in every row but sinusoid ε=0.999, where f' is
// nearly flat at the crossings (x = ±0.0447, 2.8e-14).
constexpr double kReferenceRelative = 1e-13;

struct ReferenceCase {
    QString name;
    QString id;
    double alpha = 0.0;
    double beta = 0.0;
    double epsilon = 0.0;
    double lo = 0.0;
    double hi = 0.0;
    QList<double> ends; // lo₁, hi₁, lo₂, hi₂, …
    QList<bool> exact;  // per end: lo/hi or a kink (compared exactly), else an mpmath root
    QList<int> kinds;
};

// saturation_reference.csv: one row per interval (a case without any has one row, count 0).
QList<ReferenceCase> readReferenceCases(QString *error)
{
    QFile file(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/saturation_reference.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot open %1").arg(file.fileName());
        return {};
    }
    QTextStream in(&file);
    in.readLine(); // case,function,alpha,beta,epsilon,lo,hi,count,start,start_type,end,end_type,kind
    QList<ReferenceCase> cases;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const QStringList c = line.split(u',');
        if (c.size() != 13) {
            *error = QStringLiteral("malformed row: %1").arg(line);
            return {};
        }
        auto number = [](const QString &t) { return std::strtod(t.toUtf8().constData(), nullptr); };
        if (cases.isEmpty() || cases.back().name != c[0])
            cases.append(
                {c[0], c[1], number(c[2]), number(c[3]), number(c[4]), number(c[5]), number(c[6]), {}, {}, {}});
        if (c[7] == u"0")
            continue;
        ReferenceCase &r = cases.back();
        r.ends << number(c[8]) << number(c[10]);
        r.exact << (c[9] != u"root") << (c[11] != u"root");
        r.kinds << (c[12] == u"dead" ? D : S);
    }
    return cases;
}

} // namespace

class TestSaturationReference : public QObject
{
    Q_OBJECT

private slots:
    void reference_data();
    void reference();
    void everyFunctionHasAShape();
    void agreesWithDenseScan();
};

void TestSaturationReference::reference_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<QList<double>>("ends");
    QTest::addColumn<QList<bool>>("exact");
    QTest::addColumn<QList<int>>("kinds");
    QString error;
    const QList<ReferenceCase> cases = readReferenceCases(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(cases.size() > 100);
    for (const ReferenceCase &c : cases)
        QTest::newRow(qPrintable(c.name))
            << c.id << c.alpha << c.beta << c.epsilon << c.lo << c.hi << c.ends << c.exact << c.kinds;
}

void TestSaturationReference::reference()
{
    QFETCH(QString, id);
    QFETCH(double, alpha);
    QFETCH(double, beta);
    QFETCH(double, epsilon);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(QList<double>, ends);
    QFETCH(QList<bool>, exact);
    QFETCH(QList<int>, kinds);

    const actviz::Activation *f = actviz::findActivation(id.toStdString());
    QVERIFY2(f, qPrintable(id));
    const auto r = findSaturation(*f, {alpha, beta}, epsilon, lo, hi);
    QVERIFY2(r, r ? "" : r.error().c_str());
    const QByteArray got = describe(*r);
    QVERIFY2(r->size() == std::size_t(kinds.size()), got.constData());
    for (std::size_t i = 0; i < r->size(); ++i) {
        const SaturationInterval &iv = (*r)[i];
        QVERIFY2(int(iv.kind) == kinds[qsizetype(i)], got.constData());
        for (const auto &[actual, k] : {std::pair{iv.lo, qsizetype(2 * i)}, std::pair{iv.hi, qsizetype(2 * i + 1)}}) {
            const double want = ends[k];
            const double tol = exact[k] ? 0.0 : kReferenceRelative * std::fabs(want);
            QVERIFY2(std::fabs(actual - want) <= tol,
                     (got + "; end " + QByteArray::number(k) + " should be " + QByteArray::number(want, 'g', 17))
                         .constData());
        }
    }
}

void TestSaturationReference::everyFunctionHasAShape()
{
    // Without one, a function falls back to the grid and loses the guarantee.
    for (const actviz::Activation &a : actviz::registry())
        QVERIFY2(actviz::saturationShapeKnown(a.id), std::string(a.id).c_str());
    QVERIFY(!actviz::saturationShapeKnown("spike_up"));
}

void TestSaturationReference::agreesWithDenseScan()
{
    // A property, not a reference: for every function at random α/β (in the slider ranges, and
    // at the slider minimum and 0), random ε and range, a point of a dense grid lies in an
    // interval exactly when |f'| < ε there (within 1e-9 of an endpoint or kink excepted).
    std::mt19937_64 rng(20240601); // fixed: every run draws the same cases
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto pick = [&](const actviz::ParamSpec &s, double current, int trial) {
        if (!s.used)
            return current;
        double v = s.logScale ? s.min * std::pow(s.max / s.min, unit(rng)) : s.min + (s.max - s.min) * unit(rng);
        v = trial == 1 ? s.min : (trial == 2 ? 0.0 : v);
        return (s.inDomain && !s.inDomain(v)) ? current : v;
    };
    constexpr int kPoints = 4000;
    for (const actviz::Activation &a : actviz::registry()) {
        for (int trial = 0; trial < 6; ++trial) {
            actviz::Params p = a.defaults();
            p.alpha = pick(a.params[0], p.alpha, trial);
            p.beta = pick(a.params[1], p.beta, trial);
            const double eps = std::pow(10.0, -5.0 * unit(rng));
            const double lo = -60.0 * unit(rng) - 0.1;
            const double hi = 60.0 * unit(rng) + 0.1;
            const auto r = findSaturation(a, p, eps, lo, hi);
            QVERIFY2(r, r ? "" : r.error().c_str());
            std::vector<double> edges;
            for (const actviz::Kink &k : a.kinkPoints(p))
                edges.push_back(k.x);
            for (const SaturationInterval &iv : *r)
                edges.insert(edges.end(), {iv.lo, iv.hi});
            for (int i = 0; i <= kPoints; ++i) {
                const double x = lo + (hi - lo) * i / kPoints;
                if (std::any_of(edges.begin(), edges.end(), [&](double e) { return std::fabs(x - e) < 1e-9; }))
                    continue;
                const bool in =
                    std::any_of(r->begin(), r->end(), [&](const auto &iv) { return iv.lo <= x && x <= iv.hi; });
                if (in == (std::fabs(a.derivative(x, p)) < eps))
                    continue;
                QFAIL(qPrintable(QStringLiteral("%1 α=%2 β=%3 ε=%4 [%5, %6] at x = %7: %8")
                                     .arg(QString::fromUtf8(a.id.data(), qsizetype(a.id.size())))
                                     .arg(p.alpha)
                                     .arg(p.beta)
                                     .arg(eps)
                                     .arg(lo)
                                     .arg(hi)
                                     .arg(x, 0, 'g', 17)
                                     .arg(QString::fromLatin1(describe(*r)))));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestSaturationReference)
#include "tst_saturationreference.moc"
