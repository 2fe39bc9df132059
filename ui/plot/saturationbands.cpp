// SPDX-License-Identifier: MIT
#include "plot/saturationbands.h"

#include "chart/devicepixelpainter.h"
#include "chart/plotpalette.h"
#include "registry.h"
#include "saturation.h"
#include "state/appstate.h"
#include "text/coretext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace {

constexpr int kFillAlpha = 46;
constexpr int kHatchAlpha = 150;
const QColor kCaptionSwatch(0x80, 0x80, 0x80);

QBrush hatchBrush(const QColor &c)
{
    QColor h = c;
    h.setAlpha(kHatchAlpha);
    return QBrush(h, Qt::BDiagPattern);
}

QColor fillColor(const QColor &c)
{
    QColor f = c;
    f.setAlpha(kFillAlpha);
    return f;
}

} // namespace

SaturationBands::SaturationBands(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(kZValue);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void SaturationBands::setBands(const QList<Band> &bands)
{
    m_bands = bands;
    update();
}

void SaturationBands::setGeometry(const QRectF &plotArea, double xMin, double xMax)
{
    if (plotArea == m_plot && xMin == m_xMin && xMax == m_xMax)
        return;
    prepareGeometryChange();
    m_plot = plotArea;
    m_xMin = xMin;
    m_xMax = xMax;
}

void SaturationBands::setEpsilon(double epsilon)
{
    if (epsilon == m_epsilon && !m_saturatedText.text().isEmpty())
        return;
    m_epsilon = epsilon;
    layOutCaption();
    update();
}

void SaturationBands::follow(const AppState *state, const ChartStyle &style)
{
    QList<Band> bands;
    QString note;
    QStringList names;
    if (state && state->showSaturation()) {
        QStringList ids = state->shownFunctions();
        if (!state->saturationForAll())
            ids = ids.contains(state->currentFunction()) ? QStringList{state->currentFunction()} : QStringList{};
        for (const QString &id : std::as_const(ids)) {
            const actviz::Activation *a = actviz::findActivation(id.toStdString());
            if (!a)
                continue;
            const auto found = actviz::findSaturation(*a, state->params(id), state->epsilon(), state->xMin(),
                                                      state->xMax(), actviz::kSaturationSamples, kMaxIntervals);
            if (!found) {
                note =
                    tr("%1: no |f′| < ε bands at this zoom (f′ oscillates too often to shade)").arg(CoreText::name(*a));
                continue;
            }
            names.append(CoreText::name(*a));
            const int slot = state->colorSlot(id);
            const QColor color = slot >= 0 ? PlotPalette::color(slot, style.dark) : style.foreground;
            for (const actviz::SaturationInterval &iv : found.value())
                bands.append({iv.lo, iv.hi, iv.kind == actviz::SaturationKind::Dead, color});
        }
    }
    setEpsilon(state ? state->epsilon() : AppState::kDefaultEpsilon);
    setSubject(names.size() == 1 ? names.first() : QString());
    setBands(bands);
    setNote(note);
}

void SaturationBands::setSubject(const QString &name)
{
    if (name == m_subject && !m_saturatedText.text().isEmpty())
        return;
    m_subject = name;
    layOutCaption();
    update();
}

QString SaturationBands::caption() const
{
    QStringList parts;
    const bool anyDead = std::any_of(m_bands.cbegin(), m_bands.cend(), [](const Band &b) { return b.dead; });
    if (std::any_of(m_bands.cbegin(), m_bands.cend(), [](const Band &b) { return !b.dead; }))
        parts.append(m_saturatedText.text());
    if (anyDead)
        parts.append(m_deadText.text());
    return parts.join(QStringLiteral("  "));
}

void SaturationBands::layOutCaption()
{
    const QString bound = QString::number(m_epsilon, 'g', 3);
    // One function: its name first; several: each band is in its curve's colour.
    m_saturatedText = QStaticText(m_subject.isEmpty() ? tr("every shown function: |f′| < %1").arg(bound)
                                                      : tr("%1: |f′| < %2").arg(m_subject, bound));
    m_deadText = QStaticText(tr("dead: f′ = 0"));
    for (QStaticText *t : {&m_saturatedText, &m_deadText}) {
        t->setTextFormat(Qt::PlainText);
        t->setPerformanceHint(QStaticText::AggressiveCaching);
        t->prepare(QTransform(), m_font);
    }
}

void SaturationBands::setCaptionStyle(const QFont &font, const QColor &text)
{
    prepareGeometryChange();
    m_font = font;
    m_text = text;
    layOutCaption();
}

QRectF SaturationBands::boundingRect() const
{
    const qreal captionHeight = QFontMetricsF(m_font).height() * 1.6;
    return m_plot.adjusted(0, -captionHeight, 0, 0);
}

void SaturationBands::setNote(const QString &note)
{
    if (note == m_note.text())
        return;
    m_note = QStaticText(note);
    m_note.setTextFormat(Qt::PlainText);
    update();
}

void SaturationBands::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_bands.isEmpty() && !m_note.text().isEmpty() && !m_plot.isEmpty()) {
        const QFontMetricsF fm(m_font);
        painter->setFont(m_font);
        painter->setPen(m_text);
        m_note.prepare(QTransform(), m_font);
        painter->drawStaticText(QPointF(m_plot.right() - m_note.size().width(), m_plot.top() - fm.height() * 1.3),
                                m_note);
        return;
    }
    if (m_bands.isEmpty() || m_plot.isEmpty())
        return;
    const double scale = m_plot.width() / (m_xMax - m_xMin);
    painter->save();
    painter->setPen(Qt::NoPen);
    {
        DevicePixelPainter pixels(painter); // full-height fills, a few rows at a time
        for (const Band &b : m_bands) {
            const double l = std::max(m_plot.left(), m_plot.left() + (b.lo - m_xMin) * scale);
            const double r = std::min(m_plot.right(), m_plot.left() + (b.hi - m_xMin) * scale);
            if (r <= l)
                continue;
            const QRectF rect(QPointF(l, m_plot.top()), QPointF(r, m_plot.bottom()));
            pixels.fillRect(rect, fillColor(b.color));
            if (b.dead)
                pixels.fillRect(rect, hatchBrush(b.color));
        }
    }
    paintCaption(painter);
    painter->restore();
}

