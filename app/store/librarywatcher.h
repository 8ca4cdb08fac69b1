// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace Lectern {

class Database;

/// Notices what other processes write to the library (a command-line
/// import or annotation while the window is open): SQLite's data_version
/// changes whenever another connection commits, and reading it costs
/// nothing, so it is polled.
class LibraryWatcher : public QObject
{
    Q_OBJECT
public:
    explicit LibraryWatcher(Database &database, QObject *parent = nullptr);

    void start(std::chrono::milliseconds interval = std::chrono::seconds(2));
    /// Reads data_version now; emits changed() when another connection
    /// committed since the last look.
    void check();

Q_SIGNALS:
    void changed();

private:
    qint64 dataVersion() const;

    Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace Lectern
