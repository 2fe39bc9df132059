// SPDX-License-Identifier: MIT
#include "shell/deferrediconstyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>

namespace {

// Stands for the base style's icon sp and asks the style for it the first time it is drawn or
// measured. Claims not to be null without asking: the base style always has these icons.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap sp)
        : m_style(style)
        , m_sp(sp)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return m_style.isNull(); }
    QString key() const override { return QStringLiteral("actviz-deferred"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_loaded && m_style) {
            m_icon = m_style->standardIcon(m_sp);
            m_loaded = true;
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_sp;
    QIcon m_icon;
    bool m_loaded = false;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(const QString &key)
    : QProxyStyle(key)
{
}

bool DeferredIconStyle::defers(StandardPixmap sp)
{
    return sp == SP_ToolBarHorizontalExtensionButton || sp == SP_ToolBarVerticalExtensionButton;
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap sp, const QStyleOption *option, const QWidget *widget) const
{
    if (defers(sp) && option == nullptr)
        return QIcon(new DeferredIconEngine(baseStyle(), sp));
    return QProxyStyle::standardIcon(sp, option, widget);
}
