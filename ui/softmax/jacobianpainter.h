// SPDX-License-Identifier: MIT
// JacobianPainter: draws ∂s_i/∂z_j of the softmax as coloured cells (a diverging
// blue–white–orange scale centred on 0) with index labels and a colour scale, into any rectangle
// of any QPainter. Up to kMaxGridSize entries every cell is drawn on its own; longer vectors (up
// to the parser's 1000) are drawn as one image (JacobianImage: a pixel per entry, or max-|value|
// pooling when the grid has fewer device pixels than entries). It holds no widget: the heatmap on screen and the exported figure paint with
// the same object (as KDE Analitza's Plotter2D draws both its view and its exported image).
#pragma once

#include "softmax/jacobianimage.h"

#include <Eigen/Core>

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>

#include <optional>
#include <utility>

class QPainter;

class JacobianPainter
{
    Q_DECLARE_TR_FUNCTIONS(JacobianPainter)
public:
    // Longer vectors are drawn as an image: their cells would be too small to draw one by one.
    static constexpr Eigen::Index kMaxGridSize = 32;

    // An empty matrix paints a note that there is nothing to show.
    void setMatrix(Eigen::MatrixXd m); // moved in: 8 MB at 1000 entries
    // Shows m and hands back the matrix shown so far, whose storage the caller can fill next
    // time (core's probabilities() into a matrix): no 8 MB allocation per keystroke.
    [[nodiscard]] Eigen::MatrixXd exchangeMatrix(Eigen::MatrixXd m);
    [[nodiscard]] const Eigen::MatrixXd &matrix() const { return m_matrix; }
    void setStyle(const QFont &font, const QColor &text);
    // Whether setMatrix starts making the image of a long vector's matrix at once, on another
    // thread, at the size painted last (JacobianImage::prepare); off by default (an export).
    void setPreparesImages(bool on) { m_preparesImages = on; }

    [[nodiscard]] bool drawsImage() const { return m_matrix.rows() > kMaxGridSize; }
    // The colour of an entry on the scale ±max |entry|.
    [[nodiscard]] QColor colorFor(double v) const;
    // Where the cells go when the matrix is painted into area.
    [[nodiscard]] QRectF gridRect(const QRectF &area) const;

    void paint(QPainter &painter, const QRectF &rect);
    // The entry (i, j) under point when the matrix is painted into rect; nothing off the grid.
    [[nodiscard]] std::optional<std::pair<Eigen::Index, Eigen::Index>> cellAt(const QRectF &rect,
                                                                              const QPointF &point) const;

private:
    [[nodiscard]] qreal labelSpace() const;
    // Room left of the grid for the widest row number.
    [[nodiscard]] qreal rowLabelSpace() const;
    void paintCells(QPainter &painter, const QRectF &grid);
    void paintLabels(QPainter &painter, const QRectF &grid) const;
    void paintScale(QPainter &painter, const QRectF &grid) const;

    Eigen::MatrixXd m_matrix;
    double m_scale = 1.0; // the largest |entry|
    QFont m_font;
    QColor m_text = Qt::black;
    JacobianImage m_image; // the last image drawn, kept while the matrix and its size stay
    int m_lastPixels = 0;  // the grid's width in device pixels when it was last painted
    bool m_preparesImages = false;
};
