// SPDX-License-Identifier: MIT
#include "chart/decadeaxis.h"

#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>

DecadeAxis::DecadeAxis(QObject *parent)
    : QCategoryAxis(parent)
{
    setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

QString DecadeAxis::powerLabel(int k, bool decimals)
{
    if (k == 0)
        return QStringLiteral("1");
    if (decimals && k == -1)
        return QStringLiteral("0.1");
    if (decimals && k == 1)
        return QStringLiteral("10");
    static constexpr std::array<char16_t, 10> kSuperscripts = {u'⁰', u'¹', u'²', u'³', u'⁴',
                                                               u'⁵', u'⁶', u'⁷', u'⁸', u'⁹'};
    QString exponent;
    for (const QChar c : QString::number(std::abs(k)))
        exponent.append(QChar(kSuperscripts[static_cast<size_t>(c.digitValue())]));
    return QStringLiteral("10") + (k < 0 ? QStringLiteral("⁻") : QString()) + exponent;
}

void DecadeAxis::fitLabels(qreal pixels)
{
    const qreal line = QFontMetricsF(labelsFont()).height();
    const int ticks = std::clamp(static_cast<int>(pixels / (2.0 * line)), 2, 8);
    if (ticks == m_ticks)
        return;
    m_ticks = ticks;
    relabel();
}

void DecadeAxis::setLog10Range(double lo, double hi)
{
    if (!std::isfinite(lo) || !std::isfinite(hi) || lo >= hi) {
        lo = -1.0;
        hi = 1.0;
    }
    m_lo = lo;
    m_hi = hi;
    relabel();
}

void DecadeAxis::relabel()
{
    const double lo = m_lo;
    const double hi = m_hi;
    const int ticks = m_ticks;
    const double span = hi - lo;
    // 1, 2, 5, 10, 20, 50, … decades per label: the first that needs at most `ticks` labels.
    static constexpr std::array<double, 3> kMultipliers = {1.0, 2.0, 5.0};
    double step = 1.0;
    for (int i = 1; span / step > ticks; ++i)
        step = kMultipliers[static_cast<size_t>(i % 3)] * std::pow(10.0, i / 3);
    m_step = step;
    const double first = std::floor(lo / step) * step;
    const double last = std::ceil(hi / step) * step;
    for (const QString &label : categoriesLabels())
        remove(label);
    // The first category must start below its end value; it starts outside the visible range.
    setStartValue(first - step);
    const bool decimals = first >= -1.0 && last <= 1.0;
    for (double v = first; v <= last + step / 2; v += step)
        append(powerLabel(static_cast<int>(std::lround(v)), decimals), v);
    setRange(first, last);
}
