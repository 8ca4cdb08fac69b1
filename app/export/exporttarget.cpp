// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Lectern {

namespace {

bool isSqliteDatabase(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

// "library.sqlite-wal" belongs to "library.sqlite" when that is a database.
QString databaseOwning(const QString &path)
{
    for (const QLatin1StringView suffix : {QLatin1StringView("-wal"), QLatin1StringView("-shm"), QLatin1StringView("-journal")}) {
        if (path.endsWith(suffix) && isSqliteDatabase(path.chopped(suffix.size())))
            return path.chopped(suffix.size());
    }
    return {};
}

} // namespace

QString ExportTarget::refusal(const QString &path)
{
    const QFileInfo info(path);
    // A link is followed: what would be replaced is what it points to.
    const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    // A device (/dev/full) or a pipe takes bytes it may never keep.
    if (info.exists() && !QFileInfo(target).isFile() && !QFileInfo(target).isDir())
        return QCoreApplication::translate("Lectern::ExportTarget", "it is not a regular file (a device or a pipe)");
    if (info.exists() && isSqliteDatabase(target))
        return QCoreApplication::translate("Lectern::ExportTarget", "it is a SQLite database (a Lectern library or a backup); choose another file");
    if (const QString owner = databaseOwning(target); !owner.isEmpty())
        return QCoreApplication::translate("Lectern::ExportTarget", "it belongs to the database “%1”; choose another file").arg(owner);
    return {};
}

} // namespace Lectern
