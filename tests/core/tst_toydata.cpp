// SPDX-License-Identifier: MIT
// The training view's toy data: sizes and balanced classes in both blocks, the same points for
// the same seed, the shapes at noise 0 (corners, radii, arms), the noise's scale, named errors,
// and that a moderately sized network separates each set.
#include "activationlookup.h"
#include "mlp.h"
#include "toydata.h"

#include <QTest>

#include <cmath>

using actviz::ToyData;
using actviz::ToyDataConfig;
using actviz::ToyDataset;
using coretest::num;

Q_DECLARE_METATYPE(actviz::ToyDataset)

namespace {

ToyData make(const ToyDataConfig &c)
{
    auto d = actviz::makeToyData(c);
    if (!d)
        qFatal("makeToyData failed: %s", d.error().c_str());
    return std::move(d).value();
}

ToyDataConfig config(ToyDataset kind, int samples = 200, double noise = 0.1, double testFraction = 0.3)
{
    ToyDataConfig c;
    c.kind = kind;
    c.samples = samples;
    c.noise = noise;
    c.testFraction = testFraction;
    return c;
}

Eigen::Index ones(const Eigen::VectorXd &y)
{
    return (y.array() == 1.0).count();
}

void kindRows()
{
    QTest::addColumn<ToyDataset>("kind");
    for (std::size_t k = 0; k < actviz::kToyDatasetNames.size(); ++k)
        QTest::newRow(actviz::kToyDatasetNames[k].data()) << static_cast<ToyDataset>(k);
}

} // namespace

class TestToyData : public QObject
{
    Q_OBJECT

private slots:
    void sizesAndBalance_data();
    void sizesAndBalance();
    void deterministic_data() { kindRows(); }
    void deterministic();
    void shapesWithoutNoise_data() { kindRows(); }
    void shapesWithoutNoise();
    void noiseScale();
    void names();
    void errors_data();
    void errors();
    void separableByANetwork_data() { kindRows(); }
    void separableByANetwork();
};

void TestToyData::sizesAndBalance_data()
{
    QTest::addColumn<ToyDataset>("kind");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("testFraction");
    QTest::addColumn<int>("testRows"); // round(samples·testFraction)
    QTest::newRow("xor 200, 0.3") << ToyDataset::Xor << 200 << 0.3 << 60;
    QTest::newRow("circles 21, 0.5 (odd)") << ToyDataset::Circles << 21 << 0.5 << 11;
    QTest::newRow("spirals 20, 0") << ToyDataset::Spirals << 20 << 0.0 << 0;
    QTest::newRow("blobs 2000, 0.25") << ToyDataset::Blobs << 2000 << 0.25 << 500;
    QTest::newRow("moons 37, 0.1") << ToyDataset::Moons << 37 << 0.1 << 4;
    QTest::newRow("xor 101, 0.3") << ToyDataset::Xor << 101 << 0.3 << 30;
}

void TestToyData::sizesAndBalance()
{
    QFETCH(ToyDataset, kind);
    QFETCH(int, samples);
    QFETCH(double, testFraction);
    QFETCH(int, testRows);
    const ToyData d = make(config(kind, samples, 0.1, testFraction));
    QCOMPARE(d.x.rows(), samples);
    QCOMPARE(d.x.cols(), 2);
    QCOMPARE(d.y.size(), samples);
    QCOMPARE(d.testRows(), testRows);
    QCOMPARE(d.trainRows, samples - testRows);
    QVERIFY(d.x.allFinite());
    QVERIFY(((d.y.array() == 0.0) || (d.y.array() == 1.0)).all());
    const Eigen::Index trainOnes = ones(d.y.head(d.trainRows));
    const Eigen::Index testOnes = ones(d.y.tail(d.testRows()));
    QCOMPARE(trainOnes + testOnes, samples / 2);
    QVERIFY(std::abs(2 * trainOnes - d.trainRows) <= 1); // ±1 for odd counts
    QVERIFY(std::abs(2 * testOnes - d.testRows()) <= 1);
}

void TestToyData::deterministic()
{
    QFETCH(ToyDataset, kind);
    ToyDataConfig c = config(kind);
    c.seed = 5;
    const ToyData a = make(c);
    const ToyData b = make(c);
    QVERIFY((a.x.array() == b.x.array()).all());
    QVERIFY((a.y.array() == b.y.array()).all());
    c.seed = 6;
    const ToyData other = make(c);
    QVERIFY(!(a.x.array() == other.x.array()).all());
}

