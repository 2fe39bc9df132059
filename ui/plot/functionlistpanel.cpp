// SPDX-License-Identifier: MIT
#include "plot/functionlistpanel.h"

#include "chart/plotpalette.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/coretext.h"
#include "widgets/firstframe.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QPainter>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A short line in the curve's colour (solid f over dashed f′, as on the plot); nothing for a
// hidden function, so the swatch never looks like a second checkbox.
QIcon swatch(const QColor &c, bool shown)
{
    QPixmap pm(40, 28);
    pm.setDevicePixelRatio(2.0);
    pm.fill(Qt::transparent);
    if (shown) {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(c, 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(2, 4.5), QPointF(18, 4.5));
        QPen dashed(c, 2, Qt::CustomDashLine, Qt::FlatCap);
        dashed.setDashPattern({2.5, 1.5});
        p.setPen(dashed);
        p.drawLine(QPointF(2, 10), QPointF(18, 10));
    }
    return QIcon(pm);
}

// core/ names the groups in English; these entries let the translation tools see them.
[[maybe_unused]] constexpr const char *kGroupNames[] = {
    QT_TRANSLATE_NOOP("FunctionListPanel", "Classic"),       QT_TRANSLATE_NOOP("FunctionListPanel", "ReLU family"),
    QT_TRANSLATE_NOOP("FunctionListPanel", "Smooth modern"), QT_TRANSLATE_NOOP("FunctionListPanel", "Hard / piecewise"),
    QT_TRANSLATE_NOOP("FunctionListPanel", "Shrink"),        QT_TRANSLATE_NOOP("FunctionListPanel", "Other"),
    QT_TRANSLATE_NOOP("FunctionListPanel", "The 2020s"),
};

} // namespace

FunctionListPanel::FunctionListPanel(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_new(new QPushButton(tr("+ &New formula…"), this))
{
    m_filter->setPlaceholderText(tr("Filter functions…"));
    // Its icon is read from a file: after the first frame, which shows the box empty anyway.
    FirstFrame::after(window(), m_filter, [filter = m_filter] { filter->setClearButtonEnabled(true); });
    m_filter->setToolTip(tr("Show only functions whose name or id contains this text"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(12); // the names, not the tree, need the width of a narrow dock
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(20, 14));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("Activation functions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(m_new);
    m_new->setToolTip(tr("Type your own activation f(x): it is plotted with its exact derivative like the "
                         "built-ins"));
    setFocusProxy(m_tree);

    populate();
    connect(m_filter, &QLineEdit::textChanged, this, &FunctionListPanel::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, &FunctionListPanel::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, kIdRole).toString() : QString();
        if (!id.isEmpty())
            m_state->setCurrentFunction(id);
    });
    connect(m_new, &QPushButton::clicked, this, &FunctionListPanel::createFormula);
    connect(state, &AppState::customFunctionsChanged, this, [this] {
        populate();
        applyFilter(m_filter->text());
        syncFromState();
    });
    connect(state, &AppState::paramsChanged, this, &FunctionListPanel::updateCustomText);
    connect(state, &AppState::shownFunctionsChanged, this, &FunctionListPanel::syncFromState);
    connect(state, &AppState::currentFunctionChanged, this, &FunctionListPanel::syncFromState);
    syncFromState();
}

void FunctionListPanel::populate()
{
    const QSignalBlocker b(m_tree);
    m_tree->clear();
    QHash<int, QTreeWidgetItem *> groups;
    for (const actviz::Activation &a : actviz::registry()) {
        const int g = static_cast<int>(a.group);
        QTreeWidgetItem *group = groups.value(g);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {tr(actviz::groupName(a.group).data())});
            group->setFlags(Qt::ItemIsEnabled);
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
            group->setExpanded(true);
            groups.insert(g, group);
        }
        auto *item = new QTreeWidgetItem(group, {CoreText::name(a)});
        item->setData(0, kIdRole, text(a.id));
        item->setToolTip(0, tr("%1 (id: %2)\nf(x) = %3").arg(CoreText::name(a), text(a.id), CoreText::text(a.formula)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
    }
    // Groups in the enum's order (Classic first), whatever order the registry lists them in.
    QList<QTreeWidgetItem *> ordered = groups.values();
    std::sort(ordered.begin(), ordered.end(),
              [&](QTreeWidgetItem *l, QTreeWidgetItem *r) { return groups.key(l) < groups.key(r); });
    for (QTreeWidgetItem *g : ordered) {
        m_tree->takeTopLevelItem(m_tree->indexOfTopLevelItem(g));
        m_tree->addTopLevelItem(g);
        g->setExpanded(true);
    }
    addCustomGroup();
}

void FunctionListPanel::addCustomGroup()
{
    const QStringList ids = m_state->customIds();
    m_new->setEnabled(!m_state->freeCustomId().isEmpty());
    if (ids.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(m_tree, {tr("Custom")});
    group->setFlags(Qt::ItemIsEnabled);
    QFont f = group->font(0);
    f.setBold(true);
    group->setFont(0, f);
    for (const QString &id : ids) {
        auto *item = new QTreeWidgetItem(group);
        item->setData(0, kIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
    }
    group->setExpanded(true);
    for (const QString &id : ids)
        updateCustomText(id);
}

void FunctionListPanel::updateCustomText(const QString &id)
{
    if (!m_state->isCustom(id))
        return;
    QTreeWidgetItem *item = itemFor(id);
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    if (!item || !a)
        return;
    const QSignalBlocker b(m_tree);
    const QString formula = m_state->customFormula(id);
    // The name and the start of the formula, so that two typed functions tell apart at a glance.
    const QString shortFormula = formula.size() > 22 ? formula.left(21) + QStringLiteral("…") : formula;
    item->setText(0, tr("%1: %2").arg(CoreText::name(*a), shortFormula));
    item->setToolTip(0, tr("%1 (id: %2)\nf(x) = %3").arg(CoreText::name(*a), id, formula));
}

void FunctionListPanel::createFormula()
{
    const QString id = m_state->freeCustomId();
    if (id.isEmpty())
        return;
    // Mish to start from: a modern activation that is one line to type.
    if (m_state->setCustomFormula(id, QStringLiteral("x*tanh(softplus(x))")))
        return;
    m_state->setShown(id, true);
    m_state->setCurrentFunction(id);
    emit formulaCreated(id);
}

QTreeWidgetItem *FunctionListPanel::itemFor(const QString &id) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, kIdRole).toString() == id)
                return group->child(i);
    }
    return nullptr;
}

void FunctionListPanel::syncFromState()
{
    const QSignalBlocker b(m_tree);
    const bool dark = PlotPalette::isDark(palette().color(QPalette::Base));
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString id = item->data(0, kIdRole).toString();
            const bool shown = m_state->isShown(id);
            item->setCheckState(0, shown ? Qt::Checked : Qt::Unchecked);
            item->setIcon(0, swatch(PlotPalette::color(m_state->colorSlot(id), dark), shown));
            QFont f = item->font(0);
            f.setBold(id == m_state->currentFunction());
            item->setFont(0, f);
        }
    }
    if (QTreeWidgetItem *current = itemFor(m_state->currentFunction()))
        m_tree->setCurrentItem(current);
}

void FunctionListPanel::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               item->data(0, kIdRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
    }
}

void FunctionListPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    const QString id = item->data(column, kIdRole).toString();
    if (id.isEmpty())
        return;
    m_state->setShown(id, item->checkState(column) == Qt::Checked);
}
