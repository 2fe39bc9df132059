// SPDX-License-Identifier: MIT
// JacobianHeatmap: ∂s_i/∂z_j of the softmax as coloured cells (a diverging blue–white–orange
// scale centred on 0), with the value under the mouse in a tooltip.
#pragma once

#include <Eigen/Core>

#include <QWidget>

class JacobianHeatmap : public QWidget
{
    Q_OBJECT
public:
    static constexpr Eigen::Index kMaxSize = 32;

    explicit JacobianHeatmap(QWidget *parent = nullptr);

    // An empty matrix shows a note instead (the vector is longer than kMaxSize).
    void setMatrix(const Eigen::MatrixXd &m);
    [[nodiscard]] const Eigen::MatrixXd &matrix() const { return m_matrix; }
    // Paints the heatmap into any rectangle (the widget and the exporter share it).
    void render(QPainter &painter, const QRectF &rect) const;

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    [[nodiscard]] QRectF gridRect(const QRectF &area) const;
    [[nodiscard]] QColor colorFor(double v) const;
    [[nodiscard]] qreal labelSpace() const;

    Eigen::MatrixXd m_matrix;
    double m_scale = 1.0; // the largest |entry|
};
