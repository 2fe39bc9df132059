// SPDX-License-Identifier: MIT
#include "widgets/languagemenu.h"

#include "text/language.h"

#include <QActionGroup>
#include <QSettings>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (const QString &code : Language::supported()) {
        QAction *action = addAction(Language::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == Language::instance()->current());
        action->setData(code);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [](QAction *action) {
        const QString code = action->data().toString();
        QSettings settings;
        Language::remember(settings, code);
        // Queued: the switch rebuilds the window this menu belongs to.
        QMetaObject::invokeMethod(
            Language::instance(), [code] { Language::instance()->setCurrent(code); }, Qt::QueuedConnection);
    });
}
