// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Lectern {

namespace {
const QString languageKey = QStringLiteral("ui/language");
// The .qm files are built into the lectern executable (translations/CMakeLists.txt).
const QString translationsFolder = QStringLiteral(":/lectern/i18n");
const QString languageOption = QStringLiteral("--language");
} // namespace

QStringList InterfaceLanguage::available()
{
    QStringList languages{QStringLiteral("en")};
    QDirIterator it(translationsFolder, {QStringLiteral("lectern_*.qm")});
    while (it.hasNext()) {
        const QString name = it.nextFileInfo().completeBaseName();
        languages << name.mid(name.indexOf(u'_') + 1);
    }
    languages.sort();
    languages.removeDuplicates(); // lectern_en.qm holds English plurals
    return languages;
}

QString InterfaceLanguage::chosen()
{
    return QSettings().value(languageKey).toString();
}

void InterfaceLanguage::setChosen(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

QString InterfaceLanguage::fromArguments(const QStringList &arguments)
{
    // Read before any QCommandLineParser runs, since its messages are translated too.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1StringView("--"))
            break;
        if (argument == languageOption && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(languageOption + u'='))
            return argument.mid(languageOption.size() + 1);
    }
    return {};
}

void InterfaceLanguage::install(QCoreApplication &app, const QString &forced)
{
    const QString language = forced.isEmpty() ? chosen() : forced;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // English is the source language: only its plural forms ("%n article(s)"
    // as "1 article", "2 articles"), and the system's locale must not pull
    // in another language.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        auto *plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral("lectern_en"), translationsFolder))
            QCoreApplication::installTranslator(plurals);
        return;
    }
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *lectern = new QTranslator(&app);
    if (lectern->load(locale, QStringLiteral("lectern"), QStringLiteral("_"), translationsFolder))
        QCoreApplication::installTranslator(lectern);
}

} // namespace Lectern
