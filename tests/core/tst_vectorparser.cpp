// SPDX-License-Identifier: MIT
// The vector parser: every accepted spelling, and every rejection with the entry number and
// the quoted token in its message.
#include "vectorparser.h"

#include <QList>
#include <QTest>
#include <clocale>
#include <limits>
#include <string>

using actviz::parseVector;
using actviz::VectorParseError;
using Kind = actviz::VectorParseError::Kind;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(VectorParseError::Kind)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

QString numbers(int count, const QString &separator)
{
    QStringList parts;
    for (int i = 1; i <= count; ++i)
        parts << QString::number(i);
    return parts.join(separator);
}

} // namespace

class TestVectorParser : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void longTokenIsShortenedInMessage();
    void signOfZero();
    void underflowIgnoresTheDecimalComma();
    void separatorsOneByOne();
};

void TestVectorParser::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("commas") << "1,2,3" << QList<double>{1, 2, 3};
    QTest::newRow("commas and spaces") << "1, 2 ,3" << QList<double>{1, 2, 3};
    QTest::newRow("spaces only") << "1 2   3" << QList<double>{1, 2, 3};
    QTest::newRow("tabs and newlines") << "1\t2\n3\r\n4" << QList<double>{1, 2, 3, 4};
    QTest::newRow("semicolons") << "1;2; 3" << QList<double>{1, 2, 3};
    QTest::newRow("full-width comma") << u"1，2，3"_s << QList<double>{1, 2, 3};
    QTest::newRow("full-width comma with spaces") << u"1 ， 2"_s << QList<double>{1, 2};
    QTest::newRow("full-width semicolon") << u"1；2"_s << QList<double>{1, 2};
    QTest::newRow("ideographic space") << u"1\u30002"_s << QList<double>{1, 2};
    QTest::newRow("no-break space") << u"1\u00a02"_s << QList<double>{1, 2};
    QTest::newRow("mixed separators") << u"1, 2;3 4，5"_s << QList<double>{1, 2, 3, 4, 5};
    QTest::newRow("brackets") << "[1, 2, 3]" << QList<double>{1, 2, 3};
    QTest::newRow("brackets and whitespace") << "  [ 1 2 ]\n" << QList<double>{1, 2};
    QTest::newRow("surrounding whitespace") << "  1, 2  " << QList<double>{1, 2};
    QTest::newRow("surrounding ideographic space") << u"\u30001\u3000"_s << QList<double>{1};
    QTest::newRow("single entry") << "7" << QList<double>{7};
    QTest::newRow("decimals") << "0.25, -1.5, .5, 5." << QList<double>{0.25, -1.5, 0.5, 5.0};
    QTest::newRow("scientific") << "1e3, 2.5E-2, -1e+2, 6.02214076e23"
                                << QList<double>{1e3, 2.5e-2, -1e2, 6.02214076e23};
    QTest::newRow("explicit plus") << "+2, +1e-3" << QList<double>{2, 1e-3};
    QTest::newRow("-inf masks") << "-inf, 0, -Infinity, -INF" << QList<double>{-kInf, 0, -kInf, -kInf};
    QTest::newRow("Unicode minus inf") << u"\u2212inf, 1"_s << QList<double>{-kInf, 1};
    QTest::newRow("Unicode minus number") << u"\u22121.5, 2"_s << QList<double>{-1.5, 2};
    QTest::newRow("Unicode minus in exponent") << u"1e\u22123"_s << QList<double>{1e-3};
    QTest::newRow("largest double") << "1.7976931348623157e308, -1.7976931348623157e308"
                                    << QList<double>{1.7976931348623157e308, -1.7976931348623157e308};
    QTest::newRow("smallest subnormal") << "4.9e-324" << QList<double>{4.9e-324};
    // Below the double range a literal rounds like any other (core/numberparse.h).
    QTest::newRow("underflow rounds to 0") << "1e-400, -1e-400" << QList<double>{0.0, -0.0};
    QTest::newRow("no locale: dot only") << "3.14159" << QList<double>{3.14159};
    QList<double> thousand;
    for (int i = 1; i <= 1000; ++i)
        thousand << i;
    QTest::newRow("1000 entries") << numbers(1000, ", ") << thousand;
}

