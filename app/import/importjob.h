// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchimport.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace Lectern {

/// Runs a BatchImport on a worker thread with its own database connection,
/// so the window stays responsive; cancel() stops before the next file.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const QString &libraryPath, const QStringList &paths, qint64 maxFileSize, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    /// Blocks until the worker is done (tests, shutdown).
    void wait();

Q_SIGNALS:
    void progressed(int done, int total, const QString &path);
    void finished(const QList<Lectern::BatchImport::Item> &items, bool cancelled);

private:
    void work();

    QString m_libraryPath;
    QStringList m_paths;
    qint64 m_maxFileSize;
    std::atomic_bool m_cancelled = false;
    QThread *m_thread = nullptr;
};

} // namespace Lectern
