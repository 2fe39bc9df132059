// SPDX-License-Identifier: MIT
// JacobianHeatmap: the softmax Jacobian on screen, painted by a JacobianPainter in the widget's
// font and palette, with the value under the mouse in a tooltip.
#pragma once

#include "softmax/jacobianpainter.h"

#include <QWidget>

class JacobianHeatmap : public QWidget
{
    Q_OBJECT
public:
    explicit JacobianHeatmap(QWidget *parent = nullptr);

    // An empty matrix shows a note instead (core refused the vector).
    void setMatrix(Eigen::MatrixXd m);
    // The same, handing back the matrix shown so far (see JacobianPainter::exchangeMatrix).
    [[nodiscard]] Eigen::MatrixXd exchangeMatrix(Eigen::MatrixXd m);
    [[nodiscard]] const Eigen::MatrixXd &matrix() const { return m_painter.matrix(); }
    [[nodiscard]] const JacobianPainter &painter() const { return m_painter; }

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    JacobianPainter m_painter;
};
