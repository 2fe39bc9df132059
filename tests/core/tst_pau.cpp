// SPDX-License-Identifier: MIT
// PAU (core/pau.h) at coefficients other than the default, against
// tests/data/pau_reference.csv (generate_pau_reference.py, mpmath): f and f′ within 4 ulp of
// max(|reference|, scale) over the grid, the tails out to ±DBL_MAX, subnormals, ±0 and ±inf,
// through pauValue, the registry's scalar and array forms; NaN; the kinks and turning points
// against mpmath's roots; the coefficients' text form; a worker thread sees a change.
#include "pau.h"
#include "registry.h"

#include <QFile>
#include <QTest>
#include <QTextStream>
#include <cfloat>
#include <cmath>
#include <limits>
#include <map>
#include <thread>

using actviz::PauCoefficients;

namespace {

constexpr double kTolUlp = 4.0;

struct Row {
    double x;
    long double f, df, fScale, dfScale;
};
struct Set {
    PauCoefficients c;
    std::vector<Row> rows;
};

std::map<QString, Set> readSets()
{
    std::map<QString, Set> sets;
    QFile file(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/pau_reference.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QTextStream in(&file);
    in.readLine();
    while (!in.atEnd()) {
        const QStringList c = in.readLine().split(u',');
        if (c.size() != 7)
            qFatal("malformed row");
        auto ld = [](const QString &t) { return std::strtold(t.toUtf8().constData(), nullptr); };
        Set &s = sets[c[0]];
        if (s.rows.empty()) {
            auto parsed = actviz::parsePauCoefficients(QString(c[1]).replace(u';', u',').toStdString());
            if (!parsed)
                qFatal("%s", parsed.error().c_str());
            s.c = parsed.value();
        }
        s.rows.push_back({std::strtod(c[2].toUtf8().constData(), nullptr), ld(c[3]), ld(c[4]), ld(c[5]), ld(c[6])});
    }
    return sets;
}

long double ulpAt(long double m)
{
    m = std::fabs(m);
    if (m < static_cast<long double>(DBL_MIN))
        return std::ldexp(1.0L, -1074);
    m = std::min(m, static_cast<long double>(DBL_MAX));
    return std::ldexp(1.0L, std::ilogb(m) - 52);
}

// In ulps of max(|ref|, scale); ±inf and NaN only exactly.
double ulpError(double got, long double ref, long double scale)
{
    if (std::isinf(ref) || std::isinf(got) || std::isnan(got))
        return static_cast<long double>(got) == ref ? 0.0 : std::numeric_limits<double>::infinity();
    return static_cast<double>(std::fabs(static_cast<long double>(got) - ref) / ulpAt(std::max(std::fabs(ref), scale)));
}

const actviz::Activation &pau()
{
    return *actviz::findActivation("pau");
}

} // namespace

class TestPau : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { actviz::setPauCoefficients(actviz::kDefaultPauCoefficients); }
    void reference_data();
    void reference();
    void nanAndZeros();
    void kinks();
    void turningPoints();
    void text();
    void refusedCoefficientsChangeNothing();
    void workerThreadSeesTheChange();
};

void TestPau::reference_data()
{
    QTest::addColumn<QString>("set");
    for (const auto &[name, set] : readSets())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPau::reference()
{
    QFETCH(QString, set);
    const Set s = readSets().at(set);
    QVERIFY(s.rows.size() > 200);
    QVERIFY(actviz::setPauCoefficients(s.c));
    Eigen::ArrayXd xs(static_cast<Eigen::Index>(s.rows.size()));
    for (std::size_t i = 0; i < s.rows.size(); ++i)
        xs[static_cast<Eigen::Index>(i)] = s.rows[i].x;
    const Eigen::ArrayXd fs = pau().value(xs, {});
    const Eigen::ArrayXd dfs = pau().derivative(xs, {});
    double worstF = 0.0, worstDf = 0.0;
    QStringList failures;
    for (std::size_t i = 0; i < s.rows.size(); ++i) {
        const Row &r = s.rows[i];
        const double f = actviz::pauValue(r.x, s.c);
        const double df = actviz::pauDerivative(r.x, s.c);
        const double ef = ulpError(f, r.f, std::isinf(r.x) ? 0.0L : r.fScale);
        const double edf = ulpError(df, r.df, std::isinf(r.x) ? 0.0L : r.dfScale);
        worstF = std::max(worstF, ef);
        worstDf = std::max(worstDf, edf);
        if (!(ef <= kTolUlp) || !(edf <= kTolUlp))
            failures << QStringLiteral("x=%1: f %2 (%3 ulp), f' %4 (%5 ulp)")
                            .arg(r.x, 0, 'g', 17)
                            .arg(f, 0, 'g', 17)
                            .arg(ef)
                            .arg(df, 0, 'g', 17)
                            .arg(edf);
        // The registry's forms give the same bits as pauValue at the coefficients set.
        const auto i2 = static_cast<Eigen::Index>(i);
        if (!(std::memcmp(&f, &fs[i2], sizeof f) == 0 && std::memcmp(&df, &dfs[i2], sizeof df) == 0 &&
              actviz::pauValue(r.x, s.c) == pau().value(r.x, {})))
            failures << QStringLiteral("x=%1: the registry's array form differs").arg(r.x, 0, 'g', 17);
    }
    qInfo("%s: %zu rows, worst %.3g ulp (f), %.3g ulp (f')", qPrintable(set), s.rows.size(), worstF, worstDf);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(u'\n')));
}

