// SPDX-License-Identifier: MIT
// PlotPalette: the Okabe–Ito colour-blind-safe colours and the pens every curve is drawn with,
// in one place so the window and the exporter draw the same figure.
#pragma once

#include <QColor>
#include <QPen>

class PlotPalette
{
public:
    // Colour of a palette slot (AppState::colorSlot); slots beyond the palette repeat darker.
    [[nodiscard]] static QColor color(int slot, bool dark = false);
    // A function (solid) or its derivative (dashed) drawn with a cosmetic pen: its width stays in
    // device pixels at any zoom, and it strokes ~3× faster than a scaled pen.
    [[nodiscard]] static QPen curvePen(const QColor &c, bool derivative, qreal width);
    [[nodiscard]] static bool isDark(const QColor &window);
};