void TestVectorParser::accepts()
{
    QFETCH(QString, input);
    QFETCH(QList<double>, expected);
    const auto r = parseVector(input.toStdString());
    QVERIFY2(r, r ? "" : r.error().message.c_str());
    QCOMPARE(r->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE((*r)[i], expected[i]); // from_chars rounds correctly, as the compiler does
}

void TestVectorParser::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("offset"); // in UTF-8 bytes
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << "" << Kind::EmptyInput << 0 << "" << 0 << "empty";
    QTest::newRow("whitespace only") << " \t\n" << Kind::EmptyInput << 0 << "" << 0 << "empty";
    QTest::newRow("empty brackets") << "[ ]" << Kind::EmptyInput << 0 << "" << 0 << "empty";

    QTest::newRow("two commas") << "1,,2" << Kind::EmptyEntry << 2 << "" << 2 << "entry 2 (\"\") is empty";
    QTest::newRow("two commas with a space")
        << "1, ,2" << Kind::EmptyEntry << 2 << "" << 3 << "entry 2 (\"\") is empty";
    QTest::newRow("two semicolons") << "1;;2" << Kind::EmptyEntry << 2 << "" << 2 << "entry 2 (\"\")";
    QTest::newRow("two full-width commas") << u"1，，2"_s << Kind::EmptyEntry << 2 << "" << 4 << "entry 2 (\"\")";
    QTest::newRow("leading comma") << ",1" << Kind::EmptyEntry << 1 << "" << 0 << "entry 1 (\"\") is empty";
    QTest::newRow("trailing comma") << "1,2," << Kind::EmptyEntry << 3 << "" << 4 << "entry 3 (\"\") is empty";
    QTest::newRow("trailing comma in brackets") << "[1, 2, ]" << Kind::EmptyEntry << 3 << "" << 7 << "entry 3 (\"\")";
    QTest::newRow("only a comma") << "," << Kind::EmptyEntry << 1 << "" << 0 << "entry 1 (\"\")";

    QTest::newRow("nan") << "nan" << Kind::NaN << 1 << "nan" << 0 << "entry 1 (\"nan\")";
    QTest::newRow("NaN second") << "1, NaN" << Kind::NaN << 2 << "NaN" << 3 << "entry 2 (\"NaN\")";
    QTest::newRow("-nan") << "-nan" << Kind::NaN << 1 << "-nan" << 0 << "entry 1 (\"-nan\")";
    QTest::newRow("nan(payload)") << "0 nan(1)" << Kind::NaN << 2 << "nan(1)" << 2 << "entry 2 (\"nan(1)\")";

    QTest::newRow("inf") << "inf, 1" << Kind::PlusInfinity << 1 << "inf" << 0 << "entry 1 (\"inf\")";
    QTest::newRow("+inf") << "1; +inf" << Kind::PlusInfinity << 2 << "+inf" << 3 << "entry 2 (\"+inf\")";
    QTest::newRow("Infinity") << "1 2 Infinity" << Kind::PlusInfinity << 3 << "Infinity" << 4
                              << "entry 3 (\"Infinity\")";

    QTest::newRow("word") << "1, abc" << Kind::NotANumber << 2 << "abc" << 3 << "entry 2 (\"abc\") is not a number";
    QTest::newRow("two dots") << "1.2.3" << Kind::NotANumber << 1 << "1.2.3" << 0 << "entry 1 (\"1.2.3\")";
    QTest::newRow("hex") << "0x10" << Kind::NotANumber << 1 << "0x10" << 0 << "entry 1 (\"0x10\")";
    QTest::newRow("bare exponent") << "1e" << Kind::NotANumber << 1 << "1e" << 0 << "entry 1 (\"1e\")";
    QTest::newRow("double minus") << "--1" << Kind::NotANumber << 1 << "--1" << 0 << "entry 1 (\"--1\")";
    QTest::newRow("Unicode double minus")
        << u"3 \u2212\u22121"_s << Kind::NotANumber << 2 << u"\u2212\u22121"_s << 2 << u"entry 2 (\"\u2212\u22121\")"_s;
    QTest::newRow("plus minus") << "+-1" << Kind::NotANumber << 1 << "+-1" << 0 << "entry 1 (\"+-1\")";
    QTest::newRow("sign alone") << "1 -" << Kind::NotANumber << 2 << "-" << 2 << "entry 2 (\"-\")";
    QTest::newRow("digit grouping") << "1_000" << Kind::NotANumber << 1 << "1_000" << 0 << "entry 1 (\"1_000\")";
    QTest::newRow("full-width digit") << u"1，２"_s << Kind::NotANumber << 2 << u"２"_s << 4 << u"entry 2 (\"２\")"_s;
    QTest::newRow("infinity sign") << u"1 \u221e"_s << Kind::NotANumber << 2 << u"\u221e"_s << 2
                                   << u"entry 2 (\"\u221e\")"_s;
    QTest::newRow("nested brackets") << "[1, [2]]" << Kind::NotANumber << 2 << "[2]" << 4 << "entry 2 (\"[2]\")";
    QTest::newRow("first error wins") << "abc, nan" << Kind::NotANumber << 1 << "abc" << 0 << "entry 1 (\"abc\")";

    QTest::newRow("overflow") << "1, 1e400" << Kind::OutOfRange << 2 << "1e400" << 3 << "entry 2 (\"1e400\")";

    QTest::newRow("one entry, masked") << "-inf" << Kind::AllMasked << 0 << "" << 0 << "-inf";
    QTest::newRow("all masked") << u"-inf, \u2212inf; -Infinity"_s << Kind::AllMasked << 0 << "" << 0
                                << "all 3 entries";

    QTest::newRow("1001 entries") << numbers(1001, ",") << Kind::TooManyEntries << 1001 << "1001"
                                  << int(numbers(1000, ",").size() + 1)
                                  << "the vector has 1001 entries; at most 1000 are allowed";
    // The message counts a pasted vector instead of echoing it.
    QTest::newRow("60000 entries, mixed separators")
        << numbers(60000, " ; ") << Kind::TooManyEntries << 1001 << "1001" << int(numbers(1000, " ; ").size() + 3)
        << "the vector has 60000 entries; at most 1000 are allowed";

    QTest::newRow("unclosed bracket") << "[1, 2" << Kind::UnbalancedBracket << 0 << "" << 0 << "\"[\" at character 1";
    QTest::newRow("unopened bracket") << " 1, 2]" << Kind::UnbalancedBracket << 0 << "" << 5 << "\"]\" at character 6";
    QTest::newRow("bracket alone") << "[" << Kind::UnbalancedBracket << 0 << "" << 0 << "\"[\"";
    QTest::newRow("closing bracket alone") << "]" << Kind::UnbalancedBracket << 0 << "" << 0 << "\"]\"";
}

