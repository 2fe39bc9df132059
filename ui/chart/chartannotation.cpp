// SPDX-License-Identifier: MIT
#include "chart/chartannotation.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <limits>

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

void ChartAnnotation::setAvoidCurves(bool on)
{
    m_avoid = on;
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

QRectF ChartAnnotation::placedAt(QPointF at, QSizeF box, QPointF offset, Qt::Alignment corner) const
{
    const qreal line = QFontMetricsF(m_font).height();
    // The box's corner nearest the anchor is placed at the offset, so the leader line stays short.
    const QPointF near = at + offset * line;
    QRectF r(near, box);
    if (offset.x() < 0)
        r.moveRight(near.x());
    if (offset.y() < 0)
        r.moveBottom(near.y());
    const QRectF area = m_chart->plotArea();
    if (corner != Qt::Alignment()) {
        const QRectF inner = area.adjusted(line * 0.5, line * 0.5, -line * 0.5, -line * 0.5);
        r.moveLeft(corner & Qt::AlignRight ? inner.right() - r.width() : inner.left());
        r.moveTop(corner & Qt::AlignBottom ? inner.bottom() - r.height() : inner.top());
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

QList<QPointF> ChartAnnotation::curvePoints() const
{
    constexpr qreal kStepPx = 3.0;
    constexpr int kMaxSteps = 256;
    QList<QPointF> out;
    for (QAbstractSeries *abstract : m_chart->series()) {
        const auto *series = qobject_cast<const QXYSeries *>(abstract);
        if (!series || !series->isVisible() || series->count() == 0)
            continue;
        const QList<QPointF> points = series->points();
        // The axes are linear: three points mapped by the chart give the map of all the others.
        const auto finite = std::find_if(points.cbegin(), points.cend(),
                                         [](QPointF v) { return std::isfinite(v.x()) && std::isfinite(v.y()); });
        if (finite == points.cend())
            continue;
        const QPointF origin = *finite;
        const QPointF o = m_chart->mapToPosition(origin, abstract);
        const QPointF ux = m_chart->mapToPosition(origin + QPointF(1, 0), abstract) - o;
        const QPointF uy = m_chart->mapToPosition(origin + QPointF(0, 1), abstract) - o;
        QPointF previous;
        bool havePrevious = false;
        for (const QPointF &value : points) {
            const QPointF at = o + ux * (value.x() - origin.x()) + uy * (value.y() - origin.y());
            if (!std::isfinite(at.x()) || !std::isfinite(at.y())) {
                havePrevious = false;
                continue;
            }
            if (havePrevious) {
                const qreal length = QLineF(previous, at).length();
                // min before the cast: a segment between far-off points may be longer than an int
                const int steps = static_cast<int>(std::min<qreal>(kMaxSteps, std::ceil(length / kStepPx)));
                for (int i = 1; i < steps; ++i)
                    out.append(previous + (at - previous) * (static_cast<qreal>(i) / steps));
            }
            out.append(at);
            previous = at;
            havePrevious = true;
        }
    }
    // The vertical lines of the chart's annotations (this one's too) are curves to keep clear of.
    const QRectF area = m_chart->plotArea();
    for (QGraphicsItem *item : m_chart->childItems()) {
        const auto *other = qobject_cast<const ChartAnnotation *>(item->toGraphicsObject());
        if (!other || !other->m_vertical || !other->m_series || !other->isVisible())
            continue;
        const qreal x = m_chart->mapToPosition(other->m_anchor, other->m_series).x();
        if (std::isfinite(x))
            for (qreal y = area.top(); y <= area.bottom(); y += kStepPx)
                out.append(QPointF(x, y));
    }
    return out;
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
    const QRectF preferred = placedAt(at, box, m_offset, m_corner);
    if (!m_avoid)
        return preferred;
    // The candidates: the place asked for, then beside the anchor in each direction, then the
    // plot area's corners. The nearest to the anchor (the shortest leader) that keeps clear of
    // every curve wins, the one asked for among equals. In a plot too small for any, the box
    // stays where it was asked to be: there the author chose what it may cover.
    QList<QRectF> candidates{preferred};
    for (const qreal dx : {1.5, -1.5, 5.0, -5.0, 10.0, -10.0})
        for (const qreal dy : {1.0, -1.0, 3.0, -3.0})
            candidates.append(placedAt(at, box, QPointF(dx, dy), {}));
    for (const Qt::Alignment corner : {Qt::AlignTop | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft,
                                       Qt::AlignBottom | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft})
        candidates.append(placedAt(at, box, m_offset, corner));
    const QList<QPointF> curves = curvePoints();
    const qreal clearance = 0.4 * line;
    const auto distance = [at](const QRectF &r) {
        return QLineF(at, QPointF(std::clamp(at.x(), r.left(), r.right()), std::clamp(at.y(), r.top(), r.bottom())))
            .length();
    };
    QRectF best = preferred;
    qreal bestDistance = std::numeric_limits<qreal>::infinity();
    for (const QRectF &r : std::as_const(candidates)) {
        const QRectF keepClear = r.adjusted(-clearance, -clearance, clearance, clearance);
        if (keepClear.contains(at) ||
            std::any_of(curves.cbegin(), curves.cend(), [&keepClear](QPointF p) { return keepClear.contains(p); }))
            continue;
        const qreal d = distance(r);
        if (d < bestDistance - 0.5) {
            best = r;
            bestDistance = d;
        }
    }
    return best;
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