qreal SaturationBands::captionWidth() const
{
    if (!m_note.text().isEmpty())
        return m_note.size().width();
    // Only the kinds on the plot: each entry is a swatch, its text and a gap.
    const bool anyDead = std::any_of(m_bands.cbegin(), m_bands.cend(), [](const Band &b) { return b.dead; });
    const bool anySaturated = std::any_of(m_bands.cbegin(), m_bands.cend(), [](const Band &b) { return !b.dead; });
    if (!isVisible() || !(anyDead || anySaturated))
        return 0.0;
    const QFontMetricsF fm(m_font);
    const qreal box = fm.height() * 0.9;
    const qreal gap = fm.height() * 0.5;
    qreal width = -gap * 2;
    if (anySaturated)
        width += box + gap / 2 + m_saturatedText.size().width() + gap * 2;
    if (anyDead)
        width += box + gap / 2 + m_deadText.size().width() + gap * 2;
    return width;
}

void SaturationBands::paintCaption(QPainter *painter) const
{
    const bool anyDead = std::any_of(m_bands.cbegin(), m_bands.cend(), [](const Band &b) { return b.dead; });
    const bool anySaturated = std::any_of(m_bands.cbegin(), m_bands.cend(), [](const Band &b) { return !b.dead; });
    const QFontMetricsF fm(m_font);
    const qreal box = fm.height() * 0.9;
    const qreal gap = fm.height() * 0.5;
    qreal x = m_plot.right() - captionWidth();
    // Bands of one function: the caption's swatches take its colour; of several: neutral grey.
    QColor swatchColor = m_bands.first().color;
    for (const Band &b : m_bands)
        if (b.color != swatchColor)
            swatchColor = kCaptionSwatch;
    const qreal y = m_plot.top() - fm.height() * 1.3;
    painter->setFont(m_font);
    auto drawEntry = [&](const QStaticText &text, bool hatched) {
        const QRectF swatch(x, y + (fm.height() - box) / 2, box, box);
        painter->fillRect(swatch, fillColor(swatchColor));
        if (hatched)
            painter->fillRect(swatch, hatchBrush(swatchColor));
        painter->setPen(QPen(swatchColor, 1));
        painter->drawRect(swatch);
        x += box + gap / 2;
        painter->setPen(m_text);
        painter->drawStaticText(QPointF(x, y + (fm.height() - text.size().height()) / 2), text);
        x += text.size().width() + gap * 2;
    };
    if (anySaturated)
        drawEntry(m_saturatedText, false);
    if (anyDead)
        drawEntry(m_deadText, true);
}
