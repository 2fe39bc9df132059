// SPDX-License-Identifier: MIT
// LanguageMenu: View → Language, one checkable entry per shipped language, each named in its own
// language. Choosing one switches the interface at once (Language, then WindowHost rebuilds the
// window) and remembers the choice for the next start.
#pragma once

#include <QMenu>

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);
};
