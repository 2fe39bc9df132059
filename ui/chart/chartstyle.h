// SPDX-License-Identifier: MIT
// ChartStyle: the sizes and colours a chart is drawn with, so the window (system font, thin
// lines) and an exported slide figure (large font, thick lines) share one drawing code.
#pragma once

#include <QColor>
#include <QFont>
#include <QSize>

struct ChartStyle {
    QFont font;            // tick labels, legend, captions
    QFont titleFont;       // chart title
    qreal lineWidth = 2.0; // curve pens, in device-independent pixels
    bool dark = false;
    QColor background = Qt::white;
    QColor foreground = Qt::black;
    bool transparent = false;
    // Device pixels per logical pixel: curves are sampled to half a device pixel.
    qreal devicePixelRatio = 1.0;
    // How far, in device pixels, a drawn curve may stray from the true one. On screen half a
    // pixel; a figure for a projector uses less so that thick lines show no facets.
    double sampleTolerancePx = 0.5;

    // The window's style from the application palette and font.
    [[nodiscard]] static ChartStyle forScreen();
    // A figure for a slide: fonts and lines scaled to the figure's logical size.
    [[nodiscard]] static ChartStyle forFigure(const QSize &logicalSize, bool transparent);
    // One of several charts in a figure: smaller type than a single-chart figure, and a title in
    // the body size rather than the figure's headline size.
    [[nodiscard]] static ChartStyle forPanel(const ChartStyle &figure);
};

class QAbstractAxis;
class QChart;

// The chart-wide part of a style, shared by every chart: background (or none), square corners,
// title font and colour, legend font and colour. Axes and series stay with each chart. Without
// `withTitleFont`, the title keeps its font: a font set is loaded at once, even for no title, and
// the window's function plot has none (a bold face of its own, 3 M instructions of the launch).
void applyChartFrame(QChart *chart, const ChartStyle &style, bool withTitleFont = true);

// An axis in a style: label and title fonts and colours, a faint cosmetic grid, a light line.
void applyAxisStyle(QAbstractAxis *axis, const ChartStyle &style);
