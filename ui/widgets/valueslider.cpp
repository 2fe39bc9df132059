// SPDX-License-Identifier: MIT
#include "widgets/valueslider.h"

#include "widgets/wrappedlabel.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

ValueSlider::ValueSlider(QWidget *parent)
    : QWidget(parent)
    , m_label(new WrappedLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QDoubleSpinBox(this))
{
    m_slider->setRange(0, kSteps);
    m_slider->setSingleStep(5);
    m_slider->setPageStep(50);
    m_spin->setDecimals(4);
    m_spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_spin->setKeyboardTracking(false);
    m_spin->setMinimumWidth(90);
    m_slider->setMinimumWidth(100); // a layout short of room squeezed it to its handle alone
    m_label->setBuddy(m_slider);
    m_label->setWordWrap(true);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_label, 0, 0, 1, 2);
    grid->addWidget(m_slider, 1, 0);
    grid->addWidget(m_spin, 1, 1);
    grid->setColumnStretch(0, 1);
    setFocusProxy(m_slider);
    connect(m_slider, &QSlider::valueChanged, this, &ValueSlider::onSlider);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &ValueSlider::onSpin);
}

void ValueSlider::setLabel(const QString &text)
{
    m_label->setText(text);
}

void ValueSlider::setLabelBeside()
{
    auto *grid = static_cast<QGridLayout *>(layout());
    for (QWidget *w :
         {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_spin)})
        grid->removeWidget(w);
    m_label->setWordWrap(false);
    grid->addWidget(m_label, 0, 0);
    grid->addWidget(m_slider, 0, 1);
    grid->addWidget(m_spin, 0, 2);
    grid->setColumnStretch(0, 0);
    grid->setColumnStretch(1, 1);
}

void ValueSlider::setRange(double min, double max, bool logScale)
{
    m_min = min;
    m_max = max;
    m_log = logScale && min > 0 && max > min;
    const QSignalBlocker b(m_spin);
    // Digits enough to show the smallest step of the slider at this scale.
    const double smallest = m_log ? min : (max - min) / kSteps;
    m_spin->setDecimals(std::clamp(static_cast<int>(std::ceil(-std::log10(smallest))) + 1, 2, 6));
    m_spin->setRange(min, max);
    setValue(m_value);
}

double ValueSlider::fromSlider(int pos) const
{
    const double t = static_cast<double>(pos) / kSteps;
    if (m_log)
        return m_min * std::pow(m_max / m_min, t);
    return m_min + (m_max - m_min) * t;
}

int ValueSlider::toSlider(double v) const
{
    if (!(m_max > m_min))
        return 0;
    const double t =
        m_log ? std::log(std::max(v, m_min) / m_min) / std::log(m_max / m_min) : (v - m_min) / (m_max - m_min);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSteps));
}

void ValueSlider::setValue(double v)
{
    m_value = v;
    const QSignalBlocker bs(m_slider);
    const QSignalBlocker bb(m_spin);
    m_slider->setValue(toSlider(v));
    m_spin->setValue(v);
}

void ValueSlider::onSlider(int pos)
{
    // Round to what the spin box shows so the slider and the box never disagree.
    const double v = QString::number(fromSlider(pos), 'f', m_spin->decimals()).toDouble();
    m_value = std::clamp(v, m_min, m_max);
    {
        const QSignalBlocker b(m_spin);
        m_spin->setValue(m_value);
    }
    emit valueChanged(m_value);
}

void ValueSlider::onSpin(double v)
{
    m_value = v;
    {
        const QSignalBlocker b(m_slider);
        m_slider->setValue(toSlider(v));
    }
    emit valueChanged(v);
}
