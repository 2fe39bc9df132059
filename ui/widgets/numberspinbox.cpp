// SPDX-License-Identifier: MIT
#include "widgets/numberspinbox.h"

#include "numberparse.h"

#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

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
    : QAbstractSpinBox(parent)
{
    setKeyboardTracking(false);
    // Wide enough for "-1.23456789012e+300" without resizing as the text changes.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.0000123456")) + 32);
    showValue();
    connect(this, &QAbstractSpinBox::editingFinished, this, &NumberSpinBox::commitText);
}

QString NumberSpinBox::textFromValue(double value)
{
    return QString::number(value, 'g', kShownDigits);
}

double NumberSpinBox::valueFromText(const QString &text) const
{
    return parse(text).value_or(m_value);
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

void NumberSpinBox::fixup(QString &text) const
{
    if (!parse(text))
        text = textFromValue(m_value);
}

void NumberSpinBox::setRange(double lo, double hi)
{
    if (!std::isfinite(lo) || !std::isfinite(hi) || lo > hi)
        return;
    m_minimum = lo;
    m_maximum = hi;
    setValue(m_value);
}

void NumberSpinBox::setValue(double value)
{
    if (std::isnan(value))
        return;
    value = std::clamp(value, minimum(), maximum());
    const bool changed = value != m_value;
    m_value = value;
    showValue();
    if (changed)
        emit valueChanged(m_value);
}

void NumberSpinBox::stepBy(int steps)
{
    commitText(); // a value typed and not yet entered is the one stepped from
    const double v = m_value;
    double step = 0.1;
    if (v != 0.0) {
        // Down from a power of ten steps by the smaller power's tenth: 100 → 99, not 90.
        const bool across = (v > 0) != (steps > 0);
        const double magnitude = std::abs(v) * (across ? 1.0 - 1e-12 : 1.0);
        step = std::max(std::pow(10.0, std::floor(std::log10(magnitude)) - 1.0),
                        std::numeric_limits<double>::denorm_min());
    }
    const double next = v + steps * step;
    // What the box shows, so that 0.1 + 0.2 is 0.3 and not 0.30000000000000004.
    setValue(std::isfinite(next) ? textFromValue(next).toDouble() : (next > 0 ? maximum() : minimum()));
    if (style()->styleHint(QStyle::SH_SpinBox_SelectOnStep, nullptr, this))
        selectAll();
}

QAbstractSpinBox::StepEnabled NumberSpinBox::stepEnabled() const
{
    if (isReadOnly())
        return StepNone;
    StepEnabled enabled = StepNone;
    if (m_value < maximum())
        enabled |= StepUpEnabled;
    if (m_value > minimum())
        enabled |= StepDownEnabled;
    return enabled;
}

QSize NumberSpinBox::sizeHint() const
{
    QSize size = QAbstractSpinBox::sizeHint();
    size.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("−1.0000005e-9")) + 2 * fontMetrics().height());
    return size;
}

QSize NumberSpinBox::minimumSizeHint() const
{
    QSize size = QAbstractSpinBox::minimumSizeHint();
    size.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("−0.0001")) + 2 * fontMetrics().height());
    return size;
}

void NumberSpinBox::commitText()
{
    // Text as shown is the value in force, which may have more digits than it shows.
    if (lineEdit()->text() == textFromValue(m_value))
        return;
    if (const std::optional<double> typed = parse(lineEdit()->text()))
        setValue(*typed);
    else
        showValue(); // not a number: the value in force comes back
}

void NumberSpinBox::showValue()
{
    const QString text = textFromValue(m_value);
    if (lineEdit()->text() == text)
        return;
    // As QAbstractSpinBox shows a value: not as an edit of the user's (which would mark the text
    // as typed, to be taken on focus-out).
    const QSignalBlocker quiet(lineEdit());
    lineEdit()->setText(text);
    update();
}