// At noise 0 every point lies on its set's shape: XOR corners labelled by the sign of x·y, the
// circles' radii, the blobs' centres, spiral arms of radius 0.05…1, moons inside their box.
void TestToyData::shapesWithoutNoise()
{
    QFETCH(ToyDataset, kind);
    const ToyData d = make(config(kind, 400, 0.0));
    QVERIFY((d.x.array().abs() <= 1.0).all());
    for (Eigen::Index i = 0; i < d.x.rows(); ++i) {
        const double px = d.x(i, 0);
        const double py = d.x(i, 1);
        const bool one = d.y[i] == 1.0;
        const double r = std::hypot(px, py);
        const QByteArray where = QString("row %1 (%2, %3)").arg(i).arg(num(px), num(py)).toUtf8();
        switch (kind) {
        case ToyDataset::Xor:
            QVERIFY2(std::fabs(px) == 0.5 && std::fabs(py) == 0.5 && (px * py > 0) == one, where);
            break;
        case ToyDataset::Circles:
            QVERIFY2(std::fabs(r - (one ? 0.3 : 0.8)) <= 1e-15, where);
            break;
        case ToyDataset::Blobs:
            QVERIFY2(px == (one ? 0.4 : -0.4) && py == px, where);
            break;
        case ToyDataset::Spirals:
            QVERIFY2(r >= 0.05 - 1e-15 && r <= 1.0 + 1e-15, where);
            break;
        case ToyDataset::Moons:
            // Upper moon (label 0) above y = −0.15, lower one below 0.15 (the 0.6-scaled shapes).
            QVERIFY2(std::fabs(px) <= 0.9 + 1e-15 && std::fabs(py) <= 0.45 + 1e-15, where);
            QVERIFY2(one ? py <= 0.15 + 1e-15 : py >= -0.15 - 1e-15, where);
            break;
        }
    }
}

// XOR's jitter is N(0, (0.5·noise)²) per coordinate: at noise 0.2 over 2000 points the sample
// standard deviation of the offsets from the corners is 0.1 within 5% (its own relative standard
// error is 1/√(2·4000) ≈ 1.1%).
void TestToyData::noiseScale()
{
    const ToyData d = make(config(ToyDataset::Xor, 2000, 0.2));
    double sum2 = 0.0;
    for (Eigen::Index i = 0; i < d.x.rows(); ++i) {
        const bool one = d.y[i] == 1.0;
        const double cx = d.x(i, 0) > 0 ? 0.5 : -0.5; // σ = 0.1: a point crosses 0 with p ~ 3e-7
        const double cy = one ? cx : -cx;
        sum2 += std::pow(d.x(i, 0) - cx, 2) + std::pow(d.x(i, 1) - cy, 2);
    }
    const double sd = std::sqrt(sum2 / static_cast<double>(2 * d.x.rows()));
    QVERIFY2(std::fabs(sd - 0.1) <= 0.005, qPrintable(num(sd)));
}

void TestToyData::names()
{
    for (std::size_t k = 0; k < actviz::kToyDatasetNames.size(); ++k) {
        const auto kind = static_cast<ToyDataset>(k);
        QCOMPARE(actviz::toyDatasetName(kind), actviz::kToyDatasetNames[k]);
        const auto back = actviz::toyDatasetFromName(actviz::kToyDatasetNames[k]);
        QVERIFY(back && *back == kind);
    }
    const auto bad = actviz::toyDatasetFromName("Spiral");
    QVERIFY(!bad);
    QCOMPARE(bad.error(), std::string("unknown data set 'Spiral' (valid: xor, circles, spirals, blobs, moons)"));
}

void TestToyData::errors_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("noise");
    QTest::addColumn<double>("testFraction");
    QTest::addColumn<QString>("message");
    QTest::newRow("19 samples") << 19 << 0.1 << 0.3 << "samples must be between 20 and 2000 (got 19)";
    QTest::newRow("2001 samples") << 2001 << 0.1 << 0.3 << "(got 2001)";
    QTest::newRow("noise -0.1") << 200 << -0.1 << 0.3 << "noise must be between 0 and 1 (got -0.1)";
    QTest::newRow("noise 1.5") << 200 << 1.5 << 0.3 << "(got 1.5)";
    QTest::newRow("noise NaN") << 200 << std::nan("") << 0.3 << "(got nan)";
    QTest::newRow("noise inf") << 200 << HUGE_VAL << 0.3 << "(got inf)";
    QTest::newRow("test fraction 0.6") << 200 << 0.1 << 0.6 << "test fraction must be between 0 and 0.5 (got 0.6)";
    QTest::newRow("test fraction -0.01") << 200 << 0.1 << -0.01 << "(got -0.01)";
}

void TestToyData::errors()
{
    QFETCH(int, samples);
    QFETCH(double, noise);
    QFETCH(double, testFraction);
    QFETCH(QString, message);
    const auto d = actviz::makeToyData(config(ToyDataset::Moons, samples, noise, testFraction));
    QVERIFY(!d);
    QVERIFY2(QString::fromStdString(d.error()).contains(message), d.error().c_str());
}

// A {16, 16} tanh network (Adam, lr 0.03, full batch) reaches 95% training accuracy on each set
// at the default noise within 1000 steps (the slowest, spirals, needs ~100).
void TestToyData::separableByANetwork()
{
    QFETCH(ToyDataset, kind);
    const ToyData d = make(config(kind));
    actviz::MlpConfig c;
    c.hidden = {16, 16};
    auto made = actviz::Mlp::create(c, coretest::act("tanh"), {});
    QVERIFY(made);
    actviz::Mlp net = std::move(made).value();
    const auto accuracy = [&] {
        const Eigen::ArrayXd p = net.predict(d.x.topRows(d.trainRows));
        const auto right = ((p > 0.5) == (d.y.head(d.trainRows).array() > 0.5)).count();
        return static_cast<double>(right) / static_cast<double>(d.trainRows);
    };
    while (accuracy() < 0.95 && net.steps() < 1000)
        net.step(d.x, d.y, d.trainRows);
    QVERIFY2(accuracy() >= 0.95, qPrintable(QString("%1 after %2 steps").arg(accuracy()).arg(net.steps())));
}

QTEST_GUILESS_MAIN(TestToyData)
#include "tst_toydata.moc"
