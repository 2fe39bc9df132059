// SPDX-License-Identifier: MIT
#include "teaching/teachingfigure.h"

#include "chart/charttitle.h"
#include "registry.h"
#include "state/appstate.h"
#include "teaching/binarylosschart.h"
#include "teaching/comparechart.h"
#include "teaching/crossentropychart.h"
#include "teaching/depthactivationchart.h"
#include "teaching/depthboundchart.h"
#include "teaching/depthgradientchart.h"
#include "teaching/depthrunner.h"
#include "teaching/gatedchart.h"
#include "teaching/likelihoodchart.h"
#include "teaching/normchart.h"
#include "teaching/trainingfigure.h"
#include "text/coretext.h"
#include "text/inputtext.h"
#include "text/readouttext.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextOption>

namespace {

void place(QGraphicsScene &scene, StyledChart *chart, const ChartStyle &style, const QRectF &rect)
{
    chart->setStyle(style);
    scene.addItem(chart);
    chart->setGeometry(rect);
    chart->activateLayout();
}

// The figure's title above everything, leaving the rest of `rect` for the charts.
QRectF addTitle(QGraphicsScene &scene, const QString &title, const ChartStyle &style, const QRectF &rect)
{
    if (title.isEmpty())
        return rect;
    auto *item = new QGraphicsTextItem;
    item->setFont(style.titleFont);
    item->setDefaultTextColor(style.foreground);
    // A title wider than the figure wraps to a second line (and no further), each centred.
    const qreal margins = 2 * item->document()->documentMargin();
    item->setHtml(chartTitleHtml(title, style.titleFont, rect.width() - margins));
    item->setTextWidth(rect.width());
    QTextOption centred = item->document()->defaultTextOption();
    centred.setAlignment(Qt::AlignHCenter);
    item->document()->setDefaultTextOption(centred);
    item->setPos(rect.topLeft());
    scene.addItem(item);
    return rect.adjusted(0, item->boundingRect().height(), 0, 0);
}

QString buildDepth(AppState &state, const ChartStyle &figureStyle, QGraphicsScene &scene, const QRectF &r)
{
    const ChartStyle style = ChartStyle::forPanel(figureStyle);
    const QString id = state.currentFunction();
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    if (!a)
        return TeachingFigure::tr("no function to simulate");
    const auto layers = DepthRunner::compute({id, state.params(id), state.depthConfig()});
    if (!layers)
        return QString::fromStdString(layers.error());
    // Left: the bound over the statistics; right: the simulation's gradients over its activations.
    const qreal w = r.width() / 2;
    const qreal h = r.height() / 2;
    const qreal boundHeight = r.height() * 0.58;
    auto *bound = new DepthBoundChart(&state);
    place(scene, bound, style, QRectF(r.left(), r.top(), w, boundHeight));
    auto *gradient = new DepthGradientChart;
    gradient->setLayers(layers.value());
    place(scene, gradient, style, QRectF(r.left() + w, r.top(), w, h));
    auto *activation = new DepthActivationChart;
    activation->setLayers(layers.value());
    place(scene, activation, style, QRectF(r.left() + w, r.top() + h, w, h));
    const actviz::DepthConfig &c = state.depthConfig();
    const QString name = CoreText::name(*a).toHtmlEscaped();
    const QString network =
        TeachingFigure::tr("<p><b>Simulated network</b>: %1, %2 units × %3 layers, %4 initialisation, gain %5, "
                           "seed %6, batch %7 of N(0, 1) inputs.</p>")
            .arg(name)
            .arg(c.width)
            .arg(c.depth)
            .arg(c.init == actviz::WeightInit::He ? TeachingFigure::tr("He") : TeachingFigure::tr("Xavier"))
            .arg(c.gain, 0, 'g', 3)
            .arg(c.seed)
            .arg(c.batch);
    auto *stats = new QGraphicsTextItem;
    stats->setFont(style.font);
    stats->setDefaultTextColor(style.foreground);
    stats->setHtml(network +
                   ReadoutText::activationStatsHtml(id, state.params(id), state.statsSigma(), state.epsilon()));
    const qreal margin = QFontMetricsF(style.font).height();
    stats->setTextWidth(w - 2 * margin);
    stats->setPos(r.left() + margin, r.top() + boundHeight + margin / 2);
    // The table shrinks to the room left under the bound (a caption may have taken some).
    QFont font = style.font;
    while (stats->boundingRect().height() > r.bottom() - stats->y() && font.pixelSize() > 8) {
        font.setPixelSize(font.pixelSize() - 1);
        stats->setFont(font);
    }
    scene.addItem(stats);
    return {};
}

QString buildLoss(AppState &state, const ChartStyle &figureStyle, QGraphicsScene &scene, const QRectF &r)
{
    const ChartStyle style = ChartStyle::forPanel(figureStyle);
    Eigen::VectorXd z;
    const QString error = InputText::vectorError(state.softmaxInput(), &z);
    if (!error.isEmpty())
        return error;
    const qreal w = r.width() / 2;
    const qreal h = r.height() / 2;
    place(scene, new BinaryLossChart(&state, BinaryLossChart::Quantity::Loss), style, QRectF(r.left(), r.top(), w, h));
    place(scene, new BinaryLossChart(&state, BinaryLossChart::Quantity::Gradient), style,
          QRectF(r.left(), r.top() + h, w, h));
    place(scene, new CrossEntropyChart(&state), style, QRectF(r.left() + w, r.top(), w, r.height()));
    return {};
}

QString buildLikelihood(AppState &state, const ChartStyle &style, QGraphicsScene &scene, const QRectF &r)
{
    actviz::BernoulliCounts counts;
    const QString error = InputText::outcomesError(state.outcomes(), &counts);
    if (!error.isEmpty())
        return error;
    auto *chart = new LikelihoodChart;
    place(scene, chart, style, r);
    chart->setCounts(counts);
    chart->setProbe(state.likelihoodP());
    return {};
}

// The three maps side by side and, under them, what the hatching means.
QString buildGated(AppState &state, const ChartStyle &figureStyle, QGraphicsScene &scene, const QRectF &r)
{
    const ChartStyle style = ChartStyle::forPanel(figureStyle);
    auto *legend = new QGraphicsTextItem;
    legend->setFont(style.font);
    legend->setDefaultTextColor(style.foreground);
    legend->setHtml(GatedText::legendHtml(state.epsilon()));
    legend->setTextWidth(r.width());
    const qreal legendHeight = legend->boundingRect().height();
    legend->setPos(r.left(), r.bottom() - legendHeight);
    scene.addItem(legend);
    const qreal w = r.width() / 3;
    const GatedText::Quantity quantities[] = {GatedText::Quantity::Value, GatedText::Quantity::DfDa,
                                              GatedText::Quantity::DfDb};
    for (int i = 0; i < 3; ++i)
        place(scene, new GatedChart(&state, quantities[i]), style,
              QRectF(r.left() + i * w, r.top(), w, r.height() - legendHeight));
    return {};
}

} // namespace

bool TeachingFigure::handles(ViewId view)
{
    return view == ViewId::Depth || view == ViewId::Compare || view == ViewId::Loss || view == ViewId::Likelihood ||
           view == ViewId::Training || view == ViewId::Gated || view == ViewId::Norm;
}

QString TeachingFigure::build(AppState &state, ViewId view, const ChartStyle &style, QGraphicsScene &scene,
                              const QRectF &rect, const QString &title)
{
    const QRectF r = addTitle(scene, title, style, rect);
    switch (view) {
    case ViewId::Depth:
        return buildDepth(state, style, scene, r);
    case ViewId::Compare:
        place(scene, new CompareChart(&state), style, r);
        return {};
    case ViewId::Loss:
        return buildLoss(state, style, scene, r);
    case ViewId::Likelihood:
        return buildLikelihood(state, style, scene, r);
    case ViewId::Training:
        return TrainingFigure::build(state, style, scene, r);
    case ViewId::Gated:
        return buildGated(state, style, scene, r);
    case ViewId::Norm:
        place(scene, new NormChart(&state), style, r);
        return {};
    case ViewId::Functions:
    case ViewId::Softmax:
        break;
    }
    return tr("this view is drawn by the exporter itself");
}
