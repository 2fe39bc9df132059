// SPDX-License-Identifier: MIT
#include "naive/naivebands.h"

#include "chart/devicepixelpainter.h"
#include "text/precisionnames.h"
#include "text/readouttext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <limits>

namespace {

constexpr int kFillAlpha = 40;
constexpr int kHatchAlpha = 120;

// The lines of the lower caption: at most this many, the last one elided.
constexpr int kLowerLines = 3;

// The caption's pieces (its head, then its failures) packed into lines of at most `width`, the
// failures separated by "; ", the lines beyond kLowerLines dropped for " …".
QStringList wrapped(const QStringList &pieces, const QFontMetricsF &fm, qreal width)
{
    const QString separator = QStringLiteral("; ");
    QStringList lines;
    QString line;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QString piece = pieces[i] + (i > 0 && i + 1 < pieces.size() ? separator : QString());
        if (!line.isEmpty() && fm.horizontalAdvance(line + piece) > width) {
            lines.append(line.trimmed());
            line.clear();
        }
        line += piece;
    }
    if (!line.isEmpty())
        lines.append(line.trimmed());
    if (lines.size() > kLowerLines) {
        lines = lines.mid(0, kLowerLines);
        lines.last() += QStringLiteral(" …");
    }
    for (QString &l : lines)
        l = fm.elidedText(l, Qt::ElideRight, width);
    return lines;
}

QString number(double x)
{
    return QString::number(x, 'f', std::abs(x) >= 100 ? 2 : 3);
}

} // namespace

NaiveBands::NaiveBands(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(kZValue);
    setAcceptedMouseButtons(Qt::NoButton);
}

void NaiveBands::setFailures(const QList<actviz::NaiveFailureRun> &failures, const QString &function,
                             actviz::Precision precision)
{
    m_failures = failures;
    m_function = function;
    m_precision = precision;
    updateCaption();
    update();
}

void NaiveBands::updateCaption()
{
    m_captionLines.clear();
    if (m_function.isEmpty()) {
        m_caption.clear();
        return;
    }
    const QString precision = PrecisionNames::name(m_precision);
    if (m_failures.isEmpty()) {
        m_caption = tr("naive %1 (%2): no failure in this x range").arg(m_function, precision);
        return;
    }
    QStringList parts;
    for (const actviz::NaiveFailureRun &f : std::as_const(m_failures)) {
        // An interval reaching the end of the view is open on that side.
        const bool fromLeft = f.lo <= m_xMin;
        const bool toRight = f.hi >= m_xMax;
        QString where;
        if (fromLeft && !toRight)
            where = tr("x < %1").arg(number(f.hi));
        else if (toRight && !fromLeft)
            where = tr("x > %1").arg(number(f.lo));
        else
            where = tr("%1 < x < %2").arg(number(f.lo), number(f.hi));
        const QString status = ReadoutText::naiveStatusName(f.status);
        // Joined failures (core's joinFailures) say how many exact intervals they stand for.
        parts.append(f.pieces > 1 ? tr("%1 for %2, in %3 pieces").arg(status, where).arg(f.pieces)
                                  : tr("%1 for %2").arg(status, where));
    }
    m_caption = tr("naive %1 (%2): %3").arg(m_function, precision, parts.join(QStringLiteral("; ")));
    // The pieces a wrapped caption may break between: the head, then each failure.
    m_captionLines = QStringList{tr("naive %1 (%2): %3").arg(m_function, precision, QString())} + parts;
}

void NaiveBands::setGeometry(const QRectF &plotArea, double xMin, double xMax)
{
    if (plotArea == m_plot && xMin == m_xMin && xMax == m_xMax)
        return;
    prepareGeometryChange();
    m_plot = plotArea;
    m_xMin = xMin;
    m_xMax = xMax;
    updateCaption();
}

void NaiveBands::setStyle(const QFont &font, const QColor &text, const QColor &background)
{
    prepareGeometryChange();
    m_font = font;
    m_text = text;
    m_background = background;
    update();
}

void NaiveBands::setLane(Lane lane)
{
    if (lane == m_lane)
        return;
    m_lane = lane;
    update();
}

