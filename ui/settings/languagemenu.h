// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QApplication;

namespace Lectern {

/// The interface language: the system's by default, or one chosen in this
/// menu and kept in QSettings. The choice applies at the next start, since
/// widgets built before would keep their old texts.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    /// Languages Lectern ships a translation for, plus English (its source).
    static QStringList availableLanguages();
    /// The chosen language ("fr", "ja"...), or empty to follow the system.
    static QString chosenLanguage();
    static void setChosenLanguage(const QString &language);
    /// Installs Qt's own and Lectern's translators for the chosen language,
    /// or for forced (from --language) when it is not empty.
    static void installTranslators(QApplication &app, const QString &forced = {});

Q_SIGNALS:
    void languageChosen(const QString &language);
};

} // namespace Lectern
