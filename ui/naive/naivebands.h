// SPDX-License-Identifier: MIT
// NaiveBands: where a naive formula fails, as hatched vertical bands under the curves — one
// colour per kind of failure (overflow to ±inf, NaN, underflow to 0, lost precision), each band
// named inside when it is wide enough — and a caption above the plot giving the exact ends,
// e.g. "naive sigmoid (float64): underflow to 0 for x < −709.78". The bands of f′'s formula are
// a second NaiveBands in the lower half of the plot (hatched the other way, named "f′: …", their
// caption at the bottom of the plot) while those of f take the upper half.
#pragma once

#include "naivenumerics.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QStringList>

class NaiveBands : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NaiveBands)
public:
    // Above the saturation bands (1.5), below the grid (2) and the series.
    static constexpr qreal kZValue = 1.6;

    // Which part of the plot's height the bands cover: all of it, or the upper half (f, when f′'s
    // bands are shown too) or the lower half (f′, caption at the bottom of the plot).
    enum class Lane { Whole, Upper, Lower };

    explicit NaiveBands(QGraphicsItem *parent = nullptr);

    // The failures of one function's naive formula (joined where they alternate, core's
    // joinFailures), its name and precision for the caption.
    void setFailures(const QList<actviz::NaiveFailureRun> &failures, const QString &function,
                     actviz::Precision precision);
    [[nodiscard]] const QList<actviz::NaiveFailureRun> &failures() const { return m_failures; }
    void setLane(Lane lane);
    [[nodiscard]] Lane lane() const { return m_lane; }
    // The caption as plain text (what is drawn above the plot).
    [[nodiscard]] const QString &caption() const { return m_caption; }
    void setGeometry(const QRectF &plotArea, double xMin, double xMax);
    void setStyle(const QFont &font, const QColor &text, const QColor &background);
    // The share of the plot's width the caption may take: less when the saturation caption
    // is drawn at the right end of the same line.
    void setCaptionShare(qreal share);

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    [[nodiscard]] double toPixel(double x) const;
    [[nodiscard]] QRectF laneRect() const;
    void updateCaption();

    QList<actviz::NaiveFailureRun> m_failures;
    Lane m_lane = Lane::Whole;
    QString m_function;
    actviz::Precision m_precision = actviz::Precision::Float64;
    QString m_caption;
    QStringList m_captionLines; // its head and failures, where a wrapped caption may break
    QRectF m_plot;
    double m_xMin = -1.0;
    double m_xMax = 1.0;
    QFont m_font;
    QColor m_text = Qt::black;
    QColor m_background = Qt::white;
    qreal m_captionShare = 1.0;
};
