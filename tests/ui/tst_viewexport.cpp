// SPDX-License-Identifier: MIT
// `actviz export --view NAME` end to end through QProcess: every view writes a PNG of the
// requested size that is not blank (it holds the Okabe–Ito blue or vermillion of the curves and
// bars), the per-view options work, and a bad view, a bad value or an option that does not apply
// to the chosen view exits 2 naming it.
#include "exportrun.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace uitest;

class TestViewExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void everyView_data();
    void everyView();
    void badArgument_data();
    void badArgument();
    void naiveDerivative_data();
    void naiveDerivative();

private:
    QTemporaryDir m_dir;
};

void TestViewExport::everyView_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSize>("pixels");
    const QSize size(1000, 625);
    const QStringList sized{"--size", "1000x625"};
    QTest::newRow("functions") << "functions.png" << (sized + QStringList{"--view", "functions"}) << size;
    QTest::newRow("softmax") << "softmax.png" << (sized + QStringList{"--view", "softmax"}) << size;
    QTest::newRow("depth") << "depth.png" << (sized + QStringList{"--view", "depth"}) << size;
    QTest::newRow("compare") << "compare.png" << (sized + QStringList{"--view", "compare"}) << size;
    QTest::newRow("loss") << "loss.png" << (sized + QStringList{"--view", "loss"}) << size;
    QTest::newRow("likelihood") << "likelihood.png" << (sized + QStringList{"--view", "likelihood"}) << size;
    QTest::newRow("gated") << "gated.png" << (sized + QStringList{"--view", "gated"}) << size;
    QTest::newRow("gated with its options") << "gated2.png"
                                            << (sized + QStringList{"--view", "gated", "--gate", "geglu", "--square",
                                                                    "2.5", "--epsilon", "0.01", "--caption"})
                                            << size;
    QTest::newRow("training") << "training.png" << (sized + QStringList{"--view", "training", "--epochs", "40"})
                              << size;
    QTest::newRow("training with its options")
        << "training2.png"
        << (sized + QStringList{"--view",      "training", "--dataset", "circles", "--layers",    "6,4",
                                "--functions", "relu",     "--init",    "he",      "--rate",      "0.05",
                                "--seed",      "3",        "--epochs",  "30",      "--optimizer", "sgd",
                                "--batch",     "16",       "--noise",   "0.3",     "--caption"})
        << size;
    QTest::newRow("functions, naive float32, caption")
        << "naive.png"
        << (sized +
            QStringList{"--functions", "sigmoid,tanh", "--xrange", "-1000:1000", "--naive", "float32", "--caption"})
        << size;
    QTest::newRow("softmax, naive (default float64)")
        << "naive-softmax.png" << (sized + QStringList{"--softmax", "1000, 1001, 1002", "--naive"}) << size;
    QTest::newRow("depth with its options")
        << "depth2.png"
        << (sized + QStringList{"--view=depth", "--functions", "relu,sigmoid", "--depth", "20", "--width", "64",
                                "--init", "he", "--gain", "1.5", "--seed", "7", "--sigma", "2", "--caption"})
        << size;
    QTest::newRow("compare with its options")
        << "compare2.png"
        << (sized + QStringList{"--view", "compare", "--compare", "elu,celu", "--alpha", "0.5", "--xrange", "-4:2"})
        << size;
    QTest::newRow("loss with its options")
        << "loss2.png"
        << (sized + QStringList{"--view", "loss", "--label", "0", "--softmax", "0.5, 2, -1, 0", "--target", "4",
                                "--temperature", "2"})
        << size;
    QTest::newRow("likelihood with its options")
        << "likelihood2.png"
        << (sized + QStringList{"--view", "likelihood", "--samples", "1,1,0,1", "--p", "0.25", "--caption"}) << size;
    QTest::newRow("2x pixels") << "depth-2x.png" << QStringList{"--view", "depth", "--size", "800x500", "--dpr", "2"}
                               << QSize(1600, 1000);
    QTest::newRow("svg") << "compare.svg" << QStringList{"--view", "compare"} << QSize();
    QTest::newRow("training svg") << "training.svg" << QStringList{"--view", "training", "--epochs", "5"} << QSize();
    QTest::newRow("training pdf") << "training.pdf" << QStringList{"--view", "training", "--epochs", "5"} << QSize();
    QTest::newRow("pdf") << "loss.pdf" << QStringList{"--view", "loss"} << QSize();
}

void TestViewExport::everyView()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    QFETCH(QSize, pixels);
    const QString path = m_dir.filePath(name);
    const Run r = runActviz(QStringList{"export", path} + options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(path));
    if (!pixels.isValid()) {
        QVERIFY(QFile(path).size() > 1000);
        return;
    }
    const QImage image(path);
    QCOMPARE(image.size(), pixels);
    // Not blank: the blue or the vermillion of Okabe–Ito covers a visible share of the figure; the
    // gated view's maps are coloured from ColorBrewer's RdBu instead (its mid reds and blues).
    const int colored =
        name.startsWith(QLatin1String("gated"))
            ? pixelsNear(image, 0xFFD6604D) + pixelsNear(image, 0xFF4393C3) + pixelsNear(image, 0xFFF4A582)
            : pixelsNear(image, 0xFF0072B2) + pixelsNear(image, 0xFFD55E00) + pixelsNear(image, 0xFF56B4E9);
    QVERIFY2(colored > 200, qPrintable(QStringLiteral("%1 coloured pixels").arg(colored)));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 20);
}

