// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Lectern {

class Database;

/// A strip above the reader saying the library is read-only and why; hidden
/// when it is not. Reading and searching work, changes are refused.
class ReadOnlyBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ReadOnlyBanner(const Database &database, QWidget *parent = nullptr);
    /// For a library that became read-only after opening.
    void refresh();

private:
    const Database &m_database;
};

} // namespace Lectern
