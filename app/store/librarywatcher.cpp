// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywatcher.h"

#include "database.h"

#include <QSqlQuery>

namespace Lectern {

LibraryWatcher::LibraryWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_lastVersion(dataVersion())
{
    connect(&m_timer, &QTimer::timeout, this, &LibraryWatcher::check);
}

void LibraryWatcher::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void LibraryWatcher::check()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_lastVersion)
        return;
    m_lastVersion = version;
    Q_EMIT changed();
}

qint64 LibraryWatcher::dataVersion() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace Lectern
