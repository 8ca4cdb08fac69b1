// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Lectern {

/// Reads what can still be read from a damaged SQLite file into a new one,
/// with SQLite's recovery extension (the shell's `.recover`): page by page,
/// so rows on sound pages come back even when the b-trees above them are
/// broken. The damaged file is never written; recovery works on a copy.
class SqliteRecovery
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::SqliteRecovery)
public:
    /// Writes the recovered database to outputPath, which must not exist.
    /// Returns false and sets error (naming damagedPath and the reason) when
    /// nothing could be recovered.
    static bool recover(const QString &damagedPath, const QString &outputPath, QString *error);

private:
    static bool copyWithJournal(const QString &damagedPath, const QString &copyPath, QString *error);
};

} // namespace Lectern
