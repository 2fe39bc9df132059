// SPDX-License-Identifier: MIT
// Five lesson formulas typed into core/expr (issue 12) against mpmath: f and the symbolic f′
// at the rows of tests/data/expr_reference.csv (generate_expr_reference.py), in ulps of
// max(|reference|, scale) — the repository's rule (tst_activations), where the scale is what a
// rounding of x, or of terms that cancel near a zero, moves the result by.
// Each formula is evaluated as typed: a naive spelling keeps its error (Smish's log(1 + σ(βx))
// loses the digits of σ below 1e-16 relative to 1: ~1/σ(βx) ulp for x ≪ 0 — stabilityHint()
// names log1p). The table below gives each formula's bound and why it is more than 4 ulp.
#include "expr.h"
#include "exprcompile.h"

#include <QFile>
#include <QObject>
#include <QTest>
#include <cfloat>
#include <cmath>
#include <map>

using namespace actviz;

namespace {

struct Row {
    QString name, formula;
    double alpha = 0, beta = 0, x = 0;
    long double f = 0, df = 0, fScale = 0, dfScale = 0;
};

std::vector<Row> readRows()
{
    QFile file(QStringLiteral(ACTVIZ_TEST_DATA_DIR "/expr_reference.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    std::vector<Row> rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype q1 = line.indexOf('"'), q2 = line.indexOf('"', q1 + 1);
        const QStringList head = line.left(q1).split(',');
        const QStringList tail = line.mid(q2 + 2).split(',');
        const auto ld = [](const QString &s) { return std::strtold(s.toUtf8().constData(), nullptr); };
        rows.push_back({head[0], line.mid(q1 + 1, q2 - q1 - 1), tail[0].toDouble(), tail[1].toDouble(),
                        tail[2].toDouble(), ld(tail[3]), ld(tail[4]), ld(tail[5]), ld(tail[6])});
    }
    return rows;
}

long double ulpAt(long double m)
{
    m = std::fabs(m);
    if (m < static_cast<long double>(DBL_MIN))
        return std::ldexp(1.0L, -1074);
    return std::ldexp(1.0L, std::ilogb(std::min(m, static_cast<long double>(DBL_MAX))) - 52);
}

double ulpError(double got, long double ref, long double scale)
{
    if (std::isnan(got))
        return HUGE_VAL;
    return static_cast<double>(std::fabs(got - ref) / ulpAt(std::max(std::fabs(ref), scale)));
}

} // namespace

class TestExprReference : public QObject
{
    Q_OBJECT
private slots:
    void matchesMpmath_data();
    void matchesMpmath();
};

void TestExprReference::matchesMpmath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("fTolerance");
    QTest::addColumn<double>("dfTolerance");
    QTest::newRow("mish") << "mish" << 4.0 << 4.0;
    // log(1 + σ) as typed: 1 + σ rounds away ~ulp(1)/σ(x) of σ's digits for x < 0 (1e8 ulp at
    // x = −20, where σ ≈ 2e-9, less the scale); the same formula with log1p is within 4 ulp.
    QTest::newRow("smish") << "smish" << 2e7 << 1e6; // measured 1.4e7 and 7e5, both at x = −20
    QTest::newRow("smish with log1p") << "smish-log1p" << 4.0 << 4.0;
    QTest::newRow("snake") << "snake" << 4.0 << 4.0;
    QTest::newRow("rational") << "rational" << 4.0 << 4.0;
    QTest::newRow("leaky") << "leaky" << 4.0 << 4.0;
}

void TestExprReference::matchesMpmath()
{
    QFETCH(QString, name);
    QFETCH(double, fTolerance);
    QFETCH(double, dfTolerance);
    static const std::vector<Row> rows = readRows();
    const bool stable = name.endsWith(QLatin1String("-log1p"));
    const QString id = stable ? name.chopped(6) : name;
    double worstF = 0, worstDf = 0, worstFAt = 0, worstDfAt = 0;
    int count = 0;
    for (const Row &r : rows) {
        if (r.name != id)
            continue;
        QString text = r.formula;
        if (stable)
            text.replace(QLatin1String("log(1+"), QLatin1String("log1p("));
        const auto e = parseExpr(text.toStdString());
        QVERIFY2(e, qPrintable(text));
        const CompiledExpr f = CompiledExpr::compile(*e);
        const CompiledExpr df = CompiledExpr::compile(derivative(*e));
        const Params p{r.alpha, r.beta};
        const double ef = ulpError(f.eval(r.x, p), r.f, r.fScale);
        const double edf = ulpError(df.eval(r.x, p), r.df, r.dfScale);
        if (ef > worstF)
            worstF = ef, worstFAt = r.x;
        if (edf > worstDf)
            worstDf = edf, worstDfAt = r.x;
        ++count;
    }
    QVERIFY(count >= 200);
    qInfo("%s: %d rows, f %.2f ulp (x = %g), f' %.2f ulp (x = %g)", qPrintable(name), count, worstF, worstFAt, worstDf,
          worstDfAt);
    QVERIFY(worstF <= fTolerance);
    QVERIFY(worstDf <= dfTolerance);
}

QTEST_GUILESS_MAIN(TestExprReference)
#include "tst_exprreference.moc"
