// SPDX-License-Identifier: MIT
// softmax and logSoftmax against generate_softmax_reference.py (mpmath, 50 digits): 376 vectors of
// 2–8 entries, spreads from 0.01 to 1000, temperatures from 0.01 to 100, probabilities down to
// 1e-305. Every entry to 4 ulp of itself: exp turns the rounding of (z_i − max z)/T into
// relative error (softmax of [0.1, −700] was 200 ulp off, the dominant log-softmax 176).
#include "softmax.h"
#include "ulperror.h"

#include <QByteArray>
#include <QList>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace actviz;

class TstSoftmaxReference : public QObject
{
    Q_OBJECT
private slots:
    void everyEntryToFourUlp();
};

namespace {

std::vector<std::string> fields(const std::string &text, char separator)
{
    std::vector<std::string> out;
    std::stringstream ss(text);
    for (std::string f; std::getline(ss, f, separator);)
        if (!f.empty())
            out.push_back(f);
    return out;
}

} // namespace

void TstSoftmaxReference::everyEntryToFourUlp()
{
    constexpr double kTolUlp = 4.0;
    const std::string path = std::string(ACTVIZ_TEST_DATA_DIR) + "/softmax_reference.csv";
    std::ifstream in(path);
    QVERIFY2(in, path.c_str());
    std::string line;
    std::getline(in, line); // temperature;z;softmax;log_softmax
    int rows = 0;
    double worstP = 0.0;
    double worstLog = 0.0;
    QList<QByteArray> failures;
    while (std::getline(in, line)) {
        const std::vector<std::string> parts = fields(line, ';');
        QCOMPARE(parts.size(), std::size_t{4});
        const double temperature = std::strtod(parts[0].c_str(), nullptr);
        const std::vector<std::string> zs = fields(parts[1], ' ');
        const std::vector<std::string> ps = fields(parts[2], ' ');
        const std::vector<std::string> ls = fields(parts[3], ' ');
        QVERIFY(zs.size() == ps.size() && zs.size() == ls.size());
        Eigen::VectorXd z(static_cast<Eigen::Index>(zs.size()));
        for (std::size_t i = 0; i < zs.size(); ++i)
            z[static_cast<Eigen::Index>(i)] = std::strtod(zs[i].c_str(), nullptr);
        const auto p = softmax(z, temperature);
        const auto l = logSoftmax(z, temperature);
        QVERIFY(p && l);
        for (std::size_t i = 0; i < zs.size(); ++i) {
            const auto at = static_cast<Eigen::Index>(i);
            const double ep = ulperror::ulpError((*p)[at], std::strtold(ps[i].c_str(), nullptr));
            const double el = ulperror::ulpError((*l)[at], std::strtold(ls[i].c_str(), nullptr));
            worstP = std::max(worstP, ep);
            worstLog = std::max(worstLog, el);
            if (!(ep <= kTolUlp && el <= kTolUlp))
                failures << QByteArray::fromStdString(line + " entry " + std::to_string(i + 1) + ": " +
                                                      std::to_string(ep) + " / " + std::to_string(el) + " ulp");
        }
        ++rows;
    }
    QVERIFY2(rows > 300, "too few rows");
    QVERIFY2(failures.isEmpty(), failures.mid(0, 10).join('\n').constData());
    qInfo("softmax worst %.2f ulp, log-softmax worst %.2f ulp over %d vectors", worstP, worstLog, rows);
}

QTEST_APPLESS_MAIN(TstSoftmaxReference)
#include "tst_softmaxreference.moc"
