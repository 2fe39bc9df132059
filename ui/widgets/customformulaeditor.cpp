// SPDX-License-Identifier: MIT
#include "widgets/customformulaeditor.h"

#include "customactivation.h"
#include "state/appstate.h"
#include "text/exprtext.h"
#include "widgets/firstframe.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString mono(const QString &text)
{
    return QStringLiteral("<span style='font-family:monospace; white-space:pre'>%1</span>").arg(text.toHtmlEscaped());
}

// Two lines in a fixed-width font: the formula and a caret under the 1-based column (the
// formula cut to a window of kWindow code points around it, so the caret stays in view).
QString caretUnder(const QString &text, int column)
{
    constexpr qsizetype kWindow = 48;
    const QList<uint> points = text.toUcs4();
    const qsizetype at = std::clamp<qsizetype>(column - 1, 0, points.size());
    const qsizetype start = std::max<qsizetype>(0, at - kWindow + 8);
    const qsizetype length = std::min(kWindow, points.size() - start);
    QString line = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + start, length);
    QString pad(at - start, QLatin1Char(' '));
    if (start > 0) {
        line.prepend(QStringLiteral("…"));
        pad.prepend(QLatin1Char(' '));
    }
    if (start + length < points.size())
        line += QStringLiteral("…");
    if (column < 1)
        return mono(line);
    return mono(line) + QStringLiteral("<br>") + mono(pad + QStringLiteral("^"));
}

} // namespace

CustomFormulaEditor::CustomFormulaEditor(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_title(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_derivative(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_names(new QLabel(this))
    , m_remove(new QPushButton(this))
{
    m_edit->setMaxLength(1000); // the parser's limit (core/expr.h)
    // After the first frame (issue 14), which seldom shows the editor: the clear button's icon is
    // read from a file (as in FunctionListPanel), and the fixed-width font is a font file more to
    // open and parse.
    FirstFrame::after(window(), m_edit, [edit = m_edit] {
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setClearButtonEnabled(true);
    });
    for (QLabel *l : {m_title, m_error, m_derivative, m_hint, m_names}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
    }
    m_derivative->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_names->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(m_derivative);
    layout->addWidget(m_hint);
    layout->addWidget(m_names);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    changeEvent(nullptr); // the texts

    connect(m_edit, &QLineEdit::textEdited, this, &CustomFormulaEditor::apply);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_state)
            m_state->removeCustom(m_id);
    });
    connect(state, &AppState::currentFunctionChanged, this, &CustomFormulaEditor::rebind);
    connect(state, &AppState::customFunctionsChanged, this, &CustomFormulaEditor::rebind);
    connect(state, &AppState::paramsChanged, this, [this](const QString &id) {
        // A formula set from elsewhere (a lesson): show it unless it is being typed here.
        if (id == m_id && !m_edit->hasFocus() && m_edit->text() != m_state->customFormula(id))
            rebind();
    });
    rebind();
}

void CustomFormulaEditor::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_edit->setPlaceholderText(tr("e.g. x*tanh(softplus(x))"));
        m_edit->setAccessibleName(tr("Formula of the custom function"));
        m_edit->setToolTip(tr("Type f(x). Each change that parses is plotted at once; an error keeps the last "
                              "valid formula on the plot."));
        m_names->setText(tr("<small>Use x, α (alpha), β (beta), numbers, + − * / ^, exp log log1p expm1 sqrt abs "
                            "sin cos tanh erf sigmoid softplus max min, and if(x &gt; 0, a, b).</small>"));
        m_remove->setText(tr("Remove this formula"));
        m_remove->setToolTip(tr("Delete the custom function (the list entry and its curve)"));
        if (event)
            rebind();
    }
    if (event)
        QWidget::changeEvent(event);
}

void CustomFormulaEditor::rebind()
{
    if (!m_state)
        return;
    const QString id = m_state->currentFunction();
    if (!m_state->isCustom(id)) {
        m_id.clear();
        hide();
        return;
    }
    m_id = id;
    const int slot = actviz::customSlotOf(id.toStdString());
    m_title->setText(tr("<b>Custom %1</b>: f(x) =").arg(slot + 1));
    if (m_edit->text() != m_state->customFormula(id))
        m_edit->setText(m_state->customFormula(id));
    showDefinition();
    show();
}

void CustomFormulaEditor::focusFormula()
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

void CustomFormulaEditor::apply(const QString &text)
{
    if (!m_state || m_id.isEmpty())
        return;
    if (const auto error = m_state->setCustomFormula(m_id, text)) {
        showError(text, ExprText::error(*error), static_cast<int>(error->column));
        return;
    }
    showDefinition();
}

void CustomFormulaEditor::showDefinition()
{
    const auto d = actviz::customDefinition(actviz::customSlotOf(m_id.toStdString()));
    m_error->hide();
    if (!d) {
        m_derivative->clear();
        m_hint->hide();
        return;
    }
    m_derivative->setText(tr("f′(x) = %1").arg(ExprText::formulaHtml(QString::fromStdString(d->derivativeFormula))) +
                          QStringLiteral("<br><small>") +
                          tr("the exact derivative, worked out symbolically (not a finite difference)") +
                          QStringLiteral("</small>"));
    m_hint->setVisible(d->hint.has_value());
    if (d->hint)
        m_hint->setText(QStringLiteral("<span style='color:#b35900'>⚠ %1</span>")
                            .arg(ExprText::message(*d->hint).toHtmlEscaped()));
}

void CustomFormulaEditor::showError(const QString &text, const QString &message, int column)
{
    m_error->setText(QStringLiteral("<span style='color:#c62828'>%1</span><br>%2<br><small>%3</small>")
                         .arg(message.toHtmlEscaped(), caretUnder(text, column),
                              tr("The plot keeps the last valid formula: %1")
                                  .arg(m_state->customFormula(m_id).toHtmlEscaped())));
    m_error->show();
}
