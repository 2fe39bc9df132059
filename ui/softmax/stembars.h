// SPDX-License-Identifier: MIT
// StemBars: the bars of a long softmax vector (issue 14: up to 1000 entries) as filled area
// series, one path per set, on an axis of entry numbers 1 … n. A QBarSeries makes one graphics
// item (a QObject with its connections) per bar and rebuilds all of them when the values are
// replaced: at 1000 entries that alone took most of a 36 ms repaint (actviz_bench_softmax). Here
// new values are one QXYSeries::replace() per set. The argmax gets its own stem in the highlight
// colour; a compared map's stems stand beside the first ones, as the bar sets do.
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

class ChartStyle;
class QAbstractSeries;
class QAreaSeries;
class QChart;
class QLineSeries;
class PolylineItem;
class QValueAxis;

class StemBars
{
public:
    // Above this many entries the stems touch: a gap would be under a pixel wide.
    static constexpr qsizetype kMaxGapped = 100;

    struct Colors {
        QColor bar;
        QColor argmax;
        QColor compare;
    };

    // Adds its (hidden) series and its x axis to chart; y is the probability axis, z the logits'.
    StemBars(QChart *chart, QValueAxis *y, QValueAxis *z, const Colors &colors);

    // The smallest 1, 2 or 5 × 10^k at least raw (> 0): a tick step.
    [[nodiscard]] static double niceStep(double raw);

    // Stems of values at x = 1 … n from 0 (values finite: a masked log-probability comes as the
    // axis bottom), argmax highlighted, and compare's beside them when given.
    void show(const QList<qreal> &values, qsizetype argmax, const QString &label, const QList<qreal> *compare,
              const QString &compareLabel);
    // The logits as a line at x = 1 … n (masked entries left out).
    void showLogits(const QList<QPointF> &points, const QString &name);
    void setLogitColor(const QColor &color);
    void hide();
    void setStyle(const ChartStyle &style);

    [[nodiscard]] bool isShown() const { return m_shown; }
    [[nodiscard]] QValueAxis *axis() const { return m_axis; }
    [[nodiscard]] QAreaSeries *series() const { return m_main; }
    [[nodiscard]] QAreaSeries *compareSeries() const { return m_compare; }

private:
    QAreaSeries *addArea(QChart *chart, QValueAxis *y, const QColor &color);
    void setPoints(QAreaSeries *area, const QList<qreal> &values, qsizetype from, qsizetype to, qreal left,
                   qreal right);
    void setLegendShown(QAbstractSeries *series, bool shown);

    QChart *m_chart;
    QValueAxis *m_axis;
    QAreaSeries *m_main;
    QAreaSeries *m_argmax;
    QAreaSeries *m_compare;
    QLineSeries *m_logits; // empty: its legend entry and axes, for m_logitLine
    PolylineItem *m_logitLine = nullptr;
    bool m_shown = false;
};
