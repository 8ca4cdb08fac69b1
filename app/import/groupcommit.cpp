// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupcommit.h"

#include "importresult.h"
#include "store/database.h"
#include "indexing/librarystore.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Lectern {

namespace {
// 32 MB of 4 KB pages, against SQLite's default of 1000.
constexpr int importCheckpointPages = 8192;

QString notSaved(const QString &reason)
{
    return QCoreApplication::translate("Lectern::BatchImport", "could not be saved in the library: %1").arg(reason);
}

qint64 textBytes(const Article &article)
{
    qint64 size = 0;
    for (const Block &block : article.blocks)
        size += block.text.size() * qint64(sizeof(QChar));
    return size;
}
} // namespace

GroupCommit::GroupCommit(LibraryStore &store, const BatchImport::GroupLimits &limits, BatchImport::Committed committed)
    : m_store(store)
    , m_limits(limits)
    , m_committed(std::move(committed))
{
    // Checkpoint less often while importing: FTS5 segments and index pages
    // are written again by nearly every group, and a page checkpointed once
    // for several groups is copied into the database once.
    QSqlQuery pragma(m_store.database().connection());
    if (pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && pragma.next())
        m_autoCheckpoint = pragma.value(0).toInt();
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(importCheckpointPages));
}

GroupCommit::~GroupCommit()
{
    rollBack();
    QSqlQuery pragma(m_store.database().connection());
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_autoCheckpoint));
}

void GroupCommit::add(const QString &path, const ImportResult &result)
{
    Entry entry;
    entry.item.path = path;
    if (result.ok()) {
        entry.item.warnings = result.article.warnings;
        entry.article = result.article;
        entry.toWrite = true;
        ++m_articles;
        m_bytes += textBytes(entry.article);
    } else {
        entry.item.error = result.error;
    }
    if (m_pending.isEmpty())
        m_opened.start();
    m_pending.append(std::move(entry));
    if (due())
        commit();
}

bool GroupCommit::write(Entry &entry)
{
    BatchImport::Item &item = entry.item;
    item.ok = false;
    item.outcome = {};
    if (!m_group) {
        m_group = std::make_unique<Transaction>(m_store.database().connection());
        if (!m_group->isActive()) {
            m_group.reset();
            item.error = notSaved(m_store.database().connection().lastError().text());
            return false;
        }
        m_store.beginBatch();
    }
    QString error;
    if (!m_store.addInOpenTransaction(entry.article, &item.outcome, &error)) {
        item.outcome = {};
        item.error = notSaved(error);
        return false;
    }
    item.ok = true;
    return true;
}

// The group is written only when it is committed, all at once: the write
// lock is never held while a file is read or parsed, so the window's own
// writes (a claim, a note) wait for one burst at most, not for a slow PDF.
void GroupCommit::writePending()
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].toWrite && !write(m_pending[i]))
            rollBackAndRewrite(i);
    }
}

void GroupCommit::rollBack()
{
    m_group.reset(); // destroying an uncommitted transaction rolls it back
    m_store.abandonBatch();
}

void GroupCommit::rollBackAndRewrite(qsizetype failed)
{
    rollBack(); // the half-written article with the rest
    for (qsizetype i = 0; i < failed; ++i) {
        Entry &entry = m_pending[i];
        if (!entry.item.ok || write(entry))
            continue;
        // An article that was written once fails now: the library is at
        // fault (a full disk), not a file, so the group is given up.
        rollBack();
        const QString error = entry.item.error;
        for (qsizetype j = 0; j < failed; ++j) {
            Entry &other = m_pending[j];
            if (other.item.ok) {
                other.item.ok = false;
                other.item.outcome = {};
                other.item.error = error;
            }
        }
        return;
    }
}

bool GroupCommit::due() const
{
    return !m_pending.isEmpty() && (m_articles >= m_limits.articles || m_bytes >= m_limits.bytes || m_opened.elapsed() >= m_limits.milliseconds);
}

void GroupCommit::commitIfDue()
{
    if (due())
        commit();
}

void GroupCommit::commit()
{
    writePending();
    m_articles = 0;
    m_bytes = 0;
    if (m_group) {
        QString error;
        if (!m_store.endBatch(&error) || !m_group->commit(&error)) {
            for (Entry &entry : m_pending) {
                if (entry.item.ok) {
                    entry.item.ok = false;
                    entry.item.outcome = {};
                    entry.item.error = notSaved(error);
                }
            }
        }
        // Whatever is left of an uncommitted group is rolled back.
        rollBack();
    }
    QList<BatchImport::Item> done;
    done.reserve(m_pending.size());
    for (const Entry &entry : std::as_const(m_pending))
        done.append(entry.item);
    m_pending.clear();
    if (!done.isEmpty() && m_committed)
        m_committed(done);
}

} // namespace Lectern
