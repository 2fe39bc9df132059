// SPDX-License-Identifier: MIT
// GatedText: the words of the gated view and of its exported figure — the three maps' titles,
// the regions where the gradient vanishes, the read-out at a point and the view's teaching note.
#pragma once

#include "gatedunits.h"

#include <QCoreApplication>
#include <QString>

class GatedText
{
    Q_DECLARE_TR_FUNCTIONS(GatedText)
public:
    enum class Quantity { Value, DfDa, DfDb };

    // The unit's name: "SwiGLU", or "Bilinear" translated.
    [[nodiscard]] static QString name(const actviz::GatedUnit &unit);
    // "SwiGLU: f = SiLU(a)·b", "∂f/∂a = SiLU′(a)·b", "∂f/∂b = SiLU(a)" (plain text, for chart titles).
    [[nodiscard]] static QString title(const actviz::GatedUnit &unit, Quantity q);
    // The unit in the selector: "SwiGLU — SiLU(a)·b".
    [[nodiscard]] static QString choice(const actviz::GatedUnit &unit);
    [[nodiscard]] static QString regionName(actviz::GatedRegion region);
    // The hatched regions explained, for the legend under the maps.
    [[nodiscard]] static QString legendHtml(double epsilon);
    // a, b, f and both partial derivatives at a point, and which region it is in.
    [[nodiscard]] static QString readoutHtml(const actviz::GatedUnit &unit, double a, double b, double epsilon);
    // The teaching note: what a gated unit is, the order of PyTorch's glu, the paper.
    [[nodiscard]] static QString noteHtml(const actviz::GatedUnit &unit);
};
