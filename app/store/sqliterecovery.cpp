// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliterecovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sqlite3recover.h>

#include <memory>

namespace Lectern {

namespace {
struct ConnectionCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}
} // namespace

bool SqliteRecovery::copyWithJournal(const QString &damagedPath, const QString &copyPath, QString *error)
{
    // The write-ahead log holds the newest pages; a lone -wal beside the copy
    // is read as the copy's own.
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (!suffix.isEmpty() && !QFileInfo::exists(damagedPath + suffix))
            continue;
        QFile source(damagedPath + suffix);
        if (!source.copy(copyPath + suffix)) {
            *error = tr("Cannot read “%1”: %2").arg(shown(damagedPath + suffix), source.errorString());
            return false;
        }
    }
    return true;
}

bool SqliteRecovery::recover(const QString &damagedPath, const QString &outputPath, QString *error)
{
    if (QFileInfo::exists(outputPath)) {
        *error = tr("Cannot recover into “%1”: the file exists").arg(shown(outputPath));
        return false;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = tr("Cannot recover “%1”: no temporary folder (%2)").arg(shown(damagedPath), work.errorString());
        return false;
    }
    const QString copy = work.filePath(QStringLiteral("damaged.sqlite"));
    if (!copyWithJournal(damagedPath, copy, error))
        return false;
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(copy).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    const Connection db(raw);
    if (opened != SQLITE_OK) {
        *error = tr("Cannot recover “%1”: %2").arg(shown(damagedPath), QString::fromUtf8(sqlite3_errstr(opened)));
        return false;
    }
    sqlite3_recover *recovery = sqlite3_recover_init(db.get(), "main", QFile::encodeName(outputPath).constData());
    if (!recovery) {
        *error = tr("Cannot recover “%1”: out of memory").arg(shown(damagedPath));
        return false;
    }
    sqlite3_recover_run(recovery);
    const QString problem = QString::fromUtf8(sqlite3_recover_errmsg(recovery));
    if (sqlite3_recover_finish(recovery) != SQLITE_OK) {
        *error = tr("Cannot recover “%1”: %2").arg(shown(damagedPath), problem);
        QFile::remove(outputPath);
        return false;
    }
    return true;
}

} // namespace Lectern
