// SPDX-License-Identifier: MIT
#include "softmax/jacobianheatmap.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

JacobianHeatmap::JacobianHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(160, 160);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Softmax Jacobian heatmap"));
}

QSize JacobianHeatmap::sizeHint() const
{
    return {320, 320};
}

void JacobianHeatmap::setMatrix(Eigen::MatrixXd m)
{
    m_painter.setMatrix(std::move(m));
    update();
}

Eigen::MatrixXd JacobianHeatmap::exchangeMatrix(Eigen::MatrixXd m)
{
    Eigen::MatrixXd old = m_painter.exchangeMatrix(std::move(m));
    update();
    return old;
}

void JacobianHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    m_painter.setStyle(font(), palette().color(QPalette::WindowText));
    m_painter.paint(p, QRectF(rect()));
}

// While shown, a new matrix's image is made on another thread as soon as it is set; hidden (on
// another tab, where the vector can change too), only when it is next painted.
void JacobianHeatmap::showEvent(QShowEvent *event)
{
    m_painter.setPreparesImages(true);
    QWidget::showEvent(event);
}

void JacobianHeatmap::hideEvent(QHideEvent *event)
{
    m_painter.setPreparesImages(false);
    QWidget::hideEvent(event);
}

void JacobianHeatmap::mouseMoveEvent(QMouseEvent *event)
{
    m_painter.setStyle(font(), palette().color(QPalette::WindowText));
    const auto cell = m_painter.cellAt(QRectF(rect()), event->position());
    if (!cell) {
        QToolTip::hideText();
        return;
    }
    const auto [i, j] = *cell;
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("∂s%1/∂z%2 = %3").arg(i + 1).arg(j + 1).arg(m_painter.matrix()(i, j), 0, 'g', 6), this);
}
