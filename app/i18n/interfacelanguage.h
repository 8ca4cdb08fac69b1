// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCoreApplication;

namespace Lectern {

/// The interface language, shared by the window and the command line: the
/// system's by default (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or one chosen
/// in View › Language (kept in QSettings), or one forced with --language.
class InterfaceLanguage
{
public:
    /// Languages Lectern ships a translation for, plus English (its source).
    static QStringList available();
    /// The chosen language ("fr", "ja"...), or empty to follow the system.
    static QString chosen();
    static void setChosen(const QString &language);
    /// The value of --language CODE or --language=CODE, or empty.
    static QString fromArguments(const QStringList &arguments);
    /// Installs Qt's own and Lectern's translators for forced (from
    /// --language) or else the chosen language or else the system's.
    static void install(QCoreApplication &app, const QString &forced = {});
};

} // namespace Lectern
