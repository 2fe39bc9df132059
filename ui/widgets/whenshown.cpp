// SPDX-License-Identifier: MIT
#include "widgets/whenshown.h"

#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGraphicsWidget>
#include <QWidget>

WhenShown::WhenShown(QWidget *widget, std::function<void()> refresh)
    : QObject(widget)
    , m_widget(widget)
    , m_refresh(std::move(refresh))
{
    widget->installEventFilter(this);
}

WhenShown::WhenShown(QGraphicsWidget *item, QObject *owner, std::function<void()> refresh)
    : QObject(owner)
    , m_item(item)
    , m_refresh(std::move(refresh))
{}

bool WhenShown::onScreen() const
{
    if (m_widget)
        return m_widget->isVisible();
    if (!m_item || !m_item->scene())
        return true;
    const QList<QGraphicsView *> views = m_item->scene()->views();
    if (views.isEmpty())
        return true;
    for (const QGraphicsView *v : views)
        if (v->isVisible())
            return true;
    return false;
}

void WhenShown::watchViews()
{
    if (m_widget || !m_item || !m_item->scene())
        return;
    for (QGraphicsView *v : m_item->scene()->views()) {
        v->removeEventFilter(this); // at most one filter per view
        v->installEventFilter(this);
    }
}

void WhenShown::request()
{
    if (onScreen()) {
        m_pending = false;
        m_refresh();
        return;
    }
    m_pending = true;
    watchViews();
}

bool WhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}
