// SPDX-License-Identifier: MIT
// CrosshairItem: the crosshair that follows the mouse over the plot and a small panel beside it
// with x, f(x) and f'(x) of every shown function, each row in its curve's colour.
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>

class CrosshairItem : public QGraphicsItem
{
public:
    struct Row {
        QString text;
        QColor color;
    };

    explicit CrosshairItem(QGraphicsItem *parent = nullptr);

    // at: the mouse position in parent coordinates; plot: the plot area the lines span.
    void show(QPointF at, const QRectF &plot, const QList<Row> &rows);
    void setStyle(const QFont &font, const QColor &text, const QColor &panel);

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    [[nodiscard]] QRectF panelRect() const;

    QPointF m_at;
    QRectF m_plot;
    QList<Row> m_rows;
    QFont m_font;
    QColor m_text = Qt::black;
    QColor m_panel = Qt::white;
};
