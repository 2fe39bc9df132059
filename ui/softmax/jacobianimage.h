// SPDX-License-Identifier: MIT
// JacobianImage: a square matrix as an image for the heatmap of a long vector (issue 14: up to
// 1000 entries), one pixel per entry when the grid has that many device pixels, else the matrix
// downsampled by max-|value| pooling: each pixel takes the entry of largest magnitude in its
// block, sign kept, so that no large entry disappears (the diagonal s_i(1 − s_i) of a peaked
// softmax is one entry in a thousand per row; averaging would wash it out). The colours come
// from a lookup table of the painter's diverging scale, not from a formula of their own.
#pragma once

#include <Eigen/Core>

#include <QColor>
#include <QImage>

#include <array>
#include <functional>
#include <future>

class JacobianImage
{
public:
    // The colour of an entry on the scale ±scale (the painter's colorFor).
    using ColorScale = std::function<QColor(double)>;

    JacobianImage() = default;
    JacobianImage(const JacobianImage &) = delete;
    JacobianImage &operator=(const JacobianImage &) = delete;
    ~JacobianImage() { invalidate(); }

    // m pooled to size × size blocks (size ≤ m.rows(); size == m.rows() returns m). Block b
    // holds the entries i with i·size/n == b: every block has one or two more or less than the
    // others, none is empty.
    [[nodiscard]] static Eigen::MatrixXd pool(const Eigen::MatrixXd &m, Eigen::Index size);
    // The same into out (resized only when its size differs), for a caller that keeps it.
    static void pool(const Eigen::MatrixXd &m, Eigen::Index size, Eigen::MatrixXd &out);

    // The image of m in at most pixels × pixels, coloured on ±scale; cached: the same matrix,
    // size and scale return the image made last time, or the one prepare() made.
    const QImage &render(const Eigen::MatrixXd &m, int pixels, double scale, const ColorScale &color);
    // Starts making that image on another thread, to be taken by the next render() of the same
    // size and scale (issue 14: pooling and colouring a 1000² matrix, 1.3 ms, overlap the chart's
    // repaint instead of preceding the heatmap's). m must stay as it is until render() or
    // invalidate(). Nothing starts for an empty size; without a thread, render() does the work.
    void prepare(const Eigen::MatrixXd &m, int pixels, double scale, const ColorScale &color);
    // Forgets the cached image (the matrix or the colours changed), after waiting for a
    // prepare() in progress, which reads the matrix; its pixels are drawn over by the next
    // render of the same size.
    void invalidate();

private:
    static constexpr int kLevels = 256; // one per 8-bit channel step of the scale

    [[nodiscard]] static Eigen::Index sizeFor(const Eigen::MatrixXd &m, int pixels);
    // The colour tables for ±scale and an image of size × size to draw into.
    void begin(Eigen::Index size, double scale, const ColorScale &color);
    // Pools m into m_pooled and colours m_image's pixels, through `pixels`: may run on another
    // thread, which must not detach the image.
    void draw(const Eigen::MatrixXd &m, Eigen::Index size, uchar *pixels, qsizetype bytesPerLine);

    QImage m_image;
    bool m_stale = true;
    double m_scale = 0.0;
    Eigen::MatrixXd m_pooled;
    std::future<void> m_prepared;
    // Colours of −scale·(k/255)² and +scale·(k/255)²: the scale goes as √|v|, so this spacing
    // gives every 8-bit step of the colour its own entry.
    std::array<QRgb, kLevels> m_negative{};
    std::array<QRgb, kLevels> m_positive{};
};
