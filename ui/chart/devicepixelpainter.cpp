// SPDX-License-Identifier: MIT
#include "chart/devicepixelpainter.h"

#include <QLineF>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPen>
#include <QRect>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

// Beyond any device by far; a coordinate clamped to it rounds to an int, and the width between
// two such fits one.
constexpr qreal kFar = 1 << 28;

// The pixel boundary nearest to a device coordinate (0 for one that is not finite).
int boundary(qreal v)
{
    return std::isfinite(v) ? qRound(std::clamp(v, -kFar, kFar)) : 0;
}

// Pixel boundaries nearest to the ends: the pixels whose centres lie in [lo, hi]; where that
// is none, for an extent under a pixel, the pixel holding its middle, so that it still shows.
std::pair<int, int> pixelSpan(qreal lo, qreal hi)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {0, 0};
    lo = std::clamp(lo, -kFar, kFar);
    hi = std::clamp(hi, -kFar, kFar);
    if (hi < lo)
        std::swap(lo, hi);
    const int first = qRound(lo);
    const int end = qRound(hi);
    if (end == first && hi > lo) {
        const int middle = qFloor((lo + hi) / 2);
        return {middle, middle + 1};
    }
    return {first, end};
}

} // namespace

DevicePixelPainter::DevicePixelPainter(QPainter *painter)
    : m_painter(painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return;
    // The combined transform ends with the device's pixel ratio; past it, the painter only
    // shifts by where a widget sits in its window's backing store, a whole number of pixels.
    m_toDevice = painter->combinedTransform();
    if (m_toDevice.type() > QTransform::TxScale)
        return;
    m_active = true;
    painter->save();
    painter->resetTransform();
    const qreal ratio = painter->device()->devicePixelRatio();
    painter->setWorldTransform(QTransform::fromScale(1.0 / ratio, 1.0 / ratio));
    // Whole pixels need no antialiasing, and without it Qt fills a rectangle row by row
    // instead of rasterising its outline.
    painter->setRenderHint(QPainter::Antialiasing, false);
}

DevicePixelPainter::~DevicePixelPainter()
{
    if (m_active)
        m_painter->restore();
}

QRect DevicePixelPainter::linePixels(const QLineF &line, const QPen &pen) const
{
    const QPointF a = m_toDevice.map(line.p1());
    const QPointF b = m_toDevice.map(line.p2());
    const qreal scale = std::abs(line.dx() == 0 ? m_toDevice.m11() : m_toDevice.m22());
    const qreal width = pen.isCosmetic() ? pen.widthF() : pen.widthF() * scale;
    const int pixels = std::isfinite(width) ? std::clamp(qRound(width), 1, 1 << 10) : 1;
    if (line.dx() == 0) {
        const auto [top, bottom] = pixelSpan(a.y(), b.y());
        return QRect(boundary(a.x() - pixels / 2.0), top, pixels, bottom - top);
    }
    const auto [left, right] = pixelSpan(a.x(), b.x());
    return QRect(left, boundary(a.y() - pixels / 2.0), right - left, pixels);
}

QRect DevicePixelPainter::rectPixels(const QRectF &rect) const
{
    const QRectF device = m_toDevice.mapRect(rect);
    const auto [left, right] = pixelSpan(device.left(), device.right());
    const auto [top, bottom] = pixelSpan(device.top(), device.bottom());
    return QRect(left, top, right - left, bottom - top);
}

void DevicePixelPainter::drawLine(const QLineF &line, const QPen &pen)
{
    if (pen.style() == Qt::NoPen)
        return;
    if (!m_active || (line.dx() != 0 && line.dy() != 0) || pen.style() != Qt::SolidLine) {
        m_painter->save();
        m_painter->setPen(pen);
        m_painter->drawLine(line);
        m_painter->restore();
        return;
    }
    fillPixels(linePixels(line, pen), pen.brush());
}

void DevicePixelPainter::fillRect(const QRectF &rect, const QBrush &brush)
{
    if (!m_active) {
        m_painter->fillRect(rect, brush);
        return;
    }
    fillPixels(rectPixels(rect), brush);
}

void DevicePixelPainter::fillPixels(const QRect &pixels, const QBrush &brush)
{
    // What lies off the device is not drawn: a rectangle reaching far past it (a band of a huge
    // x range) is cut to it first, so that the rows looped over are the device's at most.
    const QPaintDevice *device = m_painter->device();
    const int reach = qCeil(std::max(device->width(), device->height()) * device->devicePixelRatio()) + kRowsPerFill;
    const QRect cut = pixels & QRect(-reach, -reach, 2 * reach, 2 * reach);
    if (cut.isEmpty() || brush.style() == Qt::NoBrush)
        return;
    for (int top = cut.top(); top <= cut.bottom(); top += kRowsPerFill)
        m_painter->fillRect(QRect(cut.left(), top, cut.width(), std::min(kRowsPerFill, cut.bottom() + 1 - top)), brush);
}
