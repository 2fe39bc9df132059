// SPDX-License-Identifier: MIT
// SaturationBands: the translucent vertical bands where |f'| < ε, drawn under the curves of a
// chart, with dead zones (f' = 0) hatched, and a caption above the plot saying whose bands they
// are and which is which ("Sigmoid: |f′| < 0.05"). One item paints every band, which costs far
// less than an area series per interval.
#pragma once

#include "chart/chartstyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QStaticText>

class AppState;

class SaturationBands : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(SaturationBands)
public:
    struct Band {
        double lo = 0.0;
        double hi = 0.0;
        bool dead = false;
        QColor color;
    };

    // Drawn between the plot background and the grid (Qt Charts' z values: shades 1, grid 2).
    static constexpr qreal kZValue = 1.5;

    // More bands than this cannot be told apart on a plot (one per two pixels of a wide window);
    // the finder refuses such a range quickly instead of spending 0.35 s per slider step.
    static constexpr int kMaxIntervals = 2000;

    explicit SaturationBands(QGraphicsItem *parent = nullptr);

    // The bands state asks for: of the current function if it is shown, or of every shown
    // function, each in its curve's colour; none when the bands are off.
    void follow(const AppState *state, const ChartStyle &style);

    void setBands(const QList<Band> &bands);
    [[nodiscard]] const QList<Band> &bands() const { return m_bands; }
    // Where the plot is (item coordinates) and which x range it spans.
    void setGeometry(const QRectF &plotArea, double xMin, double xMax);
    void setEpsilon(double epsilon);
    void setCaptionStyle(const QFont &font, const QColor &text);
    // Shown in the caption's place instead of bands that could not be computed (e.g. an
    // oscillating f' over a range too wide to resolve); empty: none.
    void setNote(const QString &note);
    // Whose bands these are, named at the start of the caption; empty: several functions'.
    void setSubject(const QString &name);
    [[nodiscard]] QString caption() const;
    // The width the caption (or the note) takes at the top right of the plot; 0 when none is drawn.
    [[nodiscard]] qreal captionWidth() const;
    [[nodiscard]] QString note() const { return m_note.text(); }

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintCaption(QPainter *painter) const;
    void layOutCaption();

    QList<Band> m_bands;
    QRectF m_plot;
    double m_xMin = -1.0;
    double m_xMax = 1.0;
    double m_epsilon = 0.05;
    QFont m_font;
    QColor m_text = Qt::black;
    // Laid out once per ε and font: shaping the caption on every frame showed in profiles.
    QStaticText m_saturatedText;
    QStaticText m_deadText;
    QStaticText m_note;
    QString m_subject;
};
