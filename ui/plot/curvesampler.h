// SPDX-License-Identifier: MIT
// CurveSampler: turns f or f' of an activation into polylines that stay within half a pixel of
// the true curve at the current zoom, with as few points as that needs. Kinks are sampled
// exactly, a jump (or any kink, for f') splits the curve so no line is drawn across it, and a
// straight piece becomes two points. Every point is (x, f(x)) exactly as core computes it.
#pragma once

#include "activation.h"

#include <QList>
#include <QPointF>
#include <QSizeF>

struct PlotWindow {
    double xMin = -6.0;
    double xMax = 6.0;
    double yMin = -1.0;
    double yMax = 1.0;
    QSizeF pixels{800.0, 500.0}; // size of the plot area on screen
};

class CurveSampler
{
public:
    enum class Curve { Value, Derivative };
    using Piece = QList<QPointF>;

    static constexpr double kTolerancePx = 0.5;

    // tolerancePx: the largest distance, in device pixels, between the polyline and the curve.
    [[nodiscard]] static QList<Piece> sample(const actviz::Activation &a, const actviz::Params &p, Curve curve,
                                             const PlotWindow &w, double tolerancePx = kTolerancePx);
};
