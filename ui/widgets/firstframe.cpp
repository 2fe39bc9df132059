// SPDX-License-Identifier: MIT
#include "widgets/firstframe.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace {

// Watches every paint of the application for the first one in the window (a QChartView paints
// its viewport, not itself), then hands f to the event loop and goes.
class Watcher : public QObject
{
public:
    Watcher(QWidget *window, QObject *context, std::function<void()> f)
        : QObject(window)
        , m_window(window)
        , m_context(context)
        , m_f(std::move(f))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *widget = event->type() == QEvent::Paint ? qobject_cast<QWidget *>(watched) : nullptr;
        if (widget && widget->window() == m_window) {
            qApp->removeEventFilter(this);
            if (m_context)
                QTimer::singleShot(0, m_context, std::move(m_f));
            deleteLater();
        }
        return false;
    }

private:
    QWidget *m_window;
    QPointer<QObject> m_context;
    std::function<void()> m_f;
};

} // namespace

void FirstFrame::after(QWidget *window, QObject *context, std::function<void()> f)
{
    if (window && context)
        new Watcher(window, context, std::move(f));
}