void TestVectorParser::rejects()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(int, entry);
    QFETCH(QString, token);
    QFETCH(int, offset);
    QFETCH(QString, messagePart);
    const auto r = parseVector(input.toStdString());
    QVERIFY(!r);
    const VectorParseError &e = r.error();
    const QString message = QString::fromStdString(e.message);
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.entry, std::size_t(entry));
    QCOMPARE(QString::fromStdString(e.token), token);
    QCOMPARE(e.offset, std::size_t(offset));
    QCOMPARE(e.length, std::size_t(token.toStdString().size()) + (kind == Kind::UnbalancedBracket ? 1 : 0));
    if (entry > 0 && kind != Kind::TooManyEntries) // the token is quoted and the entry is numbered
        QVERIFY2(message.startsWith(QStringLiteral("entry %1 (\"%2\")").arg(entry).arg(token)), qPrintable(message));
}

void TestVectorParser::longTokenIsShortenedInMessage()
{
    const std::string token(60, 'x');
    const auto r = parseVector("1, " + token);
    QVERIFY(!r);
    QCOMPARE(r.error().token, token);
    QCOMPARE(QString::fromStdString(r.error().message),
             QString("entry 2 (\"%1\u2026\") is not a number").arg(QString(40, 'x')));
}

void TestVectorParser::signOfZero()
{
    const auto r = parseVector(u"-0, \u22120, 0"_s.toStdString());
    QVERIFY(r);
    QVERIFY(std::signbit((*r)[0]));
    QVERIFY(std::signbit((*r)[1]));
    QVERIFY(!std::signbit((*r)[2]));
}

// QApplication adopts the user's C locale; under a decimal comma the strtod that once told
// underflow from overflow read "1.5e-400" as 1 (found while writing tests/fuzz).
void TestVectorParser::underflowIgnoresTheDecimalComma()
{
    const std::string saved = std::setlocale(LC_ALL, nullptr);
    bool comma = false;
    for (const char *name : {"de_DE.UTF-8", "fr_FR.UTF-8", "ru_RU.UTF-8", "es_ES.UTF-8", "it_IT.UTF-8", "pt_BR.UTF-8"}) {
        comma = std::setlocale(LC_ALL, name) && *std::localeconv()->decimal_point == ',';
        if (comma)
            break;
    }
    if (!comma) {
        std::setlocale(LC_ALL, saved.c_str());
        QSKIP("no locale with a decimal comma is installed (e.g. de_DE.UTF-8)");
    }
    const auto r = parseVector(u"1.5e-400, \u22122.5e-400, 1.25"_s.toStdString());
    std::setlocale(LC_ALL, saved.c_str());
    QVERIFY2(r, r ? "" : r.error().message.c_str());
    QCOMPARE(r->size(), 3);
    QCOMPARE((*r)[0], 0.0);
    QCOMPARE((*r)[1], 0.0);
    QVERIFY(std::signbit((*r)[1]));
    QCOMPARE((*r)[2], 1.25);
}

// The separators the parser splits on, asked one character at a time (an editor's undo steps).
void TestVectorParser::separatorsOneByOne()
{
    for (const QString &sep : {u","_s, u";"_s, u" "_s, u"\t"_s, u"\n"_s, u"，"_s, u"；"_s, u"\u3000"_s, u"\u00a0"_s}) {
        const QByteArray utf8 = sep.toUtf8();
        QVERIFY2(actviz::startsWithSeparator(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))),
                 qPrintable(sep));
    }
    for (const QString &other : {u"1"_s, u"-"_s, u"\u2212"_s, u"."_s, u"e"_s, u"["_s, u"、"_s, u""_s}) {
        const QByteArray utf8 = other.toUtf8();
        QVERIFY2(!actviz::startsWithSeparator(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))),
                 qPrintable(other));
    }
}

QTEST_GUILESS_MAIN(TestVectorParser)
#include "tst_vectorparser.moc"
