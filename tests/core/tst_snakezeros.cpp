// SPDX-License-Identifier: MIT
// snake's f′ = 1 + sin 2αx where it touches 0, against generate_snake_zeros.py (mpmath, 60 digits):
// at the doubles nearest its zeros f′ is 1e-37 to 1e-14, and each value must be right to 4 ulp of
// itself. activation_reference.csv allows 4 ulp of |x·f″| (the rounding of x moves f′ that much),
// about 1e17 times more there; 1 + sin 2αx, and (sin αx + cos αx)², were 27 %–560 % off.
#include "registry.h"
#include "ulperror.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

using namespace actviz;

class TstSnakeZeros : public QObject
{
    Q_OBJECT
private slots:
    void derivativeNearItsZeros();
};

void TstSnakeZeros::derivativeNearItsZeros()
{
    constexpr double kTolUlp = 4.0;
    const std::string path = std::string(ACTVIZ_TEST_DATA_DIR) + "/snake_zeros_reference.csv";
    std::ifstream in(path);
    QVERIFY2(in, path.c_str());
    const Activation *snake = findActivation("snake");
    QVERIFY(snake);
    std::string line;
    std::getline(in, line); // alpha,x,df
    int rows = 0;
    double worst = 0.0;
    QStringList failures;
    while (std::getline(in, line)) {
        std::stringstream ss(line);
        std::string alpha, x, df;
        QVERIFY(std::getline(ss, alpha, ',') && std::getline(ss, x, ',') && std::getline(ss, df));
        const Params p{std::strtod(alpha.c_str(), nullptr), 0.0};
        const double at = std::strtod(x.c_str(), nullptr);
        const long double ref = std::strtold(df.c_str(), nullptr);
        const double got = snake->derivative(at, p);
        const double ulp = ulperror::ulpError(got, ref);
        worst = std::max(worst, ulp);
        if (!(ulp <= kTolUlp))
            failures << QStringLiteral("α = %1, x = %2: %3, reference %4 (%5 ulp)")
                            .arg(QString::fromStdString(alpha), QString::fromStdString(x))
                            .arg(got, 0, 'g', 17)
                            .arg(QString::fromStdString(df))
                            .arg(ulp);
        ++rows;
    }
    QVERIFY2(rows > 1000, "too few rows");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join(QLatin1Char('\n'))));
    qInfo("snake′ at its zeros: worst %.2f ulp over %d rows", worst, rows);
}

QTEST_APPLESS_MAIN(TstSnakeZeros)
#include "tst_snakezeros.moc"
