// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Lectern {

class Database;

/// Brings the claims of a damaged library file back into the open library,
/// typically just restored from a backup: recovers what can be read of the
/// file (SqliteRecovery), then takes its claims over as an annotation import
/// would, with their articles, tags and global ids. Claims already in the
/// library (the same global id, or the same passage and note) are left as
/// they are, so the claims made since the backup are what comes back.
class LibrarySalvage
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::LibrarySalvage)
public:
    struct Report
    {
        int claimsFound = 0; ///< readable in the damaged file
        int claimsAdded = 0;
        int alreadyPresent = 0;
        int articlesAdded = 0;
        int tagsAdded = 0;
        int orphans = 0; ///< added, but their passage was not found in the article
    };

    explicit LibrarySalvage(Database &library);

    bool salvage(const QString &damagedPath, Report *report, QString *error);

    /// One line saying what salvage() did, for the command line and the window.
    static QString summary(const Report &report);

private:
    Database &m_library;
};

} // namespace Lectern
