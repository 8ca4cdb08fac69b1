// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchimport.h"

#include "fileimporter.h"
#include "groupcommit.h"
#include "rawfilename.h"
#include "indexing/librarystore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

namespace Lectern {

QString BatchImport::Item::message() const
{
    if (!ok)
        return QCoreApplication::translate("Lectern::BatchImport", "%1: %2").arg(path, error);
    switch (outcome.status) {
    case StoreOutcome::Status::Added:
        return QCoreApplication::translate("Lectern::BatchImport", "%1: imported as article %2 \u201C%3\u201D").arg(path).arg(outcome.articleId).arg(outcome.title);
    case StoreOutcome::Status::NewVersion:
        return QCoreApplication::translate("Lectern::BatchImport", "%1: updated article %2 \u201C%3\u201D to version %4").arg(path).arg(outcome.articleId).arg(outcome.title).arg(outcome.version);
    case StoreOutcome::Status::Duplicate:
        break;
    }
    return QCoreApplication::translate("Lectern::BatchImport", "%1: already in the library as article %2 \u201C%3\u201D").arg(path).arg(outcome.articleId).arg(outcome.title);
}

BatchImport::BatchImport(LibraryStore &store, const FileImporter &importer)
    : m_store(store)
    , m_importer(importer)
{
}

QStringList BatchImport::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << info.absoluteFilePath();
            continue;
        }
        QStringList found;
        QDirIterator it(info.absoluteFilePath(), QDir::Files, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString file = it.next();
            if (FileImporter::isSupported(file))
                found << file;
        }
        // QDirIterator leaves out names that are not valid UTF-8 (old Latin-1
        // archives); FileImporter finds such a file by its bytes.
        QDirIterator folders(info.absoluteFilePath(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        for (QString folder = info.absoluteFilePath(); !folder.isEmpty(); folder = folders.hasNext() ? folders.next() : QString()) {
            for (const QString &file : RawFileName::undecodableFiles(folder))
                if (FileImporter::isSupported(file))
                    found << file;
        }
        found.sort();
        files << found;
    }
    return files;
}

BatchImport::Item BatchImport::importOne(const QString &path)
{
    Item item;
    item.path = path;
    const ImportResult result = m_importer.importFile(path);
    if (!result.ok()) {
        item.error = result.error;
        return item;
    }
    item.warnings = result.article.warnings;
    QString error;
    if (!m_store.add(result.article, &item.outcome, &error)) {
        item.error = QCoreApplication::translate("Lectern::BatchImport", "could not be saved in the library: %1").arg(error);
        return item;
    }
    item.ok = true;
    return item;
}

QList<BatchImport::Item> BatchImport::run(const QStringList &files, const Progress &progress, const Committed &committed)
{
    QList<Item> items;
    GroupCommit group(m_store, m_limits, [&](const QList<Item> &done) {
        items.append(done);
        if (committed)
            committed(done);
    });
    for (const QString &file : files) {
        group.commitIfDue();
        if (progress && !progress(int(items.size()), int(files.size()), file))
            break;
        group.add(file, m_importer.importFile(file));
    }
    group.commit();
    if (progress)
        progress(int(items.size()), int(files.size()), {});
    return items;
}

int BatchImport::failures(const QList<Item> &items)
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const Item &item) {
        return !item.ok;
    }));
}

} // namespace Lectern
