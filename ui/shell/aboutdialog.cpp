// SPDX-License-Identifier: MIT
#include "shell/aboutdialog.h"

#include "registry.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About actviz"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(false);
    text->setText(tr("<h2>actviz %1</h2>"
                     "<p>Plots %2 neural-network activation functions and their derivatives, shades "
                     "where their gradient vanishes, and shows softmax with temperature — for teaching.</p>"
                     "<p>Numerics in double precision with stable formulas (core library, Eigen %3.%4.%5); "
                     "drawing with Qt %6 Widgets and Qt Charts. Colours: the Okabe–Ito colour-blind-safe palette.</p>"
                     "<p>Licensed under the MIT licence.</p>")
                      .arg(QStringLiteral(ACTVIZ_VERSION))
                      .arg(actviz::registry().size())
                      .arg(EIGEN_WORLD_VERSION)
                      .arg(EIGEN_MAJOR_VERSION)
                      .arg(EIGEN_MINOR_VERSION)
                      .arg(QString::fromLatin1(qVersion())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(460, 260);
}
