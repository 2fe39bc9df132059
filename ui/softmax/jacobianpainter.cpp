// SPDX-License-Identifier: MIT
#include "softmax/jacobianpainter.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

// Okabe–Ito blue for negative entries, vermillion for positive; white at 0.
const QColor kNegative(0x00, 0x72, 0xB2);
const QColor kPositive(0xD5, 0x5E, 0x00);

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

void JacobianPainter::setMatrix(const Eigen::MatrixXd &m)
{
    m_matrix = m;
    m_scale = m.size() > 0 ? std::max(m.cwiseAbs().maxCoeff(), 1e-300) : 1.0;
}

void JacobianPainter::setStyle(const QFont &font, const QColor &text)
{
    m_font = font;
    m_text = text;
}

QRectF JacobianPainter::gridRect(const QRectF &area) const
{
    const qreal labels = labelSpace();
    // Below the grid: the colour scale and its labels.
    const QRectF inner = area.adjusted(labels, labels, -4, -4 - 2.2 * labels);
    const qreal side = std::min(inner.width(), inner.height());
    return {inner.topLeft(), QSizeF(side, side)};
}

qreal JacobianPainter::labelSpace() const
{
    return QFontMetricsF(m_font).height() * 1.6;
}

QColor JacobianPainter::colorFor(double v) const
{
    const double t = std::clamp(std::abs(v) / m_scale, 0.0, 1.0);
    return mix(Qt::white, v < 0 ? kNegative : kPositive, std::sqrt(t));
}

void JacobianPainter::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    const QColor &text = m_text;
    if (m_matrix.size() == 0) {
        painter.setPen(text);
        painter.setFont(m_font);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The Jacobian heatmap is shown for vectors of up to %1 entries.").arg(kMaxSize));
        painter.restore();
        return;
    }
    const Eigen::Index n = m_matrix.rows();
    const QRectF grid = gridRect(rect);
    const qreal kLabelSpace = labelSpace();
    const qreal cell = grid.width() / static_cast<qreal>(n);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < n; ++j)
            painter.fillRect(QRectF(grid.left() + j * cell, grid.top() + i * cell, cell + 0.5, cell + 0.5),
                             colorFor(m_matrix(i, j)));
    painter.setPen(QPen(text, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(grid);
    // Index labels while they fit; every 5th beyond.
    const int every = n <= 12 ? 1 : 5;
    painter.setFont(m_font);
    for (Eigen::Index k = 0; k < n; k += every) {
        const QString label = QString::number(k + 1);
        painter.drawText(QRectF(grid.left() + k * cell, grid.top() - kLabelSpace, cell, kLabelSpace),
                         Qt::AlignHCenter | Qt::AlignBottom, label);
        painter.drawText(QRectF(grid.left() - kLabelSpace, grid.top() + k * cell, kLabelSpace - 3, cell),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    painter.drawText(QRectF(rect.left(), rect.top(), kLabelSpace, kLabelSpace), Qt::AlignCenter, tr("i\\j"));

    // The colour scale: −max |J| … 0 … +max |J|.
    const QRectF bar(grid.left(), grid.bottom() + 0.5 * kLabelSpace, grid.width(), 0.5 * kLabelSpace);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int k = 0; k <= 10; ++k) {
        const double v = m_scale * (k - 5) / 5.0;
        gradient.setColorAt(k / 10.0, colorFor(v));
    }
    painter.fillRect(bar, gradient);
    painter.drawRect(bar);
    const QRectF labelsRow(bar.left(), bar.bottom(), bar.width(), kLabelSpace);
    const QString max = QString::number(m_scale, 'g', 3);
    painter.drawText(labelsRow, Qt::AlignLeft | Qt::AlignTop, tr("−%1").arg(max));
    painter.drawText(labelsRow, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("0"));
    painter.drawText(labelsRow, Qt::AlignRight | Qt::AlignTop, tr("+%1").arg(max));
    painter.restore();
}

std::optional<std::pair<Eigen::Index, Eigen::Index>> JacobianPainter::cellAt(const QRectF &rect,
                                                                             const QPointF &point) const
{
    const Eigen::Index n = m_matrix.rows();
    const QRectF grid = gridRect(rect);
    if (n == 0 || !grid.contains(point))
        return std::nullopt;
    const qreal cell = grid.width() / static_cast<qreal>(n);
    const auto j = std::min<Eigen::Index>(n - 1, static_cast<Eigen::Index>((point.x() - grid.left()) / cell));
    const auto i = std::min<Eigen::Index>(n - 1, static_cast<Eigen::Index>((point.y() - grid.top()) / cell));
    return std::pair{i, j};
}
