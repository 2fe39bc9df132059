// SPDX-License-Identifier: MIT
#include "teaching/trainingfigure.h"

#include "registry.h"
#include "state/appstate.h"
#include "teaching/trainingcharts.h"
#include "teaching/trainingpainter.h"
#include "teaching/trainingsession.h"
#include "text/coretext.h"

#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QJsonDocument>
#include <QPainter>

#include <optional>

namespace {

// An export trains at most this many steps (6 hidden layers of 16 units at full batch on 2000
// points stay under a few seconds).
constexpr long long kMaxExportSteps = 200000;

class BoundaryItem : public QGraphicsItem
{
public:
    BoundaryItem(TrainingSnapshot snapshot, const QRectF &rect, const ChartStyle &style)
        : m_snapshot(std::move(snapshot))
        , m_rect(rect)
        , m_style(style)
    {}
    [[nodiscard]] QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        TrainingPainter::paint(*painter, m_rect, m_snapshot, m_style.font, m_style.foreground);
    }

private:
    TrainingSnapshot m_snapshot;
    QRectF m_rect;
    ChartStyle m_style;
};

// The state's run trained to the end, or why not; the caption and the figure share one run.
std::optional<TrainingSnapshot> trained(const AppState &state, QString *error)
{
    static QByteArray lastKey;
    static std::optional<TrainingSnapshot> last;
    const QString id = state.currentFunction();
    const actviz::Params p = state.params(id);
    // The formula too: custom1 retyped is another function under the same id.
    const QByteArray key = QJsonDocument(state.trainingSetup().toJson()).toJson(QJsonDocument::Compact) + id.toUtf8() +
                           '\n' + state.customFormula(id).toUtf8() + '\n' + QByteArray::number(p.alpha, 'g', 17) +
                           QByteArray::number(p.beta, 'g', 17) + QByteArray::number(state.epsilon(), 'g', 17);
    if (key == lastKey && last)
        return last;
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    if (!a) {
        *error = TrainingFigure::tr("no function is selected for the network");
        return std::nullopt;
    }
    std::string why;
    auto session = TrainingSession::create(state.trainingSetup(), *a, p, state.epsilon(), &why);
    if (!session) {
        *error = TrainingFigure::tr("this network cannot train: %1").arg(QString::fromStdString(why));
        return std::nullopt;
    }
    session->run(std::min(kMaxExportSteps, state.trainingSetup().epochs * session->stepsPerEpoch()));
    lastKey = key;
    last = session->snapshot();
    return last;
}

} // namespace

QString TrainingFigure::build(const AppState &state, const ChartStyle &figureStyle, QGraphicsScene &scene,
                              const QRectF &rect)
{
    const ChartStyle style = ChartStyle::forPanel(figureStyle);
    QString error;
    const auto snapshot = trained(state, &error);
    if (!snapshot)
        return error;
    const qreal side = std::min(rect.height(), rect.width() * 0.5);
    scene.addItem(new BoundaryItem(*snapshot, QRectF(rect.topLeft(), QSizeF(side, side)), style));
    const QRectF right(rect.left() + side + 12, rect.top(), rect.width() - side - 12, rect.height());
    auto *loss = new TrainingLossChart;
    auto *gradient = new TrainingGradientChart;
    const QRectF halves[] = {QRectF(right.topLeft(), QSizeF(right.width(), right.height() / 2)),
                             QRectF(right.left(), right.top() + right.height() / 2, right.width(), right.height() / 2)};
    // The series first (the gradient chart makes one per layer), then the style, then the place.
    loss->setSnapshot(*snapshot);
    gradient->setSnapshot(*snapshot);
    int i = 0;
    for (StyledChart *chart : {static_cast<StyledChart *>(loss), static_cast<StyledChart *>(gradient)}) {
        chart->setStyle(style);
        scene.addItem(chart);
        chart->setGeometry(halves[i++]);
        chart->activateLayout();
    }
    return {};
}

QString TrainingFigure::captionHtml(const AppState &state)
{
    QString error;
    const auto snapshot = trained(state, &error);
    if (!snapshot)
        return {};
    const actviz::Activation *a = actviz::findActivation(state.currentFunction().toStdString());
    QStringList layers;
    for (const int units : state.trainingSetup().net.hidden)
        layers.append(QString::number(units));
    const QString layerText = layers.join(QStringLiteral(", "));
    const QString name = a ? CoreText::name(*a).toHtmlEscaped() : QString();
    const auto seed = static_cast<qint64>(state.trainingSetup().data.seed);
    // An export stops at kMaxExportSteps: then the caption says how far it got.
    const QString head =
        snapshot->epoch < static_cast<double>(state.trainingSetup().epochs)
            ? tr("Hidden layers [%1] of %2, trained for %3 of the %4 epochs asked (an export stops at %5 steps) "
                 "from seed %6. ")
                  .arg(layerText, name)
                  .arg(snapshot->epoch, 0, 'f', 1)
                  .arg(state.trainingSetup().epochs)
                  .arg(kMaxExportSteps)
                  .arg(seed)
            : tr("Hidden layers [%1] of %2, trained for %3 epochs from seed %4. ")
                  .arg(layerText, name)
                  .arg(state.trainingSetup().epochs)
                  .arg(seed);
    return head + TrainingPainter::layerTableHtml(*snapshot, state.epsilon());
}