QRectF NaiveBands::laneRect() const
{
    switch (m_lane) {
    case Lane::Upper:
        return m_plot.adjusted(0, 0, 0, -m_plot.height() / 2);
    case Lane::Lower:
        return m_plot.adjusted(0, m_plot.height() / 2, 0, 0);
    case Lane::Whole:
        break;
    }
    return m_plot;
}

void NaiveBands::setCaptionShare(qreal share)
{
    m_captionShare = share;
    update();
}

double NaiveBands::toPixel(double x) const
{
    return m_plot.left() + (x - m_xMin) / (m_xMax - m_xMin) * m_plot.width();
}

QRectF NaiveBands::boundingRect() const
{
    // The plot and the caption line above it.
    const qreal line = QFontMetricsF(m_font).height();
    return m_plot.adjusted(0, -1.5 * line, 0, 0);
}

void NaiveBands::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_plot.isEmpty() || !(m_xMax > m_xMin))
        return;
    const QFontMetricsF fm(m_font);
    const QRectF lane = laneRect();
    const bool lower = m_lane == Lane::Lower;
    painter->save();
    painter->setFont(m_font);
    const auto bandRect = [&](const actviz::NaiveFailureRun &f) {
        const double left = std::max(toPixel(f.lo), m_plot.left());
        const double right = std::min(toPixel(f.hi), m_plot.right());
        // At least a hairline: a failure interval narrower than a pixel must still show.
        return right <= left ? QRectF() : QRectF(left, lane.top(), std::max(right - left, 1.0), lane.height());
    };
    {
        DevicePixelPainter pixels(painter); // fills down the lane, a few rows at a time
        for (const actviz::NaiveFailureRun &f : std::as_const(m_failures)) {
            const QRectF band = bandRect(f);
            if (band.isEmpty())
                continue;
            QColor fill = ReadoutText::naiveStatusColor(f.status);
            fill.setAlpha(kFillAlpha);
            pixels.fillRect(band, fill);
            QColor hatch = ReadoutText::naiveStatusColor(f.status);
            hatch.setAlpha(kHatchAlpha);
            pixels.fillRect(band, QBrush(hatch, lower ? Qt::BDiagPattern : Qt::FDiagPattern));
        }
    }
    for (const actviz::NaiveFailureRun &f : std::as_const(m_failures)) {
        const QRectF band = bandRect(f);
        if (band.isEmpty())
            continue;
        // f′'s bands say so: both lanes may hold a band of the same colour.
        const QString status = ReadoutText::naiveStatusName(f.status);
        const QString name = lower ? tr("f′: %1").arg(status) : status;
        if (fm.horizontalAdvance(name) + 8 < band.width()) {
            painter->setPen(ReadoutText::naiveStatusColor(f.status).darker(150));
            painter->drawText(band.adjusted(4, fm.height() * 0.5, -4, 0), Qt::AlignHCenter | Qt::AlignTop, name);
        }
    }
    if (!m_caption.isEmpty()) {
        painter->setPen(m_text);
        if (lower) {
            // Inside the plot, along its bottom, on a veil of the background (the strip above
            // the plot holds f's caption and the saturation caption), in up to kLowerLines lines.
            const QStringList lines =
                wrapped(m_captionLines.isEmpty() ? QStringList{m_caption} : m_captionLines, fm, m_plot.width() - 12);
            qreal width = 0;
            for (const QString &line : lines)
                width = std::max(width, fm.horizontalAdvance(line));
            const qreal height = fm.lineSpacing() * lines.size() + 4;
            const QRectF box(m_plot.left() + 2, m_plot.bottom() - height - 2, width + 8, height);
            QColor veil = m_background;
            veil.setAlpha(215);
            painter->fillRect(box, veil);
            for (qsizetype i = 0; i < lines.size(); ++i)
                painter->drawText(QPointF(box.left() + 4, box.top() + 2 + fm.ascent() + i * fm.lineSpacing()),
                                  lines[i]);
        } else {
            const QRectF captionRect(m_plot.left(), m_plot.top() - fm.height() * 1.3, m_plot.width(), fm.height());
            painter->drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(m_caption, Qt::ElideRight, captionRect.width() * m_captionShare));
        }
    }
    painter->restore();
}
