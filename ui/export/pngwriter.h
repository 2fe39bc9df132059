// SPDX-License-Identifier: MIT
// PngWriter: a small PNG encoder for rendered figures — 8-bit RGB or RGBA, the "Up" row filter
// and zlib at its fastest level. A chart is large areas of flat colour, which the Up filter
// turns into runs of zeros that even level 1 compresses well; Qt's writer (libpng with adaptive
// filtering) spends 3–4× longer on the same image for a file of about the same size.
#pragma once

#include <QImage>

class QIODevice;

class PngWriter
{
public:
    // Writes image (any format; RGB32 and ARGB32, premultiplied or not, are read without a copy) as
    // 8-bit RGB or RGBA as its alpha requires, its rows deflated in `bands` bands (0: one per
    // 64 rows, at most 32) by one thread per core (at most 4).
    [[nodiscard]] static bool write(const QImage &image, QIODevice *device, int bands = 0);
};
