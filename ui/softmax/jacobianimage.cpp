// SPDX-License-Identifier: MIT
#include "softmax/jacobianimage.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// The block of each index when n indices are pooled into size blocks.
std::vector<Eigen::Index> blocks(Eigen::Index n, Eigen::Index size)
{
    std::vector<Eigen::Index> b(static_cast<size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i)
        b[static_cast<size_t>(i)] = i * size / n;
    return b;
}

} // namespace

Eigen::MatrixXd JacobianImage::pool(const Eigen::MatrixXd &m, Eigen::Index size)
{
    const Eigen::Index n = m.rows();
    if (size >= n)
        return m;
    const std::vector<Eigen::Index> rowBlock = blocks(n, size);
    const std::vector<Eigen::Index> colBlock = blocks(m.cols(), size);
    Eigen::MatrixXd pooled = Eigen::MatrixXd::Zero(size, size);
    // Column by column, as Eigen stores the matrix.
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
        double *out = pooled.col(colBlock[static_cast<size_t>(j)]).data();
        const double *in = m.col(j).data();
        for (Eigen::Index i = 0; i < n; ++i) {
            double &cell = out[rowBlock[static_cast<size_t>(i)]];
            // NaN never wins: |NaN| > x is false.
            if (std::abs(in[i]) > std::abs(cell))
                cell = in[i];
        }
    }
    return pooled;
}

const QImage &JacobianImage::render(const Eigen::MatrixXd &m, int pixels, double scale, const ColorScale &color)
{
    const Eigen::Index size = std::clamp<Eigen::Index>(pixels, 1, std::max<Eigen::Index>(m.rows(), 1));
    if (!m_image.isNull() && m_image.width() == size && m_scale == scale)
        return m_image;
    if (m_scale != scale || m_image.isNull()) {
        for (int k = 0; k < kLevels; ++k) {
            const double u = static_cast<double>(k) / (kLevels - 1);
            m_negative[static_cast<size_t>(k)] = color(-scale * u * u).rgb();
            m_positive[static_cast<size_t>(k)] = color(scale * u * u).rgb();
        }
    }
    m_scale = scale;
    const Eigen::MatrixXd pooled = pool(m, size);
    // Drawn over when the size is the same: a fresh image of ~400² pixels is 160 fresh pages to
    // fault in on every keystroke (issue 14). Nothing else holds m_image, so nothing detaches.
    if (m_image.width() != size)
        m_image = QImage(static_cast<int>(size), static_cast<int>(size), QImage::Format_RGB32);
    for (int i = 0; i < m_image.height(); ++i) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(i));
        for (int j = 0; j < m_image.width(); ++j) {
            const double v = pooled(i, j);
            if (std::isnan(v)) {
                line[j] = qRgb(0x80, 0x80, 0x80);
                continue;
            }
            const double u = std::sqrt(std::min(std::abs(v) / scale, 1.0));
            const auto k = static_cast<size_t>(std::lround(u * (kLevels - 1)));
            line[j] = v < 0 ? m_negative[k] : m_positive[k];
        }
    }
    return m_image;
}
