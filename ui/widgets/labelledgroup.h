// SPDX-License-Identifier: MIT
// labelledGroup: a label (the buddy of the first widget) and the widgets beside it, as one group
// of a flowing row of controls (FlowLayout): the group wraps to the next row as a whole.
#pragma once

#include <initializer_list>

class QString;
class QWidget;

[[nodiscard]] QWidget *labelledGroup(QWidget *parent, const QString &label, std::initializer_list<QWidget *> widgets);
