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
    {
        const QMutexLocker locker(&m_handleLock);
        if (m_handle)
            sqlite3_interrupt(m_handle);
    }
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

void LibraryCheck::setHandle(sqlite3 *handle)
{
    const QMutexLocker locker(&m_handleLock);
    m_handle = handle;
}

void LibraryCheck::run()
{
    QString problem;
    {
        Database database;
        QString error;
        if (!database.open(m_libraryPath, &error, Database::Access::ReadWrite, Database::Check::None)) {
            qWarning("lectern: the library was not checked: %s", qPrintable(error));
        } else {
            setHandle(Database::handleOf(database.connection()));
            problem = database.integrityProblem(Database::Check::Whole);
            if (problem.isEmpty() && !m_stop)
                database.backUpIfDue(&m_stop);
            setHandle(nullptr);
        }
    }
    if (m_stop)
        return;
    if (!problem.isEmpty()) {
        QString error;
        if (!Database::recordDamage(m_libraryPath, problem, &error))
            qWarning("lectern: %s", qPrintable(error));
        QMetaObject::invokeMethod(this, [this, problem] { Q_EMIT damageFound(problem); }, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

} // namespace Lectern
