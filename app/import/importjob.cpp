// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "fileimporter.h"
#include "store/database.h"
#include "indexing/librarystore.h"

namespace Lectern {

ImportJob::ImportJob(const QString &libraryPath, const QStringList &paths, qint64 maxFileSize, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_paths(paths)
    , m_maxFileSize(maxFileSize)
{
    qRegisterMetaType<QList<Lectern::BatchImport::Item>>();
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::start()
{
    m_thread = QThread::create([this] {
        work();
    });
    m_thread->setObjectName(QStringLiteral("lectern-import"));
    m_thread->start(QThread::LowPriority);
}

void ImportJob::cancel()
{
    m_cancelled = true;
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void ImportJob::work()
{
    Database database;
    QString error;
    const QStringList files = BatchImport::expand(m_paths);
    // The window's connection checked the library already.
    if (!database.open(m_libraryPath, &error, Database::Access::ReadWrite, Database::Check::None)) {
        QList<BatchImport::Item> failed;
        for (const QString &file : files)
            failed.append({file, false, {}, error, {}});
        Q_EMIT finished(failed, false);
        return;
    }
    LibraryStore store(database);
    const FileImporter importer(m_maxFileSize);
    BatchImport batch(store, importer);
    const QList<BatchImport::Item> items = batch.run(files, [this](int done, int total, const QString &path) {
        Q_EMIT progressed(done, total, path);
        return !m_cancelled.load();
    });
    Q_EMIT finished(items, m_cancelled.load());
}

} // namespace Lectern
