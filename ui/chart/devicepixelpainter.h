// SPDX-License-Identifier: MIT
// DevicePixelPainter: the straight lines and rectangles of a plot (grid, axis lines, bands)
// painted as whole device pixels, a few rows at a time.
//
// Why: Qt 6.4's raster engine hands any fill of 96 rows or more to its global thread pool and
// waits for the pool to run it (QT_THREAD_PARALLEL_FILLS in qdrawhelper.cpp). Waking the pool
// costs far more than the fill: one grid line down a 600-pixel plot took 0.31 ms that way on a
// 2-core VM and 0.007 ms as fills of a few rows; the function plot had about 60 such fills a
// frame, most of a slider's repaint (issue 14). A fill split along pixel rows covers exactly the
// pixels of the whole fill, so the picture does not change.
//
// On a vector device (SVG, PDF) or under a rotation it draws with the painter as it is.
#pragma once

#include <QTransform>

class QBrush;
class QLineF;
class QPainter;
class QPen;
class QRect;
class QRectF;

class DevicePixelPainter
{
public:
    // Rows per fill: below Qt's 96 spans even where the clip splits each row in two.
    static constexpr int kRowsPerFill = 32;

    explicit DevicePixelPainter(QPainter *painter);
    ~DevicePixelPainter();
    DevicePixelPainter(const DevicePixelPainter &) = delete;
    DevicePixelPainter &operator=(const DevicePixelPainter &) = delete;

    // True where it paints in device pixels: a raster device (an image, a window) with no
    // rotation or shear. Otherwise the calls below draw through the painter unchanged.
    [[nodiscard]] bool inDevicePixels() const { return m_active; }

    // A horizontal or vertical line (in the painter's coordinates) with the pen's colour and
    // width: the pixels whose centres the line's length spans, across the pen's width in whole
    // pixels (a cosmetic pen of width ≤ 1: one pixel) around the line.
    void drawLine(const QLineF &line, const QPen &pen);
    // The pixels whose centres lie in `rect` (at least one across a side under a pixel), filled
    // with `brush` (a cosmetic pattern stays aligned to the device, as Qt draws it).
    void fillRect(const QRectF &rect, const QBrush &brush);

    // The device pixels drawLine and fillRect paint, for tests.
    [[nodiscard]] QRect linePixels(const QLineF &line, const QPen &pen) const;
    [[nodiscard]] QRect rectPixels(const QRectF &rect) const;

private:
    void fillPixels(const QRect &pixels, const QBrush &brush);

    QPainter *m_painter;
    QTransform m_toDevice; // the painter's coordinates → device pixels
    bool m_active = false;
};
