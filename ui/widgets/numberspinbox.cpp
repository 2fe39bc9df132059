// SPDX-License-Identifier: MIT
#include "widgets/numberspinbox.h"

#include "numberparse.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

// Every finite double is in range; the value is kept as typed, not rounded to decimals
// (QDoubleSpinBox rounds to decimals(), and 323 is the most it allows).
constexpr int kAllDecimals = 323;
// Shown with up to this many significant digits: enough to tell apart the two ends of the
// narrowest range a plot accepts (AppState::kMinRelativeWidth = 1e-9) with room to spare.
constexpr int kShownDigits = 12;

std::optional<double> parse(const QString &text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    const actviz::ParsedNumber n =
        actviz::parseDecimal(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    if (n.status != actviz::ParsedNumber::Status::Ok || !std::isfinite(n.value))
        return std::nullopt;
    return n.value;
}

} // namespace

NumberSpinBox::NumberSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(kAllDecimals);
    setRange(-std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    setKeyboardTracking(false);
    // Wide enough for "-1.23456789012e+300" without resizing as the text changes.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.0000123456")) + 32);
}

QString NumberSpinBox::textFromValue(double value) const
{
    return QString::number(value, 'g', kShownDigits);
}

double NumberSpinBox::valueFromText(const QString &text) const
{
    return parse(text).value_or(value());
}

QValidator::State NumberSpinBox::validate(QString &text, int &) const
{
    if (parse(text))
        return QValidator::Acceptable;
    // A number on its way: "-", "1e", "1.5e-" may still become one.
    static const QString kPartial = QStringLiteral("0123456789+-.eE\u2212");
    for (const QChar c : text)
        if (!kPartial.contains(c) && !c.isSpace())
            return QValidator::Invalid;
    return QValidator::Intermediate;
}

QSize NumberSpinBox::sizeHint() const
{
    QSize size = QDoubleSpinBox::sizeHint();
    const int wanted = fontMetrics().horizontalAdvance(QStringLiteral("−1.0000005e-9")) + 2 * fontMetrics().height();
    size.setWidth(std::min(size.width(), wanted));
    return size;
}

QSize NumberSpinBox::minimumSizeHint() const
{
    QSize size = QDoubleSpinBox::minimumSizeHint();
    const int wanted = fontMetrics().horizontalAdvance(QStringLiteral("−0.0001")) + 2 * fontMetrics().height();
    size.setWidth(std::min(size.width(), wanted));
    return size;
}
