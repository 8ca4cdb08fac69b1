// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "i18n/interfacelanguage.h"

#include <QActionGroup>
#include <QLocale>

namespace Lectern {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    auto *group = new QActionGroup(this);
    const QString chosen = InterfaceLanguage::chosen();
    QAction *system = addAction(tr("Follow the &System"));
    system->setData(QString());
    group->addAction(system);
    addSeparator();
    for (const QString &language : InterfaceLanguage::available()) {
        const QLocale locale(language);
        // Each language is named in itself, so that a user lost in a foreign
        // interface still finds their own.
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        QAction *action = addAction(name);
        action->setData(language);
        group->addAction(action);
    }
    for (QAction *action : group->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == chosen);
    }
    addSeparator();
    QAction *note = addAction(tr("Applies the next time Lectern starts"));
    note->setEnabled(false);
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        InterfaceLanguage::setChosen(action->data().toString());
        Q_EMIT languageChosen(action->data().toString());
    });
}

} // namespace Lectern