void TestViewExport::badArgument_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown view") << QStringList{"--view", "histogram"} << "--view";
    QTest::newRow("view without name") << QStringList{"--view"} << "--view";
    QTest::newRow("compare: one id") << QStringList{"--view", "compare", "--compare", "gelu"} << "--compare";
    QTest::newRow("compare: unknown id") << QStringList{"--view", "compare", "--compare", "gelu,nope"} << "nope";
    QTest::newRow("samples: a 2") << QStringList{"--view", "likelihood", "--samples", "1,0,2"} << "Entry 3";
    QTest::newRow("p above 1") << QStringList{"--view", "likelihood", "--p", "1.5"} << "--p";
    QTest::newRow("gated: unknown unit") << QStringList{"--view", "gated", "--gate", "swish"} << "swish";
    QTest::newRow("gated: square 0") << QStringList{"--view", "gated", "--square", "0"} << "--square";
    QTest::newRow("gated: square a word") << QStringList{"--view", "gated", "--square", "big"} << "big";
    QTest::newRow("gate on functions") << QStringList{"--gate", "glu"} << "--gate";
    QTest::newRow("depth too deep") << QStringList{"--view", "depth", "--depth", "1000"} << "--depth";
    QTest::newRow("training: unknown data set")
        << QStringList{"--view", "training", "--dataset", "iris"} << "--dataset";
    QTest::newRow("training: no units") << QStringList{"--view", "training", "--layers", "8,0"} << "--layers";
    QTest::newRow("training: 7 layers") << QStringList{"--view", "training", "--layers", "2,2,2,2,2,2,2"} << "--layers";
    QTest::newRow("training: 0 epochs") << QStringList{"--view", "training", "--epochs", "0"} << "--epochs";
    QTest::newRow("training: rate 0") << QStringList{"--view", "training", "--rate", "0"} << "--rate";
    QTest::newRow("training: optimizer") << QStringList{"--view", "training", "--optimizer", "rmsprop"}
                                         << "--optimizer";
    QTest::newRow("training: batch") << QStringList{"--view", "training", "--batch", "-1"} << "--batch";
    QTest::newRow("training: noise") << QStringList{"--view", "training", "--noise", "2"} << "--noise";
    QTest::newRow("dataset on the plot") << QStringList{"--dataset", "xor"} << "--dataset";
    QTest::newRow("width not a number") << QStringList{"--view", "depth", "--width", "wide"} << "--width";
    QTest::newRow("unknown init") << QStringList{"--view", "depth", "--init", "orthogonal"} << "--init";
    QTest::newRow("gain zero") << QStringList{"--view", "depth", "--gain", "0"} << "--gain";
    QTest::newRow("negative seed") << QStringList{"--view", "depth", "--seed", "-3"} << "--seed";
    QTest::newRow("target beyond the vector") << QStringList{"--view", "loss", "--target", "4"} << "--target";
    QTest::newRow("label 2") << QStringList{"--view", "loss", "--label", "2"} << "--label";
    QTest::newRow("naive float8") << QStringList{"--naive=float8"} << "--naive";
    QTest::newRow("caption with a value") << QStringList{"--caption=yes"} << "--caption";
    // Options that the chosen view would ignore are refused.
    QTest::newRow("samples on functions") << QStringList{"--samples", "1,0"} << "--samples";
    QTest::newRow("functions on loss") << QStringList{"--view", "loss", "--functions", "relu"} << "--functions";
    QTest::newRow("depth on compare") << QStringList{"--view", "compare", "--depth", "10"} << "--depth";
    QTest::newRow("naive on likelihood") << QStringList{"--view", "likelihood", "--naive"} << "--naive";
    QTest::newRow("derivatives on depth") << QStringList{"--view", "depth", "--derivatives"} << "--derivatives";
    QTest::newRow("softmax on functions") << QStringList{"--view", "functions", "--softmax", "1,2"} << "--softmax";
}

void TestViewExport::badArgument()
{
    QFETCH(QStringList, options);
    QFETCH(QString, named);
    const QString path = m_dir.filePath(QStringLiteral("bad.png"));
    const Run r = runActviz(QStringList{"export", path} + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

// `--naive` draws the naive f′ (its formula in the legend and a caption of its failures) exactly
// when `--derivatives` draws f′: the SVG holds them as text. For softplus′ = eˣ/(1 + eˣ) in
// float16 the caption ends at ln 65520 = 11.0901107 (mpmath), within float16's spacing 2^−7 there.
void TestViewExport::naiveDerivative_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("drawn");
    const QStringList base{"--functions", "softplus", "--xrange", "-20:20", "--naive", "float16"};
    QTest::newRow("with --derivatives") << (base + QStringList{"--derivatives"}) << true;
    QTest::newRow("without") << base << false;
}

void TestViewExport::naiveDerivative()
{
    QFETCH(QStringList, options);
    QFETCH(bool, drawn);
    const QString path = m_dir.filePath(QStringLiteral("naive-df.svg"));
    const Run r = runActviz(QStringList{"export", path, "--size", "1600x1000"} + options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QCOMPARE(svg.contains(QStringLiteral("Softplus′ naive: eˣ/(1 + eˣ)")), drawn);
    QCOMPARE(svg.contains(QStringLiteral("naive Softplus′ = eˣ/(1 + eˣ) (float16)")), drawn);
    QCOMPARE(svg.contains(QStringLiteral("NaN for x &gt; 11.090")), drawn);
    // The naive f is drawn either way.
    QVERIFY(svg.contains(QStringLiteral("Softplus naive (float16)")));
}

QTEST_MAIN(TestViewExport)
#include "tst_viewexport.moc"
