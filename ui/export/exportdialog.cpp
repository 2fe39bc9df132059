// SPDX-License-Identifier: MIT
#include "export/exportdialog.h"

#include "widgets/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

ExportDialog::ExportDialog(ExportRequest::View view, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpr(new QComboBox(this))
    , m_background(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_caption(new QCheckBox(tr("&Print the notes under the figure"), this))
    , m_problem(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    switch (view) {
    case ViewId::Functions:
        setWindowTitle(tr("Export plot"));
        break;
    case ViewId::Softmax:
        setWindowTitle(tr("Export softmax view"));
        break;
    case ViewId::Depth:
        setWindowTitle(tr("Export depth view"));
        break;
    case ViewId::Compare:
        setWindowTitle(tr("Export comparison"));
        break;
    case ViewId::Loss:
        setWindowTitle(tr("Export loss view"));
        break;
    case ViewId::Likelihood:
        setWindowTitle(tr("Export likelihood view"));
        break;
    case ViewId::Training:
        setWindowTitle(tr("Export training view"));
        break;
    case ViewId::Gated:
        setWindowTitle(tr("Export gated units"));
        break;
    case ViewId::Norm:
        setWindowTitle(tr("Export LayerNorm vs DyT"));
        break;
    }
    m_caption->setToolTip(tr("The teaching note of the view: the current function's formula, ranges, pros, cons "
                             "and use, or the view's read-out"));
    const ExportRequest defaults;
    m_width->setRange(ExportRequest::kMinWidth, ExportRequest::kMaxSide);
    m_height->setRange(ExportRequest::kMinHeight, ExportRequest::kMaxSide);
    for (QSpinBox *box : {m_width, m_height})
        box->setSuffix(tr(" px"));
    m_width->setValue(defaults.size.width());
    m_height->setValue(defaults.size.height());
    m_dpr->addItem(tr("1×"), 1.0);
    m_dpr->addItem(tr("2× (high DPI)"), 2.0);
    m_dpr->addItem(tr("3×"), 3.0);
    m_background->addItem(tr("White"), false);
    m_background->addItem(tr("Transparent"), true);
    m_title->setPlaceholderText(tr("optional, printed above the figure"));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() *
                            48); // a typical path, not its last 20 characters
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(m_height);
    auto *form = new QFormLayout(this);
    // A row of several widgets has no buddy of its own: without one, the label shows its "&".
    auto *pathLabel = new QLabel(tr("&File (.png, .svg, .pdf):"), this);
    pathLabel->setBuddy(m_path);
    auto *sizeLabel = new QLabel(tr("&Size (width × height):"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(pathLabel, pathRow);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("&Pixel ratio:"), m_dpr);
    form->addRow(tr("&Background:"), m_background);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Caption:"), m_caption);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::validate);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::validate);
    connect(m_dpr, &QComboBox::currentIndexChanged, this, &ExportDialog::validate);
    connect(m_caption, &QCheckBox::toggled, this, &ExportDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), m_path->text(), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::validate()
{
    const bool pathOk = Exporter::isSupportedPath(m_path->text());
    m_path->setToolTip(pathOk ? QString() : tr("The file name must end in .png, .svg or .pdf"));
    const QString sizeError = request().sizeError();
    const QString problem = !sizeError.isEmpty() ? sizeError : m_path->toolTip();
    m_problem->setText(problem.isEmpty() ? problem : problem.front().toUpper() + problem.mid(1));
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.path = m_path->text();
    r.view = m_view;
    r.size = QSize(m_width->value(), m_height->value());
    r.devicePixelRatio = m_dpr->currentData().toDouble();
    r.transparent = m_background->currentData().toBool();
    r.title = m_title->text();
    r.caption = m_caption->isChecked();
    return r;
}
