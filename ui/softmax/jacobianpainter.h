// SPDX-License-Identifier: MIT
// JacobianPainter: draws ∂s_i/∂z_j of the softmax as coloured cells (a diverging
// blue–white–orange scale centred on 0) with index labels and a colour scale, into any rectangle
// of any QPainter. It holds no widget: the heatmap on screen and the exported figure paint with
// the same object (as KDE Analitza's Plotter2D draws both its view and its exported image).
#pragma once

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
    // Longer vectors get a note instead: the cells would be too small to read.
    static constexpr Eigen::Index kMaxSize = 32;

    // An empty matrix paints the note.
    void setMatrix(const Eigen::MatrixXd &m);
    [[nodiscard]] const Eigen::MatrixXd &matrix() const { return m_matrix; }
    void setStyle(const QFont &font, const QColor &text);

    void paint(QPainter &painter, const QRectF &rect) const;
    // The entry (i, j) under point when the matrix is painted into rect; nothing off the grid.
    [[nodiscard]] std::optional<std::pair<Eigen::Index, Eigen::Index>> cellAt(const QRectF &rect,
                                                                              const QPointF &point) const;

private:
    [[nodiscard]] QRectF gridRect(const QRectF &area) const;
    [[nodiscard]] QColor colorFor(double v) const;
    [[nodiscard]] qreal labelSpace() const;

    Eigen::MatrixXd m_matrix;
    double m_scale = 1.0; // the largest |entry|
    QFont m_font;
    QColor m_text = Qt::black;
};
