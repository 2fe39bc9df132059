// SPDX-License-Identifier: MIT
#include "widgets/adaptivegrid.h"

#include <QGridLayout>

#include <QResizeEvent>
#include <algorithm>
#include <utility>

AdaptiveGrid::AdaptiveGrid(int twoColumnWidth, QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_grid(new QGridLayout(m_content))
    , m_twoColumnWidth(twoColumnWidth)
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    setWidget(m_content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void AdaptiveGrid::addPanel(QWidget *panel, int stretch, int oneColumnHeight)
{
    panel->setParent(m_content);
    m_panels.append({panel, stretch, oneColumnHeight});
    const int columns = m_columns == 0 ? 2 : m_columns;
    m_columns = 0; // lay out again
    arrange(columns);
}

void AdaptiveGrid::resizeEvent(QResizeEvent *event)
{
    arrange(event->size().width() >= m_twoColumnWidth ? 2 : 1);
    QScrollArea::resizeEvent(event);
}

void AdaptiveGrid::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Panel &p : std::as_const(m_panels))
        m_grid->removeWidget(p.widget);
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    int stacked = 0;
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        const Panel &p = m_panels[i];
        const int row = static_cast<int>(i) / columns;
        m_grid->addWidget(p.widget, row, static_cast<int>(i) % columns);
        m_grid->setRowStretch(row, std::max(m_grid->rowStretch(row), p.stretch));
        stacked += p.oneColumnHeight + m_grid->verticalSpacing();
    }
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    // Side by side the panels share the viewport; stacked, each keeps its height and the
    // column scrolls.
    m_content->setMinimumHeight(columns == 1 ? stacked : 0);
}
