// SPDX-License-Identifier: MIT
// FigureCaption: the text printed under an exported figure — with --caption (or the export
// dialog's checkbox) the teaching note of the view (the current function's note for the function
// plot and the depth view, both notes for a comparison, the argument for cross-entropy, the
// likelihood read-out), and for the softmax view with the naive formulas on, the naive softmax
// entry by entry.
#pragma once

#include "state/viewid.h"

#include <QCoreApplication>
#include <QString>

class AppState;
class QFont;
class QColor;
class QGraphicsScene;
class QRectF;

class FigureCaption
{
    Q_DECLARE_TR_FUNCTIONS(FigureCaption)
public:
    // The caption's rich text (empty when there is nothing to print).
    [[nodiscard]] static QString html(const AppState &state, ViewId view, bool caption);

    // Adds the text to the scene at the bottom of `figure`, at most `maxShare` of its height,
    // and returns the height it takes (0 for an empty text).
    static qreal addTo(QGraphicsScene &scene, const QString &html, const QRectF &figure, const QFont &font,
                       const QColor &color, qreal maxShare = 0.45);
};
