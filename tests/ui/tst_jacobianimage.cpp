// SPDX-License-Identifier: MIT
// JacobianImage::prepare: the image made on another thread is the image render() would draw,
// render() takes it at the same size and scale and draws anew otherwise, and invalidate() or
// the destructor wait for it (the sanitizer build would see a thread outliving its matrix).
#include "softmax/jacobianimage.h"
#include "softmax/jacobianpainter.h"

#include <QImage>
#include <QFontMetricsF>
#include <QPainter>

#include <QTest>

#include <cmath>
#include <memory>

namespace {

// A softmax Jacobian diag(s) − s·sᵀ of n entries with a peak, as the heatmap shows.
Eigen::MatrixXd jacobian(Eigen::Index n, double peak)
{
    Eigen::VectorXd z(n);
    for (Eigen::Index i = 0; i < n; ++i)
        z[i] = std::sin(0.37 * static_cast<double>(i)) + (i == n / 3 ? peak : 0.0);
    const Eigen::VectorXd e = (z.array() - z.maxCoeff()).exp();
    const Eigen::VectorXd s = e / e.sum();
    return Eigen::MatrixXd(s.asDiagonal()) - s * s.transpose();
}

QColor colour(double v)
{
    const int k = static_cast<int>(std::lround(std::min(std::abs(v) * 4.0, 1.0) * 255));
    return v < 0 ? QColor(255 - k, 255 - k, 255) : QColor(255, 255 - k, 255 - k);
}

} // namespace

class TestJacobianImage : public QObject
{
    Q_OBJECT

private slots:
    void preparedImageIsTheDrawnOne()
    {
        const Eigen::MatrixXd j = jacobian(1000, 4.0);
        const double scale = j.cwiseAbs().maxCoeff();
        JacobianImage drawn;
        const QImage expected = drawn.render(j, 266, scale, colour);
        QCOMPARE(expected.size(), QSize(266, 266));
        JacobianImage prepared;
        prepared.prepare(j, 266, scale, colour);
        QCOMPARE(prepared.render(j, 266, scale, colour), expected);
        // Unpooled (a pixel per entry) too.
        const Eigen::MatrixXd small = jacobian(50, 2.0);
        JacobianImage one;
        one.prepare(small, 300, small.cwiseAbs().maxCoeff(), colour);
        JacobianImage other;
        QCOMPARE(one.render(small, 300, small.cwiseAbs().maxCoeff(), colour),
                 other.render(small, 300, small.cwiseAbs().maxCoeff(), colour));
    }

    // The next render of the same size and scale takes the prepared image: it is made from the
    // matrix prepare() was given (render trusts the caller to keep it, as the painter does).
    void renderTakesThePreparedImage()
    {
        const Eigen::MatrixXd j = jacobian(1000, 4.0);
        const Eigen::MatrixXd flat = Eigen::MatrixXd::Constant(1000, 1000, -0.001);
        const double scale = j.cwiseAbs().maxCoeff();
        JacobianImage image;
        image.prepare(j, 200, scale, colour);
        JacobianImage drawn;
        QCOMPARE(image.render(flat, 200, scale, colour), drawn.render(j, 200, scale, colour));
    }

    // Another size or scale than prepared, or an invalidate() between: drawn anew.
    void otherRequestsAreDrawnAnew()
    {
        const Eigen::MatrixXd j = jacobian(1000, 4.0);
        const Eigen::MatrixXd k = jacobian(1000, -3.0);
        const double scale = j.cwiseAbs().maxCoeff();
        JacobianImage reference;
        const QImage at150 = reference.render(j, 150, scale, colour);
        JacobianImage image;
        image.prepare(j, 200, scale, colour);
        QCOMPARE(image.render(j, 150, scale, colour), at150);
        image.prepare(j, 200, scale, colour);
        JacobianImage halfScale;
        QCOMPARE(image.render(j, 200, scale / 2, colour), halfScale.render(j, 200, scale / 2, colour));
        image.prepare(j, 200, scale, colour);
        image.invalidate();
        JacobianImage fresh;
        QCOMPARE(image.render(k, 200, scale, colour), fresh.render(k, 200, scale, colour));
    }

    // Through the painter, as the heatmap uses it: painted once (the size to prepare at), then
    // each new matrix handed over while the last one's image may still be in the making.
    void painterWithPreparedImages()
    {
        const auto paint = [](JacobianPainter &painter) {
            QImage out(420, 420, QImage::Format_RGB32);
            out.fill(Qt::white);
            QPainter p(&out);
            painter.paint(p, QRectF(0, 0, 420, 420));
            return out;
        };
        JacobianPainter painter;
        painter.setPreparesImages(true);
        painter.setMatrix(jacobian(1000, 1.0));
        paint(painter);
        Eigen::MatrixXd spare = jacobian(1000, 0.0);
        for (const double peak : {4.0, -2.0, 6.0}) {
            spare = jacobian(1000, peak); // written while the other one is read
            spare = painter.exchangeMatrix(std::move(spare));
            JacobianPainter fresh;
            fresh.setMatrix(jacobian(1000, peak));
            QCOMPARE(paint(painter), paint(fresh));
        }
    }

    // Over a long vector's tiny cells the corner's i\j and the first column's "1" keep a gap: a
    // space's width left of the grid, in the band of the column numbers, has no ink.
    void cornerLabelClearOfTheNumbers_data()
    {
        QTest::addColumn<int>("n");
        QTest::newRow("8 cells") << 8;
        QTest::newRow("300 tiny cells") << 300;
        QTest::newRow("1000 pooled") << 1000;
    }

    void cornerLabelClearOfTheNumbers()
    {
        QFETCH(int, n);
        JacobianPainter painter;
        QFont font;
        font.setPixelSize(18);
        painter.setStyle(font, Qt::black);
        painter.setMatrix(jacobian(n, 3.0));
        const QRectF area(0, 0, 420, 420);
        QImage out(420, 420, QImage::Format_RGB32);
        out.fill(Qt::white);
        {
            QPainter p(&out);
            painter.paint(p, area);
        }
        const QRectF grid = painter.gridRect(area);
        const QFontMetricsF metrics(font);
        const int right = static_cast<int>(std::floor(grid.left())) - 1;
        const int left = static_cast<int>(std::ceil(grid.left() - metrics.horizontalAdvance(QLatin1Char(' ')))) + 2;
        QVERIFY(left < right);
        int inked = 0;
        for (int y = static_cast<int>(grid.top() - metrics.height()); y < static_cast<int>(grid.top()) - 1; ++y)
            for (int x = left; x <= right; ++x)
                inked += qGray(out.pixel(x, y)) < 200 ? 1 : 0;
        QCOMPARE(inked, 0);
    }

    // Destroyed while the image is being made: the destructor waits for the thread.
    void destroyedWhilePreparing()
    {
        auto j = std::make_unique<Eigen::MatrixXd>(jacobian(1000, 4.0));
        {
            JacobianImage image;
            image.prepare(*j, 400, j->cwiseAbs().maxCoeff(), colour);
        }
        j.reset();
        QVERIFY(!j);
    }
};

QTEST_MAIN(TestJacobianImage)
#include "tst_jacobianimage.moc"
