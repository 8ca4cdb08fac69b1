// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Lectern {

class Database;

/// Opens the library for the window. When the file turns out damaged (the
/// core has already moved it aside), offers the newest backup, or else a new
/// empty library; says why and returns false when neither is possible.
class LibraryRecovery
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::LibraryRecovery)
public:
    static bool open(Database &database, const QString &path);
};

} // namespace Lectern
