// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace Lectern {

/// What opening a library leaves for after the first paint (Database::Check::
/// UserWork): PRAGMA quick_check of every page, then the daily backup, on a
/// thread with a connection of its own.
///
/// Damage found is recorded beside the library (Database::recordDamage), so
/// the next start checks the whole file before showing anything and sets it
/// aside; no backup is made of a damaged library.
class LibraryCheck : public QObject
{
    Q_OBJECT
public:
    explicit LibraryCheck(const QString &libraryPath, QObject *parent = nullptr);
    /// Stops the work: the check is interrupted, the backup ends between
    /// steps and leaves no file.
    ~LibraryCheck() override;

    void start();
    bool isRunning() const;

Q_SIGNALS:
    void damageFound(const QString &problem);
    /// After the check and the backup, whatever they found.
    void finished();

private:
    void run();
    static int stopRequested(void *stop);

    QString m_libraryPath;
    QThread *m_thread = nullptr;
    std::atomic_bool m_stop = false;
};

} // namespace Lectern
