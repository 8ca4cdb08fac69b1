// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeoutcome.h"

#include <QStringList>
#include <functional>

namespace Lectern {

class FileImporter;
class LibraryStore;

/// Imports many files into a library, going on past failures, and says
/// what happened to each. Used by the window's worker thread and the CLI.
class BatchImport
{
public:
    struct Item {
        QString path;
        bool ok = false;
        StoreOutcome outcome; ///< when ok
        QString error; ///< when not ok: the reason, without the path
        QStringList warnings;
        /// One line for people: "file: what happened".
        QString message() const;
    };
    /// Called before each file with how many are done (reported through
    /// Committed); return false to cancel the rest.
    using Progress = std::function<bool(int done, int total, const QString &path)>;
    /// Called with each group of finished files once the group is committed.
    using Committed = std::function<void(const QList<Item> &items)>;
    /// A group of articles (GroupCommit) is committed when it reaches any
    /// of these: few enough that a long import reports steadily.
    struct GroupLimits {
        int articles = 200;
        qint64 bytes = 8 * 1024 * 1024; ///< of article text
        qint64 milliseconds = 500;
    };

    BatchImport(LibraryStore &store, const FileImporter &importer);

    /// Files and folders (searched recursively for supported files) to the
    /// sorted list of files to import; missing paths are kept so that their
    /// import fails with a clear message.
    static QStringList expand(const QStringList &paths);
    /// Imports the files in groups that each commit once; an article is
    /// reported (Progress, Committed, the list returned) only after its
    /// group is committed. Cancelling commits what is done and stops.
    QList<Item> run(const QStringList &files, const Progress &progress = {}, const Committed &committed = {});
    /// One file, committed on its own.
    Item importOne(const QString &path);
    void setGroupLimits(const GroupLimits &limits) { m_limits = limits; }

    static int failures(const QList<Item> &items);

private:
    LibraryStore &m_store;
    const FileImporter &m_importer;
    GroupLimits m_limits;
};

} // namespace Lectern
