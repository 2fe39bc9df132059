// SPDX-License-Identifier: MIT
// TeachingFigure: the depth, compare, loss and likelihood views laid out as one exported figure,
// built from the same chart classes as their tabs and added to the exporter's scene. The depth
// simulation runs synchronously here (a figure is rendered once, off screen).
#pragma once

#include "chart/chartstyle.h"
#include "state/viewid.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class AppState;
class QGraphicsScene;

class TeachingFigure
{
    Q_DECLARE_TR_FUNCTIONS(TeachingFigure)
public:
    // Whether the view is one of the four built here.
    [[nodiscard]] static bool handles(ViewId view);

    // Builds the charts of `view` for `state` into `scene`, filling `rect`. `state` must outlive
    // the scene (the charts observe it). Returns an error message, or an empty string.
    static QString build(AppState &state, ViewId view, const ChartStyle &style, QGraphicsScene &scene,
                         const QRectF &rect, const QString &title);
};
