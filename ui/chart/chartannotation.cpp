// SPDX-License-Identifier: MIT
#include "chart/chartannotation.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace {

// Padding of the text box, in multiples of the font height.
constexpr qreal kPad = 0.3;

} // namespace

ChartAnnotation::ChartAnnotation(QChart *chart, QAbstractSeries *series)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_series(series)
{
    setZValue(kZValue);
    connect(chart, &QChart::plotAreaChanged, this, &ChartAnnotation::geometryMayHaveChanged);
}

void ChartAnnotation::geometryMayHaveChanged()
{
    prepareGeometryChange();
    update();
}

void ChartAnnotation::setAnchor(QPointF value)
{
    m_anchor = value;
    geometryMayHaveChanged();
}

void ChartAnnotation::setOffset(QPointF lines)
{
    m_offset = lines;
    geometryMayHaveChanged();
}

void ChartAnnotation::setBoxCorner(Qt::Alignment corner)
{
    m_corner = corner;
    geometryMayHaveChanged();
}

void ChartAnnotation::setText(const QString &text)
{
    m_text = text;
    geometryMayHaveChanged();
}

void ChartAnnotation::setColors(const QColor &text, const QColor &accent, const QColor &background)
{
    m_textColor = text;
    m_accent = accent;
    m_background = background;
    update();
}

void ChartAnnotation::setFont(const QFont &font)
{
    m_font = font;
    geometryMayHaveChanged();
}

void ChartAnnotation::setVerticalLine(bool on)
{
    m_vertical = on;
    update();
}

void ChartAnnotation::setMarkerVisible(bool on)
{
    m_marker = on;
    update();
}

QRectF ChartAnnotation::boundingRect() const
{
    // The whole chart: the box may go anywhere in the plot area, and this item is one of a few.
    return m_chart ? QRectF(QPointF(0, 0), m_chart->size()) : QRectF();
}

QRectF ChartAnnotation::textRect() const
{
    if (!m_chart || !m_series || m_text.isEmpty())
        return {};
    const QFontMetricsF fm(m_font);
    const qreal line = fm.height();
    const QSizeF textSize = fm.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignLeft, m_text).size();
    const QSizeF box = textSize + QSizeF(2 * kPad * line, 2 * kPad * line);
    const QPointF at = m_chart->mapToPosition(m_anchor, m_series);
    // The box's corner nearest the anchor is placed at the offset, so the leader line stays short.
    QPointF corner = at + m_offset * line;
    QRectF r(corner, box);
    if (m_offset.x() < 0)
        r.moveRight(corner.x());
    if (m_offset.y() < 0)
        r.moveBottom(corner.y());
    const QRectF area = m_chart->plotArea();
    if (m_corner != Qt::Alignment()) {
        const QRectF inner = area.adjusted(line * 0.5, line * 0.5, -line * 0.5, -line * 0.5);
        r.moveLeft(m_corner & Qt::AlignRight ? inner.right() - r.width() : inner.left());
        r.moveTop(m_corner & Qt::AlignBottom ? inner.bottom() - r.height() : inner.top());
    }
    if (r.right() > area.right())
        r.moveRight(area.right());
    if (r.left() < area.left())
        r.moveLeft(area.left());
    if (r.bottom() > area.bottom())
        r.moveBottom(area.bottom());
    if (r.top() < area.top())
        r.moveTop(area.top());
    return r;
}

void ChartAnnotation::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_chart || !m_series || !std::isfinite(m_anchor.x()) || !std::isfinite(m_anchor.y()))
        return;
    const QRectF area = m_chart->plotArea();
    const QPointF at = m_chart->mapToPosition(m_anchor, m_series);
    const qreal line = QFontMetricsF(m_font).height();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setClipRect(area.adjusted(-line, -line, line, line));
    if (m_vertical && at.x() >= area.left() && at.x() <= area.right()) {
        QPen pen(m_accent, 1.5);
        pen.setCosmetic(true);
        pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(at.x(), area.top()), QPointF(at.x(), area.bottom()));
    }
    // An anchor scrolled out of view takes its box along.
    if (!area.adjusted(-1, -1, 1, 1).contains(at)) {
        painter->restore();
        return;
    }
    const QRectF box = textRect();
    if (!box.isEmpty()) {
        // The leader runs from the anchor to the nearest point of the box: thin, dotted and in the
        // text's colour, so that it is not read as one more curve of the accent's colour.
        const QPointF target(std::clamp(at.x(), box.left(), box.right()), std::clamp(at.y(), box.top(), box.bottom()));
        QColor ink = m_textColor;
        ink.setAlpha(150);
        QPen leader(ink, 1, Qt::DotLine);
        leader.setCosmetic(true);
        painter->setPen(leader);
        painter->drawLine(at, target);
    }
    if (m_marker) {
        const qreal r = std::max(3.0, line * 0.28);
        painter->setPen(QPen(m_background, 1.5));
        painter->setBrush(m_accent);
        painter->drawEllipse(at, r, r);
    }
    if (!box.isEmpty()) {
        QColor fill = m_background;
        fill.setAlpha(230);
        QPen border(m_accent, 1);
        border.setCosmetic(true);
        painter->setPen(border);
        painter->setBrush(fill);
        painter->drawRoundedRect(box, line * 0.2, line * 0.2);
        painter->setPen(m_textColor);
        painter->setFont(m_font);
        painter->drawText(box.adjusted(kPad * line, kPad * line, -kPad * line, -kPad * line),
                          Qt::AlignLeft | Qt::AlignTop, m_text);
    }
    painter->restore();
}