void TestPau::nanAndZeros()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const auto &[name, set] : readSets()) {
        QVERIFY(std::isnan(actviz::pauValue(nan, set.c)));
        QVERIFY(std::isnan(actviz::pauDerivative(nan, set.c)));
        QCOMPARE(actviz::pauValue(0.0, set.c), set.c.a[0]);       // P(0)/Q(0) = a0
        QCOMPARE(actviz::pauDerivative(-0.0, set.c), set.c.a[1]); // sign(S(0)) = 0: P′(0)/1
    }
    PauCoefficients zero;
    QCOMPARE(actviz::pauValue(3.0, zero), 0.0);
    QCOMPARE(actviz::pauDerivative(-std::numeric_limits<double>::infinity(), zero), 0.0);
}

void TestPau::kinks()
{
    // mpmath.polyroots of S/x (generate_pau_reference.py prints them), nearest doubles.
    auto xsOf = [](const std::vector<actviz::Kink> &ks) {
        std::vector<double> out;
        for (const actviz::Kink &k : ks) {
            out.push_back(k.x);
            if (k.jump)
                qFatal("a PAU kink is never a jump");
        }
        return out;
    };
    const std::vector<double> defaults = xsOf(actviz::pauKinks(actviz::kDefaultPauCoefficients));
    QCOMPARE(defaults.size(), std::size_t(2));
    QCOMPARE(defaults[0], -8.312300503273684e-07);
    QCOMPARE(defaults[1], 0.0);
    const auto sets = readSets();
    const std::vector<double> kinky = xsOf(actviz::pauKinks(sets.at("kinky").c));
    const std::vector<double> expected = {-2.3923443456296223, 0.0, 0.6746032281656181, 3.717741117464004};
    QCOMPARE(kinky, expected);
    QVERIFY(actviz::pauKinks(sets.at("tanh54").c).empty()); // S ≥ 0: a double root at 0
    QVERIFY(actviz::pauKinks(sets.at("cubic").c).empty());  // S changes sign at 0, but P(0) = 0
    QVERIFY(actviz::pauKinks(sets.at("bump").c).empty());   // S = x⁴
    // The registry's kinks follow the coefficients set.
    QVERIFY(actviz::setPauCoefficients(sets.at("kinky").c));
    QCOMPARE(xsOf(pau().kinkPoints({})), expected);
}

