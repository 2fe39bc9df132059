// SPDX-License-Identifier: MIT
// TrainingPainter: the decision boundary of a training snapshot — p = σ(logit) over the plane as
// colour (blue class 0, orange class 1, white where the network is unsure) with the data points
// on top (training points filled, test points hollow) — into any QPainter and rectangle. The
// training view's canvas and the exported figure paint with it.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;
struct TrainingSnapshot;

class TrainingPainter
{
    Q_DECLARE_TR_FUNCTIONS(TrainingPainter)
public:
    static void paint(QPainter &painter, const QRectF &rect, const TrainingSnapshot &snapshot, const QFont &font,
                      const QColor &text);
    // One line: step, epoch, losses and accuracies (the head of the layer table).
    [[nodiscard]] static QString summary(const TrainingSnapshot &snapshot);
    // Per hidden layer: mean |∂L/∂W|, dead and saturated units (the view's table, the figure's).
    [[nodiscard]] static QString layerTableHtml(const TrainingSnapshot &snapshot, double epsilon);
};
