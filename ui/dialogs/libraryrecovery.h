// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace Lectern {

class Database;

/// Opens the library for the window. When the file turns out damaged (the
/// core has already moved it aside), offers the newest backup, or else a new
/// empty library, then brings back the claims the damaged file still holds;
/// says why and returns false when neither is possible.
class LibraryRecovery
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::LibraryRecovery)
public:
    /// Checks the tables of the user's own work before the window shows;
    /// LibraryCheck checks the rest once it is painted.
    static bool open(Database &database, const QString &path);
    /// For damage found while the window is open: says what happens next and
    /// offers to restart Lectern into open()'s recovery now. Does not block;
    /// accepting closes the windows and quits the event loop.
    static void offerRestart(QWidget *parent, const QString &path, const QString &problem);
    /// After the library is closed: starts a new Lectern when offerRestart()
    /// was accepted.
    static void restartIfRequested(const QString &path);

private:
    /// Brings the claims of the damaged file back into the reopened library,
    /// on a worker thread, then says what came back.
    static void salvageClaims(const QString &path, const QString &damagedPath);

    static inline bool s_restartRequested = false;
};

} // namespace Lectern
