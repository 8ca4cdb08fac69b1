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
    /// Called before each file; return false to cancel the rest.
    using Progress = std::function<bool(int done, int total, const QString &path)>;

    BatchImport(LibraryStore &store, const FileImporter &importer);

    /// Files and folders (searched recursively for supported files) to the
    /// sorted list of files to import; missing paths are kept so that their
    /// import fails with a clear message.
    static QStringList expand(const QStringList &paths);
    QList<Item> run(const QStringList &files, const Progress &progress = {});
    Item importOne(const QString &path);

    static int failures(const QList<Item> &items);

private:
    LibraryStore &m_store;
    const FileImporter &m_importer;
};

} // namespace Lectern
