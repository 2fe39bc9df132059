// SPDX-License-Identifier: MIT
#include "naivesoftmaxpanel.h"

#include "appstate.h"
#include "naivebands.h"
#include "naivecontrols.h"
#include "naivenumerics.h"
#include "softmaxview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString value(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(v, 'g', 6);
}

} // namespace

NaiveSoftmaxPanel::NaiveSoftmaxPanel(AppState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_controls(new NaiveControls(state, this))
    , m_table(new QLabel(this))
{
    m_table->setTextFormat(Qt::RichText);
    m_table->setWordWrap(true);
    m_table->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_controls);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_table);
    connect(state, &AppState::naiveChanged, this, &NaiveSoftmaxPanel::refresh);
    connect(state, &AppState::softmaxChanged, this, &NaiveSoftmaxPanel::refresh);
    refresh();
}

QString NaiveSoftmaxPanel::comparisonHtml(const QString &vectorText, bool float32)
{
    Eigen::VectorXd z;
    if (!SoftmaxView::parseError(vectorText, &z).isEmpty())
        return {};
    const auto precision = float32 ? actviz::Precision::Float32 : actviz::Precision::Float64;
    const auto r = actviz::naiveSoftmax(z, precision);
    if (!r)
        return {};
    const actviz::NaiveSoftmax &s = r.value();
    const QString name = float32 ? tr("float32") : tr("float64");
    int failing = 0;
    for (const actviz::NaiveStatus st : s.status)
        failing += st != actviz::NaiveStatus::Ok ? 1 : 0;
    QString html = tr("<b>Naive softmax</b> e<sup>z<sub>i</sub></sup> / Σ e<sup>z<sub>j</sub></sup> in %1, "
                      "without subtracting max z (temperature 1): %2 of %3 entries wrong")
                       .arg(name)
                       .arg(failing)
                       .arg(z.size());
    if (z.size() > kMaxListed)
        return html;
    QString rows;
    for (Eigen::Index i = 0; i < z.size(); ++i) {
        const actviz::NaiveStatus st = s.status[static_cast<size_t>(i)];
        // The naive value in the colour of its failure; the failure named unless the value says it.
        QString naive = value(s.naive[i]);
        if (st != actviz::NaiveStatus::Ok) {
            if (st != actviz::NaiveStatus::NaN)
                naive += QStringLiteral(" (%1)").arg(NaiveBands::statusName(st));
            naive = QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                        .arg(NaiveBands::statusColor(st).darker(130).name(), naive);
        }
        rows += tr("<tr><td>z%1 = %2</td><td style='padding-left:16px'>stable: %3</td>"
                   "<td style='padding-left:16px'>naive: %4</td></tr>")
                    .arg(i + 1)
                    .arg(value(z[i]), value(s.stable[i]), naive);
    }
    return html + QStringLiteral("<table>%1</table>").arg(rows);
}

void NaiveSoftmaxPanel::refresh()
{
    const bool on = m_state->naiveOverlay();
    m_table->setVisible(on);
    if (!on)
        return;
    const QString html = comparisonHtml(m_state->softmaxInput(), m_state->naivePrecision() == actviz::Precision::Float32);
    m_table->setText(html.isEmpty() ? tr("The naive softmax needs a valid vector.") : html);
}
