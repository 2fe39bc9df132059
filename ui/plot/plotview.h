// SPDX-License-Identifier: MIT
// PlotView: shows a FunctionChart and turns the mouse into view changes on the AppState —
// wheel zooms about the cursor (Shift: x only), dragging pans, a double-click resets — and
// draws the crosshair with the hover readout.
#pragma once

#include <QChartView>
#include <QPointer>

class AppState;
class CrosshairItem;
class FunctionChart;

class PlotView : public QChartView
{
    Q_OBJECT
public:
    PlotView(AppState *state, FunctionChart *chart, QWidget *parent = nullptr);

    [[nodiscard]] FunctionChart *functionChart() const { return m_chart; }

signals:
    // The hover readout as one line, for the status bar (empty when the mouse leaves).
    void hoverTextChanged(const QString &text);
    // A frame of the plot finished painting (the benchmark's end of a slider-to-repaint).
    void framePainted();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

public:
    // Shown functions above which every item of the chart keeps its drawing as a pixmap.
    static constexpr int kCacheAbove = 16;

private:
    // Lays the chart out for the view's size, if a resize is waiting (see resizeEvent()).
    void fitChartToView();
    // Lays the chart out for `event`'s size now.
    void fitChart(QResizeEvent *event);
    void updateHover(QPointF viewPos);
    void updateItemCache();
    void applyStyle();

    QPointer<AppState> m_state;
    FunctionChart *m_chart;
    CrosshairItem *m_crosshair;
    bool m_panning = false;
    QPointF m_panLast;
    QPointF m_lastHover{-1, -1};
    bool m_fitPending = false;
};
