// SPDX-License-Identifier: MIT
// WhenShown: runs a view's refresh now if the view is on screen, otherwise once it is next
// shown. A slider drag on the plot tab emits a change per step; the views on hidden tabs (the
// depth simulation, the activation statistics, the gradient bound) would recompute on every
// one of them, which measured in actviz_bench_ui doubled the slider-to-repaint time.
// A chart in a scene without any view (the exporter's) counts as on screen.
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QGraphicsWidget;
class QWidget;

class WhenShown : public QObject
{
    Q_OBJECT
public:
    // Parented to (and watching) a widget, or to a chart or other graphics widget.
    WhenShown(QWidget *widget, std::function<void()> refresh);
    WhenShown(QGraphicsWidget *item, QObject *owner, std::function<void()> refresh);

    // Refresh now, or remember to when shown.
    void request();
    [[nodiscard]] bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] bool onScreen() const;
    void watchViews();

    QPointer<QWidget> m_widget;
    QGraphicsWidget *m_item = nullptr;
    std::function<void()> m_refresh;
    bool m_pending = false;
};
