// SPDX-License-Identifier: MIT
#include "teaching/compareview.h"

#include "chart/chartannotation.h"
#include "customactivation.h"
#include "registry.h"
#include "state/appstate.h"
#include "teaching/comparechart.h"
#include "text/coretext.h"
#include "widgets/flowlayout.h"
#include "widgets/labelledgroup.h"
#include "widgets/numberspinbox.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

constexpr double kRangeLimit = 1e6;

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QComboBox *functionBox(QWidget *parent, const QString &accessible)
{
    auto *box = new QComboBox(parent);
    for (const actviz::Activation &a : actviz::registry())
        box->addItem(QStringLiteral("%1 (%2)").arg(CoreText::name(a), text(a.id)), text(a.id));
    box->setMaxVisibleItems(20);
    // As wide as the longest name ("GELU (tanh approx.) (gelu_tanh)", 230 px): a box of 12
    // characters cut the default pair's g. The row flows, so a narrow window puts g below f.
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setAccessibleName(accessible);
    return box;
}

NumberSpinBox *rangeBox(QWidget *parent)
{
    auto *box = new NumberSpinBox(parent);
    box->setRange(-kRangeLimit, kRangeLimit);
    return box;
}

} // namespace

CompareView::CompareView(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_f(functionBox(this, tr("First function f")))
    , m_g(functionBox(this, tr("Second function g")))
    , m_xMin(rangeBox(this))
    , m_xMax(rangeBox(this))
    , m_chart(new CompareChart(state))
    , m_view(new QChartView(m_chart, this))
    , m_readout(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(280, 240);
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *swapButton = new QPushButton(tr("S&wap"), this);
    swapButton->setToolTip(tr("Exchange f and g"));
    // Groups that wrap on a narrow window: "f: …", "Swap", "g: …", "x from … to …".
    auto *row = new FlowLayout(nullptr, 12);
    row->addWidget(labelledGroup(this, tr("&f:"), {m_f}));
    row->addWidget(swapButton);
    row->addWidget(labelledGroup(this, tr("&g:"), {m_g}));
    row->addWidget(labelledGroup(this, tr("&x from"), {m_xMin, new QLabel(tr("to"), this), m_xMax}));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_readout);
    layout->addWidget(m_view, 1);

    connect(m_f, &QComboBox::currentIndexChanged, this, &CompareView::apply);
    connect(m_g, &QComboBox::currentIndexChanged, this, &CompareView::apply);
    connect(swapButton, &QPushButton::clicked, this, &CompareView::swap);
    auto applyRange = [this] {
        if (m_xMin->value() < m_xMax->value())
            m_state->setXRange(m_xMin->value(), m_xMax->value());
    };
    connect(m_xMin, &NumberSpinBox::valueChanged, this, applyRange);
    connect(m_xMax, &NumberSpinBox::valueChanged, this, applyRange);
    connect(state, &AppState::compareChanged, this, &CompareView::sync);
    connect(state, &AppState::viewChanged, this, &CompareView::sync);
    connect(state, &AppState::paramsChanged, this, [this](const QString &id) {
        if (m_state->isCustom(id))
            refreshCustomItems(); // its formula, in the item's text
        sync();
    });
    connect(state, &AppState::customFunctionsChanged, this, [this] {
        refreshCustomItems();
        sync();
    });
    refreshCustomItems();
    sync();
}

void CompareView::refreshCustomItems()
{
    // The typed formulas after the built-ins, each as "Custom 1: formula (custom1)".
    for (QComboBox *box : {m_f, m_g}) {
        const QSignalBlocker block(box);
        for (int i = box->count() - 1; i >= 0; --i)
            if (actviz::customSlotOf(box->itemData(i).toString().toStdString()) >= 0)
                box->removeItem(i);
        for (const QString &id : m_state->customIds())
            if (const actviz::Activation *a = actviz::findActivation(id.toStdString()))
                box->addItem(QStringLiteral("%1: %2 (%3)").arg(CoreText::name(*a), m_state->customFormula(id), id), id);
    }
}

void CompareView::apply()
{
    m_state->setCompareFunctions(m_f->currentData().toString(), m_g->currentData().toString());
}

void CompareView::swap()
{
    m_state->setCompareFunctions(m_state->compareG(), m_state->compareF());
}

void CompareView::sync()
{
    {
        const QSignalBlocker b1(m_f);
        const QSignalBlocker b2(m_g);
        const QSignalBlocker b3(m_xMin);
        const QSignalBlocker b4(m_xMax);
        m_f->setCurrentIndex(m_f->findData(m_state->compareF()));
        m_g->setCurrentIndex(m_g->findData(m_state->compareG()));
        m_xMin->setValue(m_state->xMin());
        m_xMax->setValue(m_state->xMax());
    }
    // Each function at its own α/β (set in the Parameters panel when it is the current function).
    auto describe = [this](const QString &id) {
        const actviz::Activation *a = actviz::findActivation(id.toStdString());
        if (!a)
            return QString();
        QStringList params;
        const actviz::Params p = m_state->params(id);
        if (a->param(actviz::ParamId::Alpha).used)
            params.append(tr("α = %1").arg(p.alpha, 0, 'g', 4));
        if (a->param(actviz::ParamId::Beta).used)
            params.append(tr("β = %1").arg(p.beta, 0, 'g', 4));
        const QString name = CoreText::name(*a).toHtmlEscaped();
        return params.isEmpty() ? tr("<b>%1</b> (no parameters)").arg(name)
                                : tr("<b>%1</b> (%2)").arg(name, params.join(QStringLiteral(", ")));
    };
    QString maxima;
    if (const auto &c = m_chart->comparison())
        maxima = tr(" · max |f − g| = <b>%1</b> at x = %2 · max |f′ − g′| = <b>%3</b> at x = %4")
                     .arg(QString::number(c->maxValueDiff.value, 'g', 4), QString::number(c->maxValueDiff.at, 'g', 5),
                          QString::number(c->maxDerivativeDiff.value, 'g', 4),
                          QString::number(c->maxDerivativeDiff.at, 'g', 5));
    m_readout->setText(tr("f = %1, g = %2 on [%3, %4]%5")
                           .arg(describe(m_state->compareF()), describe(m_state->compareG()))
                           .arg(m_state->xMin(), 0, 'g', 6)
                           .arg(m_state->xMax(), 0, 'g', 6)
                           .arg(maxima));
}
