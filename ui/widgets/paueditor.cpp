// SPDX-License-Identifier: MIT
#include "widgets/paueditor.h"

#include "state/appstate.h"
#include "text/pautext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

PauEditor::PauEditor(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_numerator(new QLineEdit(this))
    , m_denominator(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    auto *intro = new QLabel(tr("f(x) = P(x)/Q(x), P = a0 + a1·x + … + a5·x⁵, Q = 1 + |b1·x + … + b4·x⁴|"), this);
    intro->setWordWrap(true);
    m_numerator->setToolTip(tr("The six numerator coefficients a0, a1, …, a5, separated by commas"));
    m_denominator->setToolTip(tr("The four denominator coefficients b1, …, b4, separated by commas"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows); // each line the dock's full width: ten numbers are long
    layout->addRow(intro);
    layout->addRow(tr("a0 … a5"), m_numerator);
    layout->addRow(tr("b1 … b4"), m_denominator);
    layout->addRow(m_error);
    connect(m_numerator, &QLineEdit::textEdited, this, &PauEditor::apply);
    connect(m_denominator, &QLineEdit::textEdited, this, &PauEditor::apply);
    // Leaving a line with a mistake puts the coefficients in use back.
    connect(m_numerator, &QLineEdit::editingFinished, this, &PauEditor::showValues);
    connect(m_denominator, &QLineEdit::editingFinished, this, &PauEditor::showValues);
    connect(state, &AppState::paramsChanged, this, [this](const QString &id) {
        if (id == QLatin1String("pau"))
            showValues();
    });
    showValues();
}

void PauEditor::apply()
{
    const PauText::Parsed parsed = PauText::parse(m_numerator->text(), m_denominator->text());
    if (const QString *why = std::get_if<QString>(&parsed)) {
        m_error->setText(
            QStringLiteral("<span style='color:#c62828'>%1</span>").arg(why->toHtmlEscaped())); // as a formula's
        m_error->show();
        return;
    }
    m_error->hide();
    m_state->setPauCoefficients(std::get<actviz::PauCoefficients>(parsed));
}

void PauEditor::showValues()
{
    const actviz::PauCoefficients &c = m_state->pauCoefficients();
    const PauText::Parsed typed = PauText::parse(m_numerator->text(), m_denominator->text());
    if (const auto *same = std::get_if<actviz::PauCoefficients>(&typed); same && *same == c)
        return; // "0.50" stays as typed while it means what is drawn
    const QSignalBlocker blockN(m_numerator);
    const QSignalBlocker blockD(m_denominator);
    m_numerator->setText(PauText::numeratorText(c));
    m_denominator->setText(PauText::denominatorText(c));
    m_numerator->setCursorPosition(0);
    m_denominator->setCursorPosition(0);
    m_error->hide();
}
