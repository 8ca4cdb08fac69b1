// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include <QActionGroup>
#include <QApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Lectern {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString translationsFolder = QStringLiteral(":/lectern/i18n");

QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale() : QLocale(language);
}
} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    auto *group = new QActionGroup(this);
    const QString chosen = chosenLanguage();
    QAction *system = addAction(tr("Follow the &System"));
    system->setData(QString());
    group->addAction(system);
    addSeparator();
    for (const QString &language : availableLanguages()) {
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
        setChosenLanguage(action->data().toString());
        Q_EMIT languageChosen(action->data().toString());
    });
}

QStringList LanguageMenu::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    QDirIterator it(translationsFolder, {QStringLiteral("lectern_*.qm")});
    while (it.hasNext()) {
        const QString name = it.nextFileInfo().completeBaseName();
        languages << name.mid(name.indexOf(u'_') + 1);
    }
    languages.sort();
    return languages;
}

QString LanguageMenu::chosenLanguage()
{
    return QSettings().value(languageKey).toString();
}

void LanguageMenu::setChosenLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

void LanguageMenu::installTranslators(QApplication &app, const QString &forced)
{
    const QLocale locale = localeFor(forced.isEmpty() ? chosenLanguage() : forced);
    // English is the source language: nothing to load, and the system's
    // locale must not pull in another one.
    if (locale.language() == QLocale::English)
        return;
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *lectern = new QTranslator(&app);
    if (lectern->load(locale, QStringLiteral("lectern"), QStringLiteral("_"), translationsFolder))
        QApplication::installTranslator(lectern);
}

} // namespace Lectern
