// SPDX-License-Identifier: MIT
#include "export/figurecaption.h"

#include "state/appstate.h"
#include "teaching/trainingfigure.h"
#include "text/gatedtext.h"
#include "text/inputtext.h"
#include "text/normtext.h"
#include "text/notestext.h"
#include "text/pautext.h"
#include "text/readouttext.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTextDocument>

#include <algorithm>

namespace {

// Margins of the caption, in multiples of the font height.
constexpr qreal kSideMargin = 1.0;
constexpr qreal kGap = 0.4;

QString twoColumns(const QString &left, const QString &right)
{
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='40%' valign='top'>%1</td>"
                          "<td width='60%' valign='top' style='padding-left:24px'>%2</td></tr></table>")
        .arg(left, right);
}

// The map's definition, and what was done around it (top-k, top-p, Gumbel noise, a second map).
QString softmaxCaption(const SoftmaxMapping &m)
{
    auto definition = [](actviz::ProbMap map) {
        switch (map) {
        case actviz::ProbMap::Sparsemax:
            return FigureCaption::tr("sparsemax(z/T) = [z<sub>i</sub>/T − τ]<sub>+</sub> with Σ = 1, the Euclidean "
                                     "projection onto the probability simplex: exact zeros outside its support "
                                     "(Martins and Astudillo 2016).");
        case actviz::ProbMap::Entmax15:
            return FigureCaption::tr("1.5-entmax(z/T) = [z<sub>i</sub>/(2T) − τ]<sub>+</sub><sup>2</sup> with Σ = 1: "
                                     "sparse like sparsemax, smooth inside its support (Peters, Niculae and Martins "
                                     "2019).");
        case actviz::ProbMap::Softmax1:
            return FigureCaption::tr("softmax₁(z/T)<sub>i</sub> = e<sup>z<sub>i</sub>/T</sup> / (1 + Σ<sub>j</sub> "
                                     "e<sup>z<sub>j</sub>/T</sup>): the probabilities may sum to less than 1 (Miller "
                                     "2023).");
        case actviz::ProbMap::Softmax:
            break;
        }
        return FigureCaption::tr("softmax(z/T)<sub>i</sub> = e<sup>z<sub>i</sub>/T</sup> / Σ<sub>j</sub> "
                                 "e<sup>z<sub>j</sub>/T</sup>, computed with max z subtracted first so that no "
                                 "exponential overflows.");
    };
    QString text = definition(m.map);
    if (m.compare)
        text +=
            QLatin1Char(' ') + FigureCaption::tr("Beside it, in green:") + QLatin1Char(' ') + definition(*m.compare);
    if (m.topK > 0)
        text += QLatin1Char(' ') + FigureCaption::tr("Only the %1 largest logits take part.").arg(m.topK);
    if (m.topP < 1.0)
        text += QLatin1Char(' ') +
                FigureCaption::tr("Top-p %1: the most probable entries until they hold %1, renormalised.").arg(m.topP);
    if (m.gumbelSeed >= 0)
        text += QLatin1Char(' ') +
                FigureCaption::tr("Gumbel-softmax: Gumbel noise from seed %1 added to z.").arg(m.gumbelSeed);
    return text;
}

QString viewNote(const AppState &state, ViewId view)
{
    switch (view) {
    case ViewId::Functions:
    case ViewId::Depth: {
        QString header = NotesText::headerHtml(state.currentFunction());
        if (header.isEmpty())
            return {};
        // PAU's coefficients are its parameters: the figure says which ones it shows.
        if (state.currentFunction() == QLatin1String("pau"))
            header += QStringLiteral("<br>") + FigureCaption::tr("Coefficients a0 … a5: %1; b1 … b4: %2")
                                                   .arg(PauText::numeratorText(state.pauCoefficients()),
                                                        PauText::denominatorText(state.pauCoefficients()));
        return twoColumns(header, NotesText::discussionHtml(state.currentFunction()));
    }
    case ViewId::Compare:
        return twoColumns(NotesText::headerHtml(state.compareF()), NotesText::headerHtml(state.compareG()));
    case ViewId::Loss:
        return FigureCaption::tr(
            "For a sigmoid output p = σ(z), binary cross-entropy −[y ln p + (1 − y) ln(1 − p)] has the gradient "
            "p − y with respect to the logit: a confidently wrong prediction is corrected at full strength. The "
            "squared error’s gradient 2(p − y)·p(1 − p) carries the sigmoid’s slope p(1 − p), which vanishes exactly "
            "there. For a softmax output, cross-entropy −ln s<sub>k</sub> has the gradient s − onehot(k).");
    case ViewId::Likelihood: {
        actviz::BernoulliCounts counts;
        if (!InputText::outcomesError(state.outcomes(), &counts).isEmpty())
            return {};
        return ReadoutText::likelihoodHtml(counts, state.likelihoodP());
    }
    case ViewId::Training:
        return TrainingFigure::captionHtml(state);
    case ViewId::Softmax:
        return softmaxCaption(state.softmaxMapping());
    case ViewId::Gated:
        return GatedText::noteHtml(state.gatedSetup().gatedUnit());
    case ViewId::Norm: {
        // The residual of the figure's α, γ and the fit first, then why the S appears.
        const NormSetup &s = state.normSetup();
        const NormData d = NormData::of(s);
        return QStringLiteral("<p>%1</p>%2")
            .arg(NormText::readoutHtml(d.residualRms(s), d.fit.residualRms, d.fit.alpha, d.fit.gamma, d.fit.outputRms),
                 NormText::noteHtml(s.outliers));
    }
    }
    return {};
}

} // namespace

QString FigureCaption::html(const AppState &state, ViewId view, bool caption)
{
    QStringList parts;
    if (view == ViewId::Softmax && state.naiveOverlay()) {
        const QString naive = ReadoutText::naiveSoftmaxHtml(state.softmaxInput(), state.naivePrecision());
        if (!naive.isEmpty())
            parts.append(naive);
    }
    if (caption) {
        const QString note = viewNote(state, view);
        if (!note.isEmpty())
            parts.append(note);
    }
    return parts.join(QStringLiteral("<br>"));
}

qreal FigureCaption::addTo(QGraphicsScene &scene, const QString &html, const QRectF &figure, const QFont &font,
                           const QColor &color, qreal maxShare)
{
    if (html.isEmpty())
        return 0.0;
    const qreal line = QFontMetricsF(font).height();
    auto *item = new QGraphicsTextItem;
    item->setFont(font);
    item->setDefaultTextColor(color);
    item->setHtml(html);
    item->setTextWidth(figure.width() - 2 * kSideMargin * line);
    // A long note in a small figure: shrink the font until it fits its share of the height.
    // Smaller than the tick labels: a caption is read up close, the axes from the back of the room.
    QFont f = font;
    if (f.pixelSize() > 0) {
        f.setPixelSize(std::max(9, f.pixelSize() * 3 / 4));
        item->setFont(f);
    }
    while (item->boundingRect().height() > maxShare * figure.height() && f.pixelSize() > 8) {
        f.setPixelSize(f.pixelSize() - 1);
        item->setFont(f);
    }
    const qreal height = item->boundingRect().height() + kGap * line;
    item->setPos(figure.left() + kSideMargin * line, figure.bottom() - height);
    scene.addItem(item);
    return height;
}
