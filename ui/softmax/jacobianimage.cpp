// SPDX-License-Identifier: MIT
#include "softmax/jacobianimage.h"

#include <algorithm>
#include <cmath>
#include <system_error>
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
    if (size >= m.rows())
        return m;
    Eigen::MatrixXd pooled;
    pool(m, size, pooled);
    return pooled;
}

void JacobianImage::pool(const Eigen::MatrixXd &m, Eigen::Index size, Eigen::MatrixXd &pooled)
{
    const Eigen::Index n = m.rows();
    if (size >= n) {
        pooled = m;
        return;
    }
    const std::vector<Eigen::Index> rowBlock = blocks(n, size);
    const std::vector<Eigen::Index> colBlock = blocks(m.cols(), size);
    // Where each block of rows starts (blocks are contiguous, in order).
    std::vector<Eigen::Index> rowStart(static_cast<size_t>(size) + 1, n);
    for (Eigen::Index i = n - 1; i >= 0; --i)
        rowStart[static_cast<size_t>(rowBlock[static_cast<size_t>(i)])] = i;
    pooled.resize(size, size); // a no-op at the same size: no allocation on another thread
    pooled.setZero();
    // Column by column, as Eigen stores the matrix, and within a column block by block: the
    // largest |value| of a run of rows in a loop that vectorises, then, only where it beats the
    // cell, the first value that reaches it — the value a scan in order would keep (the first
    // strictly larger one; NaN never wins: |NaN| > x is false, and so is max's comparison).
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
        double *out = pooled.col(colBlock[static_cast<size_t>(j)]).data();
        const double *in = m.col(j).data();
        for (Eigen::Index b = 0; b < size; ++b) {
            const Eigen::Index first = rowStart[static_cast<size_t>(b)];
            const Eigen::Index last = rowStart[static_cast<size_t>(b) + 1];
            double largest = 0.0;
            for (Eigen::Index i = first; i < last; ++i)
                largest = largest < std::abs(in[i]) ? std::abs(in[i]) : largest;
            if (largest > std::abs(out[b]))
                out[b] = *std::find_if(in + first, in + last, [largest](double v) { return std::abs(v) == largest; });
        }
    }
}

Eigen::Index JacobianImage::sizeFor(const Eigen::MatrixXd &m, int pixels)
{
    return std::clamp<Eigen::Index>(pixels, 1, std::max<Eigen::Index>(m.rows(), 1));
}

void JacobianImage::begin(Eigen::Index size, double scale, const ColorScale &color)
{
    for (int k = 0; k < kLevels; ++k) {
        const double u = static_cast<double>(k) / (kLevels - 1);
        m_negative[static_cast<size_t>(k)] = color(-scale * u * u).rgb();
        m_positive[static_cast<size_t>(k)] = color(scale * u * u).rgb();
    }
    m_scale = scale;
    // Drawn over when the size is the same: a fresh image of ~400² pixels is 160 fresh pages to
    // fault in on every keystroke (issue 14). Nothing else holds m_image, so nothing detaches.
    if (m_image.width() != size)
        m_image = QImage(static_cast<int>(size), static_cast<int>(size), QImage::Format_RGB32);
}

void JacobianImage::draw(const Eigen::MatrixXd &m, Eigen::Index size, uchar *pixels, qsizetype bytesPerLine)
{
    const Eigen::MatrixXd *pooled = &m;
    if (size < m.rows()) {
        pool(m, size, m_pooled);
        pooled = &m_pooled;
    }
    for (Eigen::Index i = 0; i < size; ++i) {
        auto *line = reinterpret_cast<QRgb *>(pixels + i * bytesPerLine);
        for (Eigen::Index j = 0; j < size; ++j) {
            const double v = (*pooled)(i, j);
            if (std::isnan(v)) {
                line[j] = qRgb(0x80, 0x80, 0x80);
                continue;
            }
            const double u = std::sqrt(std::min(std::abs(v) / m_scale, 1.0));
            const auto k = static_cast<size_t>(std::lround(u * (kLevels - 1)));
            line[j] = v < 0 ? m_negative[k] : m_positive[k];
        }
    }
}

void JacobianImage::invalidate()
{
    if (m_prepared.valid())
        m_prepared.wait();
    m_prepared = {};
    m_stale = true;
}

void JacobianImage::prepare(const Eigen::MatrixXd &m, int pixels, double scale, const ColorScale &color)
{
    invalidate();
    if (pixels < 1 || m.rows() == 0)
        return;
    const Eigen::Index size = sizeFor(m, pixels);
    begin(size, scale, color);
    if (size < m.rows())
        m_pooled.resize(size, size); // allocated here, not on the other thread's heap
    if (m_image.isNull())
        return; // no memory for it: render() tries again
    uchar *bits = m_image.bits(); // detached here, on this thread
    const qsizetype bytesPerLine = m_image.bytesPerLine();
    try {
        m_prepared = std::async(std::launch::async,
                                [this, &m, size, bits, bytesPerLine] { draw(m, size, bits, bytesPerLine); });
    } catch (const std::system_error &) {
        m_prepared = {}; // no thread: render() draws
    }
}

const QImage &JacobianImage::render(const Eigen::MatrixXd &m, int pixels, double scale, const ColorScale &color)
{
    const Eigen::Index size = sizeFor(m, pixels);
    if (m_prepared.valid()) {
        m_prepared.get(); // rethrows what the other thread threw (bad_alloc), as drawing here would
        m_stale = !(m_image.width() == size && m_scale == scale);
    }
    if (!m_stale && m_image.width() == size && m_scale == scale)
        return m_image;
    begin(size, scale, color);
    if (m_image.isNull())
        return m_image; // no memory for it: nothing is drawn
    m_stale = false;
    draw(m, size, m_image.bits(), m_image.bytesPerLine());
    return m_image;
}
