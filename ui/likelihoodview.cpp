// SPDX-License-Identifier: MIT
#include "likelihoodview.h"

#include "appstate.h"
#include "chartstyle.h"
#include "likelihoodchart.h"
#include "softmaxview.h"
#include "valueslider.h"

#include <QChartView>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace {

// A probability that may be far below the smallest double: written from its logarithm.
QString fromLog(double value, double logValue)
{
    if (value > 0 || !std::isfinite(logValue))
        return QString::number(value, 'g', 10);
    const double decimal = logValue / std::log(10.0);
    const double exponent = std::floor(decimal);
    return QStringLiteral("%1·10<sup>%2</sup>")
        .arg(QString::number(std::pow(10.0, decimal - exponent), 'f', 4))
        .arg(static_cast<qint64>(exponent));
}

} // namespace

LikelihoodView::LikelihoodView(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_input(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_p(new ValueSlider(this))
    , m_readout(new QLabel(this))
    , m_chart(new LikelihoodChart)
    , m_view(new QChartView(m_chart, this))
{
    m_input->setPlaceholderText(tr("outcomes, e.g. 1,0,1,0,0,0,1,0,0,0"));
    m_input->setToolTip(tr("1 for a success, 0 for a failure, separated by commas or spaces"));
    m_input->setAccessibleName(tr("Outcomes"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xC0, 0x30, 0x00));
    m_error->setPalette(errorPalette);
    m_error->setWordWrap(true);
    m_error->hide();
    m_p->setLabel(tr("&Probability p to read out"));
    m_p->setRange(0.0, 1.0, false);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(420, 260);

    auto *form = new QFormLayout;
    auto *inputLabel = new QLabel(tr("&Outcomes:"), this);
    inputLabel->setBuddy(m_input);
    form->addRow(inputLabel, m_input);
    form->addRow(QString(), m_error);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_p);
    layout->addWidget(m_readout);
    layout->addWidget(m_view, 1);

    connect(m_input, &QLineEdit::textEdited, state, &AppState::setOutcomes);
    connect(m_p, &ValueSlider::valueChanged, state, &AppState::setLikelihoodP);
    connect(state, &AppState::likelihoodChanged, this, &LikelihoodView::syncFromState);
    syncFromState();
}

QString LikelihoodView::parseError(const QString &text, actviz::BernoulliCounts *counts)
{
    const QByteArray utf8 = text.toUtf8();
    const auto r = actviz::parseOutcomes(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    if (r) {
        if (counts)
            *counts = r.value();
        return {};
    }
    const actviz::OutcomeError &e = r.error();
    Eigen::VectorXd values;
    const QString syntax = SoftmaxView::parseError(text, &values);
    if (syntax.isEmpty() && e.entry >= 1 && static_cast<Eigen::Index>(e.entry) <= values.size())
        return tr("Entry %1 (%2) is not 0 or 1: an outcome is 1 (success) or 0 (failure).")
            .arg(e.entry)
            .arg(QString::number(values[static_cast<Eigen::Index>(e.entry) - 1], 'g', 6));
    // A token that is no number at all (or nan, inf): name it as typed.
    if (e.entry >= 1 && e.length > 0)
        return tr("Entry %1 (“%2”) is not 0 or 1: an outcome is 1 (success) or 0 (failure).")
            .arg(e.entry)
            .arg(QString::fromUtf8(utf8.mid(static_cast<qsizetype>(e.offset), static_cast<qsizetype>(e.length))));
    return syntax.isEmpty() ? QString::fromStdString(e.message) : syntax;
}

QString LikelihoodView::readoutHtml(const actviz::BernoulliCounts &counts, double p)
{
    const double logL = actviz::logLikelihood(counts, p);
    const double logB = actviz::logBinomialProbability(counts, p);
    const qint64 n = counts.trials;
    const qint64 k = counts.successes;
    return tr("n = %1 trials, k = %2 successes, maximum at p = k/n = <b>%3</b><br>"
              "At p = <b>%4</b>: L(p) = p<sup>%2</sup>(1 − p)<sup>%5</sup> = <b>%6</b> · ln L(p) = <b>%7</b> · "
              "P(%2 successes in %1 trials) = C(%1, %2)·L(p) = <b>%8</b>")
        .arg(n)
        .arg(k)
        .arg(QString::number(actviz::maximumLikelihood(counts), 'g', 10))
        .arg(QString::number(p, 'g', 6))
        .arg(n - k)
        .arg(fromLog(actviz::likelihood(counts, p), logL))
        .arg(QString::number(logL, 'g', 10))
        .arg(fromLog(actviz::binomialProbability(counts, p), logB));
}

void LikelihoodView::syncFromState()
{
    if (m_input->text() != m_state->outcomes())
        m_input->setText(m_state->outcomes());
    m_p->setValue(m_state->likelihoodP());
    actviz::BernoulliCounts counts;
    const QString error = parseError(m_state->outcomes(), &counts);
    if (!error.isEmpty()) {
        // Keep the last valid chart: a half-typed list must not blank the figure.
        m_error->setText(tr("⚠ %1 The chart still shows the last valid outcomes.").arg(error));
        m_error->show();
    } else {
        m_error->hide();
        if (counts != m_chart->counts())
            m_chart->setCounts(counts);
    }
    m_chart->setProbe(m_state->likelihoodP());
    m_readout->setText(readoutHtml(m_chart->counts(), m_state->likelihoodP()));
}

void LikelihoodView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_chart->setStyle(ChartStyle::forScreen());
}
