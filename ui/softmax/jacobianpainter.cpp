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

void JacobianPainter::setMatrix(Eigen::MatrixXd m)
{
    m_image.invalidate(); // first: an image in the making reads m_matrix
    m_matrix = std::move(m);
    m_scale = m_matrix.size() > 0 ? std::max(m_matrix.cwiseAbs().maxCoeff(), 1e-300) : 1.0;
    // At the size painted last, made on another thread while the rest of the window repaints.
    if (m_preparesImages && drawsImage() && m_lastPixels > 0)
        m_image.prepare(m_matrix, m_lastPixels, m_scale, [this](double v) { return colorFor(v); });
}

Eigen::MatrixXd JacobianPainter::exchangeMatrix(Eigen::MatrixXd m)
{
    m_image.invalidate(); // before the matrix it may be reading is handed back to be written
    Eigen::MatrixXd old = std::move(m_matrix);
    setMatrix(std::move(m));
    return old;
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
    // Right of it: half the widest column number, centred on the last column.
    const qreal right = std::max<qreal>(4.0, QFontMetricsF(m_font).horizontalAdvance(QString::number(m_matrix.rows())) / 2 + 2);
    const QRectF inner = area.adjusted(rowLabelSpace(), labels, -right, -4 - 2.2 * labels);
    const qreal side = std::max<qreal>(0.0, std::min(inner.width(), inner.height()));
    return {inner.topLeft(), QSizeF(side, side)};
}

qreal JacobianPainter::labelSpace() const
{
    return QFontMetricsF(m_font).height() * 1.6;
}

qreal JacobianPainter::rowLabelSpace() const
{
    const QString widest = QString::number(std::max<Eigen::Index>(m_matrix.rows(), 1));
    return std::max(labelSpace(), QFontMetricsF(m_font).horizontalAdvance(widest) + 6.0);
}

QColor JacobianPainter::colorFor(double v) const
{
    const double t = std::clamp(std::abs(v) / m_scale, 0.0, 1.0);
    return mix(Qt::white, v < 0 ? kNegative : kPositive, std::sqrt(t));
}

void JacobianPainter::paintCells(QPainter &painter, const QRectF &grid)
{
    const Eigen::Index n = m_matrix.rows();
    const qreal cell = grid.width() / static_cast<qreal>(n);
    if (!drawsImage()) {
        for (Eigen::Index i = 0; i < n; ++i)
            for (Eigen::Index j = 0; j < n; ++j)
                painter.fillRect(QRectF(grid.left() + j * cell, grid.top() + i * cell, cell + 0.5, cell + 0.5),
                                 colorFor(m_matrix(i, j)));
        return;
    }
    // The grid's width in device pixels; the larger of the two scales, as a high-DPI device may
    // or may not be counted in the painter's transform.
    const qreal scale = std::max({std::abs(painter.deviceTransform().m11()), painter.device()->devicePixelRatioF(), 1.0});
    const int pixels = static_cast<int>(std::floor(grid.width() * scale));
    m_lastPixels = pixels;
    const QImage &image = m_image.render(m_matrix, pixels, m_scale, [this](double v) { return colorFor(v); });
    // Nearest neighbour: a pixel per entry (or block) stays one colour, no blur across the diagonal.
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(grid, image);
    painter.restore();
}

void JacobianPainter::paintLabels(QPainter &painter, const QRectF &grid) const
{
    const Eigen::Index n = m_matrix.rows();
    const qreal cell = grid.width() / static_cast<qreal>(n);
    const QFontMetricsF metrics(m_font);
    // Every entry while they fit; else a step of 1, 2 or 5 × 10^k apart by two widest numbers.
    const qreal room = 2.0 * metrics.horizontalAdvance(QString::number(n)) + 6.0;
    Eigen::Index step = 1;
    for (Eigen::Index decade = 1; step * cell < room && step < n; decade *= 10)
        for (const Eigen::Index m : {1, 2, 5})
            if (step * cell < room)
                step = std::max(step, m * decade);
    const qreal rowSpace = rowLabelSpace();
    const qreal kLabelSpace = labelSpace();
    painter.setFont(m_font);
    // A number stays within its side of the grid: over a long vector's tiny cells the first ones
    // would stand out past the corner, into the corner's i\j.
    const qreal halfHeight = metrics.height() / 2;
    for (Eigen::Index k = 0; k < n; ++k) {
        // 1 and then the multiples of the step (1-based: the numbers a reader counts).
        if ((k + 1) % step != 0 && !(k == 0 && (step == 1 || step >= 5)))
            continue;
        const QString label = QString::number(k + 1);
        const qreal centre = (static_cast<qreal>(k) + 0.5) * cell;
        const qreal across = std::max(centre, metrics.horizontalAdvance(label) / 2);
        painter.drawText(QRectF(grid.left() + across - room, grid.top() - kLabelSpace, 2 * room, kLabelSpace),
                         Qt::AlignHCenter | Qt::AlignBottom, label);
        const qreal down = std::max(centre, halfHeight);
        painter.drawText(QRectF(grid.left() - rowSpace, grid.top() + down - kLabelSpace / 2, rowSpace - 3, kLabelSpace),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    // The corner's i\j on the column numbers' baseline, a space before the grid.
    const qreal space = metrics.horizontalAdvance(QLatin1Char(' '));
    painter.drawText(QRectF(grid.left() - rowSpace, grid.top() - kLabelSpace, rowSpace - space, kLabelSpace),
                     Qt::AlignRight | Qt::AlignBottom | Qt::TextDontClip, tr("i\\j"));
}

void JacobianPainter::paintScale(QPainter &painter, const QRectF &grid) const
{
    // The colour scale: −max |J| … 0 … +max |J|.
    const qreal kLabelSpace = labelSpace();
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
}

void JacobianPainter::paint(QPainter &painter, const QRectF &rect)
{
    painter.save();
    if (m_matrix.size() == 0) {
        painter.setPen(m_text);
        painter.setFont(m_font);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, tr("No Jacobian to show."));
        painter.restore();
        return;
    }
    const QRectF grid = gridRect(rect);
    if (grid.width() < 1.0) { // no room at all
        painter.restore();
        return;
    }
    paintCells(painter, grid);
    painter.setPen(QPen(m_text, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(grid);
    paintLabels(painter, grid);
    paintScale(painter, grid);
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