void TestPau::turningPoints()
{
    // The sign changes of f″ (mpmath findroot) on [−12, 12], kinks aside.
    const std::vector<double> expected = {-1.9083374147572702, -0.94870470580727224, -0.3597372235045771,
                                          0.35973734054015359, 0.94870456705108942,  1.9083342081789409};
    std::vector<double> got;
    for (double x : actviz::pauTurningPoints(actviz::kDefaultPauCoefficients))
        if (std::fabs(x) <= 12.0 && std::fabs(x) > 1e-5) // (−8.3e-7, 0), where S < 0, is a piece of its own
            got.push_back(x);
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        QVERIFY2(std::fabs(got[i] - expected[i]) <= 1e-12 * std::fabs(expected[i]),
                 qPrintable(QStringLiteral("%1 vs %2").arg(got[i], 0, 'g', 17).arg(expected[i], 0, 'g', 17)));
    const auto sets = readSets();
    std::vector<double> bump = actviz::pauTurningPoints(sets.at("bump").c);
    // f″ = 0 at x = 0 too, but ≤ 0 on both sides (−12x² + O(x³)): no turning point.
    const std::vector<double> bumpExpected = {-3.3615468186113293, -0.73802307096336127, 0.95674355579990714};
    QCOMPARE(bump.size(), bumpExpected.size());
    for (std::size_t i = 0; i < bump.size(); ++i)
        QVERIFY(std::fabs(bump[i] - bumpExpected[i]) <= 1e-12 * std::max(1.0, std::fabs(bumpExpected[i])));
    QVERIFY(!actviz::pauCanBeDead(actviz::kDefaultPauCoefficients));
    QVERIFY(actviz::pauCanBeDead(PauCoefficients{}));
    QVERIFY(actviz::pauCanBeDead(PauCoefficients{{2, 1, 0, 4, 0, 0}, {0.5, 0, 2, 0}})); // 2·(1 + S)
}

void TestPau::text()
{
    const auto ok = actviz::parsePauCoefficients(" 1, -2.5 ,0,0,0,1e-3 / 0.5,0,0,−1 ");
    QVERIFY(ok);
    const PauCoefficients want{{1, -2.5, 0, 0, 0, 1e-3}, {0.5, 0, 0, -1}};
    QVERIFY(ok.value() == want);
    QCOMPARE(QString::fromStdString(actviz::pauCoefficientsText(want)),
             QStringLiteral("1,-2.5,0,0,0,0.001/0.5,0,0,-1"));
    const auto back = actviz::parsePauCoefficients(actviz::pauCoefficientsText(actviz::kDefaultPauCoefficients));
    QVERIFY(back && back.value() == actviz::kDefaultPauCoefficients);
    const std::pair<const char *, const char *> bad[] = {
        {"1,2,3,4,5,6", "is not 'a0,a1,a2,a3,a4,a5/b1,b2,b3,b4'"},
        {"1,2,x,4,5,6/1,2,3,4", "'x' is not a number"},
        {"1,2,3,4,5/1,2,3,4", "the numerator needs 6 coefficients, got 5"},
        {"1,2,3,4,5,6/1,2,3,4,5", "the denominator needs 4 coefficients, got 5"},
        {"1,2,3,4,5,6/1,2,,4", "'' is not a number"},
        {"1,2,3,4,5,6/1,nan,3,4", "'nan': every coefficient must be finite"},
        {"1,2,3,4,5,1e400/1,2,3,4", "'1e400' is beyond the range of a double"},
        {"1,2,3,4,5,1e101/1,2,3,4", "'1e101': every coefficient must be finite, at most 1e100"},
        {"1,2,3,4,5,6/1/2", "is not 'a0"},
    };
    for (const auto &[text, message] : bad) {
        const auto r = actviz::parsePauCoefficients(text);
        QVERIFY2(!r, text);
        QVERIFY2(r.error().find(message) != std::string::npos, r.error().c_str());
    }
}

void TestPau::refusedCoefficientsChangeNothing()
{
    PauCoefficients c = actviz::kDefaultPauCoefficients;
    c.b[2] = std::numeric_limits<double>::infinity();
    QVERIFY(!actviz::setPauCoefficients(c));
    c.b[2] = 2e100;
    QVERIFY(!actviz::setPauCoefficients(c));
    QVERIFY(actviz::pauCoefficients() == actviz::kDefaultPauCoefficients);
    QCOMPARE(pau().value(2.0, {}), actviz::pauValue(2.0, actviz::kDefaultPauCoefficients));
}

void TestPau::workerThreadSeesTheChange()
{
    double before = 0.0, after = 0.0;
    std::thread([&] { before = pau().value(2.0, {}); }).join(); // a fresh thread: its first copy
    const PauCoefficients c{{0, 1, 0, 0, 0, 0}, {0, 0, 0, 0}};  // the identity
    QVERIFY(actviz::setPauCoefficients(c));
    std::thread worker([&] { after = pau().value(2.0, {}); });
    worker.join();
    QCOMPARE(before, actviz::pauValue(2.0, actviz::kDefaultPauCoefficients));
    QCOMPARE(after, 2.0);
    QCOMPARE(pau().value(2.0, {}), 2.0); // this thread refreshes its copy too
}

QTEST_GUILESS_MAIN(TestPau)
#include "tst_pau.moc"
