// SPDX-License-Identifier: MIT
#include "chart/plotpalette.h"

#include <array>

namespace {

// Okabe & Ito (2008), ordered so the first three (the default functions) differ most in hue
// and lightness; black and yellow come last because they vanish on dark and light backgrounds.
constexpr std::array<QRgb, 8> kOkabeIto = {
    0xFF0072B2, // blue
    0xFFD55E00, // vermillion
    0xFF009E73, // bluish green
    0xFFCC79A7, // reddish purple
    0xFFE69F00, // orange
    0xFF56B4E9, // sky blue
    0xFF000000, // black
    0xFFF0E442, // yellow
};

} // namespace

QColor PlotPalette::color(int slot, bool dark)
{
    if (slot < 0)
        return QColor(Qt::gray);
    const int n = static_cast<int>(kOkabeIto.size());
    QColor c = QColor::fromRgb(kOkabeIto[static_cast<size_t>(slot % n)]);
    if (dark && c == QColor(Qt::black))
        c = QColor(0xE0, 0xE0, 0xE0);
    if (!dark && c == QColor::fromRgb(0xFFF0E442))
        c = QColor(0xC8, 0xB4, 0x00); // yellow darkened enough to read on white
    for (int round = slot / n; round > 0; --round)
        c = dark ? c.lighter(130) : c.darker(140);
    return c;
}

QPen PlotPalette::curvePen(const QColor &c, bool derivative, qreal width)
{
    QPen pen(c, width);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (derivative)
        pen.setDashPattern({4.0, 2.5});
    return pen;
}

bool PlotPalette::isDark(const QColor &window)
{
    return window.lightnessF() < 0.5;
}
