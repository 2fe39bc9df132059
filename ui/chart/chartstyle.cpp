// SPDX-License-Identifier: MIT
#include "chart/chartstyle.h"

#include "chart/plotpalette.h"

#include <QAbstractAxis>
#include <QBrush>
#include <QChart>
#include <QGuiApplication>
#include <QLegend>
#include <QPalette>

#include <algorithm>

ChartStyle ChartStyle::forScreen()
{
    ChartStyle s;
    const QPalette pal = QGuiApplication::palette();
    s.font = QGuiApplication::font();
    s.titleFont = s.font;
    s.titleFont.setPointSizeF(s.font.pointSizeF() * 1.3);
    s.titleFont.setBold(true);
    s.background = pal.color(QPalette::Base);
    s.foreground = pal.color(QPalette::Text);
    s.dark = PlotPalette::isDark(s.background);
    s.lineWidth = 2.0;
    return s;
}

ChartStyle ChartStyle::forPanel(const ChartStyle &figure)
{
    ChartStyle s = figure;
    if (s.font.pixelSize() > 0) {
        s.font.setPixelSize(std::max(10, s.font.pixelSize() * 4 / 5));
        s.titleFont = s.font;
        s.titleFont.setPixelSize(s.font.pixelSize() * 10 / 9);
        s.titleFont.setBold(true);
    }
    return s;
}

ChartStyle ChartStyle::forFigure(const QSize &logicalSize, bool transparent)
{
    ChartStyle s;
    // A slide figure is read from the back of a room: about 1/36 of the figure's height for
    // labels (28 px on a 1000 px figure, as large as matplotlib's 20 pt), never below 11 px.
    const int shortSide = std::min(logicalSize.width(), logicalSize.height());
    s.font = QFont(QStringLiteral("DejaVu Sans"));
    s.font.setPixelSize(std::max(11, shortSide / 36));
    s.titleFont = s.font;
    s.titleFont.setPixelSize(std::max(14, shortSide / 25));
    s.titleFont.setBold(true);
    s.lineWidth = std::max(2.0, shortSide / 250.0);
    s.transparent = transparent;
    s.sampleTolerancePx = 0.1;
    s.background = transparent ? QColor(Qt::transparent) : QColor(Qt::white);
    s.foreground = QColor(0x20, 0x20, 0x20);
    return s;
}

void applyChartFrame(QChart *chart, const ChartStyle &style, bool withTitleFont)
{
    chart->setBackgroundBrush(style.transparent ? QBrush(Qt::NoBrush) : QBrush(style.background));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    if (withTitleFont)
        chart->setTitleFont(style.titleFont);
    chart->setTitleBrush(style.foreground);
    chart->legend()->setFont(style.font);
    chart->legend()->setLabelColor(style.foreground);
}

void applyAxisStyle(QAbstractAxis *axis, const ChartStyle &style)
{
    QColor grid = style.foreground;
    grid.setAlpha(40);
    QColor line = style.foreground;
    line.setAlpha(110);
    QPen gridPen(grid, 1);
    gridPen.setCosmetic(true);
    axis->setLabelsFont(style.font);
    axis->setTitleFont(style.font);
    axis->setLabelsColor(style.foreground);
    axis->setTitleBrush(style.foreground);
    axis->setLinePen(QPen(line, 1));
    axis->setGridLinePen(gridPen);
}
