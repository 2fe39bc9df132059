// SPDX-License-Identifier: MIT
// FunctionChart: the chart of the shown functions, their derivatives (dashed) and the saturation
// bands, kept in step with an AppState. The window shows it in a PlotView and the exporter
// renders a second one off screen, so both draw the same figure.
//
// The fast path for a slider drag: only the changed function is re-sampled, its series get
// replace() (never clear() + append()), and the axes are left alone unless the fitted y range
// actually moves to a new rounded value.
#pragma once

#include "chart/chartstyle.h"
#include "plot/curvesampler.h"

#include <QChart>
#include <QHash>
#include <QPointer>

class AppState;
class PreactivationOverlay;
class SaturationBands;
class QLineSeries;
class QValueAxis;

class FunctionChart : public QChart
{
    Q_OBJECT
public:
    explicit FunctionChart(AppState *state, QGraphicsItem *parent = nullptr);
    ~FunctionChart() override;

    void setStyle(const ChartStyle &style);
    // A figure title, wrapped to the chart's present width (set the geometry first), leaving
    // the strip above the plot to the band caption.
    void setFigureTitle(const QString &title);
    [[nodiscard]] const ChartStyle &style() const { return m_style; }

    // The series that draw f or f' of a shown function, one per continuous piece (some empty).
    [[nodiscard]] QList<QLineSeries *> curveSeries(const QString &id, CurveSampler::Curve curve) const;
    [[nodiscard]] const SaturationBands *saturationBands() const { return m_bands; }
    [[nodiscard]] const PreactivationOverlay *preactivationOverlay() const { return m_preactivation; }
    [[nodiscard]] PlotWindow plotWindow() const;
    [[nodiscard]] QValueAxis *xAxis() const { return m_axisX; }
    [[nodiscard]] QValueAxis *yAxis() const { return m_axisY; }

    // Brings the chart up to date now (a resize is otherwise applied on the next layout pass).
    void refresh();

signals:
    // The curves or the axes changed (for the hover readout, and for the benchmark).
    void curvesUpdated();

private:
    void updateTopMargin();
    struct Curves {
        QList<QLineSeries *> f;
        QList<QLineSeries *> df;
        double fMin = 0, fMax = 0, dfMin = 0, dfMax = 0; // finite extents over the x range
        bool fFinite = false;
        bool dfFinite = false;
    };

    void syncShown();
    void onParamsChanged(const QString &id);
    void onViewChanged();
    void onPlotAreaChanged();
    void applyPens(const QString &id);
    void updateExtents(const QString &id);
    // Sets the y axis to the rounded fit of the visible curves; true if it changed.
    bool refitAxes();
    void resample(const QString &id);
    void resampleAll();
    void fillSeries(QList<QLineSeries *> &pool, const QList<CurveSampler::Piece> &pieces, const QString &name,
                    const QPen &pen);
    void updateBands();

    QPointer<AppState> m_state;
    ChartStyle m_style;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    SaturationBands *m_bands = nullptr;
    PreactivationOverlay *m_preactivation = nullptr;
    QHash<QString, Curves> m_curves;
    QRectF m_lastPlotArea;
};
