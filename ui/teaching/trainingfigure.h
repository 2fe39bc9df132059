// SPDX-License-Identifier: MIT
// The exported training figure: trains the state's setup for its number of epochs from the seed
// (the same figure every time), then draws the decision boundary with the data beside the loss
// curves and the per-layer gradients.
#pragma once

#include "chart/chartstyle.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class AppState;
class QGraphicsScene;

class TrainingFigure
{
    Q_DECLARE_TR_FUNCTIONS(TrainingFigure)
public:
    // Adds the figure to scene within rect; returns why it cannot be drawn, or an empty string.
    static QString build(const AppState &state, const ChartStyle &style, QGraphicsScene &scene, const QRectF &rect);
    // The caption: the network, the data and the layer table.
    [[nodiscard]] static QString captionHtml(const AppState &state);
};
