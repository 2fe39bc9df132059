// SPDX-License-Identifier: MIT
#include "chart/crosshairitem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace {
constexpr qreal kOffset = 14.0;
constexpr qreal kPadding = 6.0;
} // namespace

CrosshairItem::CrosshairItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(100); // above the curves and the legend
    setAcceptedMouseButtons(Qt::NoButton);
    hide();
}

void CrosshairItem::setStyle(const QFont &font, const QColor &text, const QColor &panel)
{
    prepareGeometryChange();
    m_font = font;
    m_text = text;
    m_panel = panel;
}

void CrosshairItem::show(QPointF at, const QRectF &plot, const QList<Row> &rows)
{
    prepareGeometryChange();
    m_at = at;
    m_plot = plot;
    m_rows = rows;
    setVisible(true);
}

QRectF CrosshairItem::panelRect() const
{
    const QFontMetricsF fm(m_font);
    qreal w = 0;
    for (const Row &r : m_rows)
        w = std::max(w, fm.horizontalAdvance(r.text));
    const QSizeF size(w + 2 * kPadding, fm.lineSpacing() * m_rows.size() + 2 * kPadding);
    // Beside the cursor, flipped to the other side where it would leave the plot.
    QPointF topLeft = m_at + QPointF(kOffset, kOffset);
    if (topLeft.x() + size.width() > m_plot.right())
        topLeft.setX(m_at.x() - kOffset - size.width());
    if (topLeft.y() + size.height() > m_plot.bottom())
        topLeft.setY(m_at.y() - kOffset - size.height());
    return QRectF(topLeft, size);
}

QRectF CrosshairItem::boundingRect() const
{
    return m_plot.united(panelRect()).adjusted(-1, -1, 1, 1);
}

void CrosshairItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_plot.contains(m_at))
        return;
    QColor line = m_text;
    line.setAlpha(120);
    QPen pen(line, 1, Qt::DotLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(QPointF(m_at.x(), m_plot.top()), QPointF(m_at.x(), m_plot.bottom()));
    painter->drawLine(QPointF(m_plot.left(), m_at.y()), QPointF(m_plot.right(), m_at.y()));
    if (m_rows.isEmpty())
        return;
    const QRectF panel = panelRect();
    QColor fill = m_panel;
    fill.setAlpha(225);
    painter->setPen(QPen(line, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(panel, 4, 4);
    painter->setFont(m_font);
    const QFontMetricsF fm(m_font);
    qreal y = panel.top() + kPadding + fm.ascent();
    for (const Row &r : m_rows) {
        painter->setPen(r.color.isValid() ? r.color : m_text);
        painter->drawText(QPointF(panel.left() + kPadding, y), r.text);
        y += fm.lineSpacing();
    }
}
