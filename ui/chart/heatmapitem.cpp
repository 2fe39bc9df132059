// SPDX-License-Identifier: MIT
#include "chart/heatmapitem.h"

#include <QChart>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// ColorBrewer RdBu with 11 classes, from −scale (dark blue) to +scale (dark red).
constexpr std::array<QRgb, 11> kRdBu = {0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7,
                                        0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f};
constexpr qreal kBarGap = 8.0;
constexpr qreal kBarWidth = 12.0;

int mix(int a, int b, double t)
{
    return static_cast<int>(std::lround(a + (b - a) * t));
}

} // namespace

HeatmapItem::HeatmapItem(QChart *chart)
    : QGraphicsItem(chart)
{
    setZValue(kZValue);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRgb HeatmapItem::color(double v, double scale)
{
    if (std::isnan(v))
        return qRgb(0x99, 0x99, 0x99);
    const double t = std::clamp(v / scale, -1.0, 1.0) * 5.0 + 5.0; // 0 … 10
    const int i = std::min(static_cast<int>(t), 9);
    const double f = t - i;
    const QRgb lo = kRdBu[static_cast<std::size_t>(i)];
    const QRgb hi = kRdBu[static_cast<std::size_t>(i + 1)];
    return qRgb(mix(qRed(lo), qRed(hi), f), mix(qGreen(lo), qGreen(hi), f), mix(qBlue(lo), qBlue(hi), f));
}

QString HeatmapItem::scaleLabel(double v)
{
    return QString::number(v, 'g', 3).replace(QLatin1Char('-'), QChar(0x2212));
}

qreal HeatmapItem::colorBarRoom(const QFont &font, double scale)
{
    const QFontMetricsF fm(font);
    const qreal label = std::max(fm.horizontalAdvance(scaleLabel(scale)), fm.horizontalAdvance(scaleLabel(-scale)));
    return kBarGap + kBarWidth + fm.averageCharWidth() + label + kBarGap;
}

void HeatmapItem::setImage(const QImage &image, const QRectF &plot, double scale)
{
    prepareGeometryChange();
    m_image = image;
    m_plot = plot;
    m_scale = scale;
    update();
}

void HeatmapItem::setProbe(std::optional<QPointF> at)
{
    if (at == m_probe)
        return;
    m_probe = at;
    update();
}

void HeatmapItem::setStyle(const QFont &font, const QColor &foreground)
{
    prepareGeometryChange();
    m_font = font;
    m_foreground = foreground;
    update();
}

QRectF HeatmapItem::barRect() const
{
    const QFontMetricsF fm(m_font);
    const qreal pad = fm.height() / 2;
    return QRectF(m_plot.right() + kBarGap, m_plot.top() + pad, kBarWidth, std::max(0.0, m_plot.height() - 2 * pad));
}

QRectF HeatmapItem::boundingRect() const
{
    return m_plot.adjusted(0, 0, colorBarRoom(m_font, m_scale), 0);
}

void HeatmapItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_image.isNull() || m_plot.isEmpty())
        return;
    painter->drawImage(m_plot, m_image);
    // The colour bar: the same map, top +scale, bottom −scale, 0 in the middle.
    const QRectF bar = barRect();
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 20; ++i)
        gradient.setColorAt(i / 20.0, QColor(color((i - 10) / 10.0, 1.0)));
    painter->setPen(QPen(m_foreground, 0));
    painter->setBrush(gradient);
    painter->drawRect(bar);
    painter->setFont(m_font);
    const QFontMetricsF fm(m_font);
    const qreal x = bar.right() + fm.averageCharWidth() / 2;
    const auto label = [&](qreal y, const QString &text) {
        painter->drawLine(QPointF(bar.right(), y), QPointF(bar.right() + fm.averageCharWidth() / 3, y));
        painter->drawText(QPointF(x, y + fm.ascent() / 2 - fm.descent() / 2), text);
    };
    label(bar.top(), scaleLabel(m_scale));
    label(bar.center().y(), QStringLiteral("0"));
    label(bar.bottom(), scaleLabel(-m_scale));
    if (m_probe && m_plot.contains(*m_probe)) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0, 0, 0, 160), 0, Qt::DashLine));
        painter->drawLine(QPointF(m_plot.left(), m_probe->y()), QPointF(m_plot.right(), m_probe->y()));
        painter->drawLine(QPointF(m_probe->x(), m_plot.top()), QPointF(m_probe->x(), m_plot.bottom()));
        painter->setPen(QPen(Qt::white, 3));
        painter->drawEllipse(*m_probe, 4, 4);
        painter->setPen(QPen(Qt::black, 1.5));
        painter->drawEllipse(*m_probe, 4, 4);
    }
}
