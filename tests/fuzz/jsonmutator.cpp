// SPDX-License-Identifier: MIT
#include "jsonmutator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>
#include <random>

namespace {

// Range limits of the lesson format and their neighbours, the integer limits a check may trip
// over, the ends of the double range.
constexpr double kNumbers[] = {
    0.0,    -0.0,  1.0,    -1.0,         0.5,    2.0,    3.0,        6.0,        -6.0,  0.1,   4.0,
    0.001,  0.05,  0.5,    20.0,         0.0009, 20.5,   1.5,        2.0,        512.0, 513.0, 100.0,
    101.0,  64.0,  7.0,    1e308,        -1e308, 5e-324, 2147483647, 2147483648, 9e15,  -9e15, 9007199254740993.0,
    1e-300, 1e100, -1e100, 4294967296.0, 0.3};

class Mutator
{
public:
    Mutator(unsigned int seed, const QStringList &words)
        : m_rng(seed)
        , m_words(words)
    {}

    QJsonObject mutateObject(QJsonObject o, int depth)
    {
        const int action = o.isEmpty() ? 2 : below(4);
        if (action == 2) {
            o.insert(word(), randomValue(depth + 1));
            return o;
        }
        const QString key = o.keys().at(below(static_cast<int>(o.size())));
        if (action == 1)
            o.remove(key);
        else
            o.insert(key, mutate(o.value(key), depth + 1));
        return o;
    }

    QJsonValue mutate(const QJsonValue &v, int depth)
    {
        if (v.isObject() && below(4) != 0)
            return mutateObject(v.toObject(), depth);
        if (v.isArray() && below(4) != 0)
            return mutateArray(v.toArray(), depth);
        if (v.isDouble() && below(4) != 0)
            return nudge(v.toDouble());
        if (v.isString() && below(4) != 0)
            return below(2) ? QJsonValue(word()) : QJsonValue(v.toString() + word().left(below(3)));
        return randomValue(depth);
    }

private:
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    QString word() { return m_words.isEmpty() ? QString() : m_words.at(below(static_cast<int>(m_words.size()))); }
    double number() { return kNumbers[below(static_cast<int>(std::size(kNumbers)))]; }

    QJsonValue nudge(double x)
    {
        switch (below(8)) {
        case 0:
            return x + 1;
        case 1:
            return x - 1;
        case 2:
            return -x;
        case 3:
            return x * 2;
        case 4:
            return x / 2;
        case 5:
            return std::nextafter(x, std::numeric_limits<double>::infinity());
        case 6:
            return std::nextafter(x, -std::numeric_limits<double>::infinity());
        default:
            return number();
        }
    }

    QJsonValue randomValue(int depth)
    {
        switch (below(depth > 3 ? 4 : 7)) {
        case 0:
            return number();
        case 1:
            return word();
        case 2:
            return below(2) == 0;
        case 3:
            return QJsonValue(QJsonValue::Null);
        case 4:
            return QJsonArray{number(), number()};
        case 5: {
            QJsonArray a;
            for (int n = below(4); n > 0; --n)
                a.append(randomValue(depth + 1));
            return a;
        }
        default: {
            QJsonObject o;
            for (int n = below(3); n > 0; --n)
                o.insert(word(), randomValue(depth + 1));
            return o;
        }
        }
    }

    QJsonValue mutateArray(QJsonArray a, int depth)
    {
        const int action = a.isEmpty() ? 2 : below(4);
        if (action == 2) {
            a.insert(below(static_cast<int>(a.size()) + 1), randomValue(depth + 1));
            return a;
        }
        const int i = below(static_cast<int>(a.size()));
        if (action == 1)
            a.removeAt(i);
        else
            a.replace(i, mutate(a.at(i), depth + 1));
        return a;
    }

    std::mt19937 m_rng;
    const QStringList &m_words;
};

} // namespace

std::size_t mutateJson(std::uint8_t *data, std::size_t size, std::size_t maxSize, unsigned int seed,
                       const QStringList &words)
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    Mutator mutator(seed, words);
    QJsonObject root = doc.object();
    for (int n = 1 + static_cast<int>(seed % 3); n > 0; --n)
        root = mutator.mutateObject(root, 0);
    const QByteArray out = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (static_cast<std::size_t>(out.size()) > maxSize)
        return 0;
    std::memcpy(data, out.constData(), static_cast<std::size_t>(out.size()));
    return static_cast<std::size_t>(out.size());
}
