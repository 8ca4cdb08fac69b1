// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corruptionwatch.h"

#include <QMutex>

#include <sqlite3.h>

namespace Lectern {

namespace {
QMutex mutex;
QString firstDamage;

void listen(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB)
        return;
    const QMutexLocker locker(&mutex);
    if (firstDamage.isEmpty())
        firstDamage = QString::fromUtf8(message);
}
} // namespace

bool CorruptionWatch::install()
{
    return sqlite3_config(SQLITE_CONFIG_LOG, listen, nullptr) == SQLITE_OK;
}

QString CorruptionWatch::damage()
{
    const QMutexLocker locker(&mutex);
    return firstDamage;
}

void CorruptionWatch::reset()
{
    const QMutexLocker locker(&mutex);
    firstDamage.clear();
}

} // namespace Lectern
