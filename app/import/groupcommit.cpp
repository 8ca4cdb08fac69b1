// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupcommit.h"

#include "importresult.h"
#include "store/database.h"
#include "store/librarystore.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace Lectern {

namespace {
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
}

GroupCommit::~GroupCommit() = default;

void GroupCommit::add(const QString &path, const ImportResult &result)
{
    BatchImport::Item item;
    item.path = path;
    if (!result.ok()) {
        item.error = result.error;
        m_pending.append(item);
        return;
    }
    item.warnings = result.article.warnings;
    const bool saved = save(item, result);
    m_pending.append(item);
    // After a failed write, commit at once: SQLite rolls the whole
    // transaction back on some errors (a full disk, an I/O error), and the
    // commit is how the articles before this one learn their fate.
    if (!saved || due())
        commit();
}

bool GroupCommit::save(BatchImport::Item &item, const ImportResult &result)
{
    if (!m_group) {
        m_group = std::make_unique<Transaction>(m_store.database().connection());
        m_opened.start();
        m_articles = 0;
        m_bytes = 0;
        if (!m_group->isActive()) {
            m_group.reset();
            item.error = notSaved(m_store.database().connection().lastError().text());
            return false;
        }
    }
    QString error;
    // LibraryStore::add is a savepoint of its own inside the group.
    if (!m_store.add(result.article, &item.outcome, &error)) {
        item.error = notSaved(error);
        return false;
    }
    item.ok = true;
    ++m_articles;
    m_bytes += textBytes(result.article);
    return true;
}

bool GroupCommit::due() const
{
    return m_group && (m_articles >= m_limits.articles || m_bytes >= m_limits.bytes || m_opened.elapsed() >= m_limits.milliseconds);
}

void GroupCommit::commitIfDue()
{
    if (due())
        commit();
}

void GroupCommit::commit()
{
    if (m_group) {
        QString error;
        if (!m_group->commit(&error)) {
            for (BatchImport::Item &item : m_pending) {
                if (item.ok) {
                    item.ok = false;
                    item.outcome = {};
                    item.error = notSaved(error);
                }
            }
        }
        // Destroying an uncommitted group rolls back whatever is left of it.
        m_group.reset();
    }
    const QList<BatchImport::Item> done = std::exchange(m_pending, {});
    if (!done.isEmpty() && m_committed)
        m_committed(done);
}

} // namespace Lectern
