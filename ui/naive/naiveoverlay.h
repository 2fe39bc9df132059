// SPDX-License-Identifier: MIT
// NaiveOverlay: adds to a FunctionChart the naive textbook curves of the shown sigmoid, tanh and
// softplus (dotted, in the function's colour) and, for the current one of them (or the first
// shown), the bands where the naive formula fails. With the derivatives shown, the naive f′
// too (σ(1 − σ), 1 − tanh², eˣ/(1 + eˣ); dash-dotted) and its bands in the plot's lower half.
// Everything comes from core's naivenumerics; the chart itself is not changed, so the window and
// the exporter attach one each.
#pragma once

#include "naivenumerics.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class AppState;
class FunctionChart;
class NaiveBands;
class QLineSeries;

class NaiveOverlay : public QObject
{
    Q_OBJECT
public:
    // Uniform samples of a naive curve: the failures are located exactly by naiveFailures, so the
    // curve only needs to look right.
    static constexpr int kCurveSamples = 2001;

    NaiveOverlay(FunctionChart *chart, AppState *state);

    // The naive formula of a registry id (sigmoid, tanh, softplus), if it has one.
    [[nodiscard]] static std::optional<actviz::NaiveFunction> naiveFunction(const QString &id);

    // The formula a student writes for f′, as drawn in the legend and caption ("σ(1 − σ)").
    [[nodiscard]] static QString derivativeFormula(actviz::NaiveFunction fn);
    // The maximal Ok gap, as a share of the x range, across which alternating failures of one
    // kind are joined for display (core's joinFailures).
    static constexpr double kJoinShare = 0.02;

    [[nodiscard]] const NaiveBands *bands() const { return m_bands; }
    // The bands of f′'s naive formula (empty unless the derivatives are shown).
    [[nodiscard]] const NaiveBands *derivativeBands() const { return m_dfBands; }
    // The id whose failures the bands show (empty when none).
    [[nodiscard]] const QString &bandsFunction() const { return m_bandsId; }
    [[nodiscard]] QList<QLineSeries *> curveSeries(const QString &id) const { return m_series.value(id); }
    [[nodiscard]] QList<QLineSeries *> derivativeSeries(const QString &id) const { return m_dfSeries.value(id); }

    // Fonts and colours from the chart's current style (after FunctionChart::setStyle).
    void applyStyle();

private:
    void rebuild();
    void updateGeometry();
    // Fills (or with no pieces empties) a function's pool of series for one naive curve.
    void fillCurve(QList<QLineSeries *> &pool, const actviz::NaiveCurve *curve, const QString &name, const QPen &pen);
    void dropPools(QHash<QString, QList<QLineSeries *>> &pools, const QStringList &keep);
    [[nodiscard]] QList<actviz::NaiveFailureRun> failuresOf(actviz::NaiveFormula formula) const;

    QPointer<FunctionChart> m_chart;
    QPointer<AppState> m_state;
    NaiveBands *m_bands;
    NaiveBands *m_dfBands;
    QHash<QString, QList<QLineSeries *>> m_series;
    QHash<QString, QList<QLineSeries *>> m_dfSeries;
    QString m_bandsId;
};
