// SPDX-License-Identifier: MIT
#include "widgets/labelledgroup.h"

#include <QHBoxLayout>
#include <QLabel>

QWidget *labelledGroup(QWidget *parent, const QString &label, std::initializer_list<QWidget *> widgets)
{
    auto *group = new QWidget(parent);
    auto *row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    auto *name = new QLabel(label, group);
    if (widgets.size() > 0)
        name->setBuddy(*widgets.begin());
    row->addWidget(name);
    for (QWidget *w : widgets)
        row->addWidget(w);
    return group;
}
