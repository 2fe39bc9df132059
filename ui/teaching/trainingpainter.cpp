// SPDX-License-Identifier: MIT
#include "teaching/trainingpainter.h"

#include "chart/plotpalette.h"
#include "teaching/trainingsession.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

QString percent(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(100.0 * v, 'f', 1) + QStringLiteral(" %");
}

QString loss(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'g', 3);
}

QString wholePercent(double v)
{
    return QString::number(100.0 * v, 'f', 0) + QStringLiteral(" %");
}

} // namespace

QString TrainingPainter::summary(const TrainingSnapshot &s)
{
    return tr("step %1 · epoch %2 · loss %3 (test %4) · accuracy %5 (test %6)")
        .arg(s.step)
        .arg(QString::number(s.epoch, 'f', 1), loss(s.trainLoss), loss(s.testLoss), percent(s.trainAccuracy),
             percent(s.testAccuracy));
}

void TrainingPainter::paint(QPainter &painter, const QRectF &rect, const TrainingSnapshot &s, const QFont &font,
                            const QColor &text)
{
    painter.save();
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const qreal labels = fm.horizontalAdvance(QStringLiteral("−1.5")) + 6;
    const qreal below = fm.height() * 1.4;
    const qreal side = std::max(10.0, std::min(rect.width() - labels - 4, rect.height() - below));
    const QRectF plane(rect.left() + labels + (rect.width() - labels - side) / 2, rect.top() + 2, side, side);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    if (!s.boundary.isNull())
        painter.drawImage(plane, s.boundary);
    const auto map = [&](double x, double y) {
        const double k = TrainingSession::kPlane;
        return QPointF(plane.left() + (x + k) / (2 * k) * plane.width(),
                       plane.top() + (k - y) / (2 * k) * plane.height());
    };
    painter.setRenderHint(QPainter::Antialiasing, true);
    // The decision boundary p = ½ as a line under the points.
    painter.setPen(QPen(text, std::clamp(side / 250.0, 1.0, 2.5), Qt::SolidLine, Qt::RoundCap));
    for (const QLineF &l : s.decisionLine)
        painter.drawLine(map(l.x1(), l.y1()), map(l.x2(), l.y2()));
    const qreal r = std::clamp(side / 110.0, 2.0, 6.0);
    for (Eigen::Index i = 0; i < s.data.x.rows(); ++i) {
        const QColor c = PlotPalette::color(s.data.y[i] >= 0.5 ? 1 : 0).darker(115);
        const bool test = i >= s.data.trainRows;
        painter.setPen(QPen(test ? c : QColor(Qt::white), test ? 1.6 : 0.8));
        painter.setBrush(test ? QBrush(Qt::NoBrush) : QBrush(c));
        painter.drawEllipse(map(s.data.x(i, 0), s.data.x(i, 1)), r, r);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(text, 1));
    painter.drawRect(plane);
    for (const double t : {-1.0, 0.0, 1.0}) {
        const QPointF bx = map(t, -TrainingSession::kPlane);
        painter.drawLine(bx, bx + QPointF(0, 4));
        painter.drawText(QRectF(bx.x() - 30, bx.y() + 4, 60, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                         QString::number(t).replace(QLatin1Char('-'), QStringLiteral("−")));
        const QPointF ly = map(-TrainingSession::kPlane, t);
        painter.drawLine(ly, ly - QPointF(4, 0));
        painter.drawText(QRectF(ly.x() - labels, ly.y() - fm.height() / 2, labels - 6, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(t).replace(QLatin1Char('-'), QStringLiteral("−")));
    }
    painter.restore();
}

QString TrainingPainter::layerTableHtml(const TrainingSnapshot &s, double epsilon)
{
    QString rows;
    for (size_t l = 0; l < s.layers.size(); ++l) {
        const actviz::MlpLayerStats &st = s.layers[l];
        rows += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                               "<td align='right'>%4</td></tr>")
                    .arg(l + 1)
                    .arg(QString::number(st.meanAbsWeightGradient, 'g', 3), wholePercent(st.deadFraction),
                         wholePercent(st.saturatedFraction));
    }
    if (s.layers.empty())
        rows = tr("<tr><td colspan='4' style='color:gray'>The gradients appear with the first step (Step or "
                  "Play).</td></tr>");
    const QString diverged = std::isfinite(s.trainLoss)
                                 ? QString()
                                 : tr("<p style='color:#C03000'>⚠ The loss is no longer a number: the weights "
                                      "diverged. Lower the learning rate and reset.</p>");
    return diverged + tr("<b>%1</b><table cellpadding='3' style='margin-top:4px'><tr><th align='left'>layer</th>"
                         "<th>mean |∂L/∂W|</th><th>dead (f′ = 0)</th><th>saturated (|f′| &lt; %2)</th></tr>%3</table>")
                          .arg(summary(s).toHtmlEscaped(), QString::number(epsilon, 'g', 3), rows);
}
