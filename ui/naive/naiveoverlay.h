// SPDX-License-Identifier: MIT
// NaiveOverlay: adds to a FunctionChart the naive textbook curves of the shown sigmoid, tanh and
// softplus (dotted, in the function's colour) and, for the current one of them (or the first
// shown), the bands where the naive formula fails. Everything comes from core's naivenumerics;
// the chart itself is not changed, so the window and the exporter attach one each.
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

    [[nodiscard]] const NaiveBands *bands() const { return m_bands; }
    // The id whose failures the bands show (empty when none).
    [[nodiscard]] const QString &bandsFunction() const { return m_bandsId; }
    [[nodiscard]] QList<QLineSeries *> curveSeries(const QString &id) const { return m_series.value(id); }

    // Fonts and colours from the chart's current style (after FunctionChart::setStyle).
    void applyStyle();

private:
    void rebuild();
    void updateGeometry();

    QPointer<FunctionChart> m_chart;
    QPointer<AppState> m_state;
    NaiveBands *m_bands;
    QHash<QString, QList<QLineSeries *>> m_series;
    QString m_bandsId;
};
