// SPDX-License-Identifier: MIT
#include "widgets/errorlabel.h"

#include <QLabel>

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xC0, 0x30, 0x00));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->hide();
    return label;
}
