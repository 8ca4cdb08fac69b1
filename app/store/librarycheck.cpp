// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycheck.h"

#include "database.h"

#include <QThread>

#include <sqlite3.h>

namespace Lectern {

LibraryCheck::LibraryCheck(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
{
}

LibraryCheck::~LibraryCheck()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
}

void LibraryCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create(&LibraryCheck::run, this);
    m_thread->setObjectName(QStringLiteral("LibraryCheck"));
    m_thread->start(QThread::LowPriority);
}

bool LibraryCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

// SQLite calls this every few thousand steps of a statement; a non-zero
// answer interrupts it. Unlike sqlite3_interrupt() from another thread, it
// cannot miss a statement that starts just after the stop.
int LibraryCheck::stopRequested(void *stop)
{
    return static_cast<const std::atomic_bool *>(stop)->load() ? 1 : 0;
}

void LibraryCheck::run()
{
    QString problem;
    bool checked = false;
    {
        Database database;
        QString error;
        if (!database.open(m_libraryPath, &error, Database::Access::ReadWrite, Database::Check::None)) {
            qWarning("lectern: the library was not checked: %s", qPrintable(error));
        } else {
            if (sqlite3 *handle = Database::handleOf(database.connection()))
                sqlite3_progress_handler(handle, 10000, &LibraryCheck::stopRequested, &m_stop);
            problem = database.integrityProblem(Database::Check::Whole, &checked);
            if (checked && problem.isEmpty() && !m_stop)
                database.backUpIfDue(&m_stop);
        }
    }
    if (m_stop)
        return;
    if (!checked && !problem.isEmpty()) {
        qWarning("lectern: the library could not be checked: %s", qPrintable(problem));
    } else if (!problem.isEmpty()) {
        QString error;
        if (!Database::recordDamage(m_libraryPath, problem, &error))
            qWarning("lectern: %s", qPrintable(error));
        QMetaObject::invokeMethod(this, [this, problem] { Q_EMIT damageFound(problem); }, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

} // namespace Lectern
