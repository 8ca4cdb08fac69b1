// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelibrary.h"

#include "import/fileimporter.h"
#include "indexing/librarystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Lectern {

QStringList SampleLibrary::files()
{
    const QDir folder(QStringLiteral(":/lectern/samples"));
    QStringList paths;
    const QStringList names = folder.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << folder.filePath(name);
    return paths;
}

int SampleLibrary::importIfEmpty(LibraryStore &store, QStringList *errors)
{
    return store.isEmpty() ? import(store, errors) : 0;
}

int SampleLibrary::import(LibraryStore &store, QStringList *errors)
{
    const FileImporter importer;
    int imported = 0;
    for (const QString &path : files()) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        ImportResult result = importer.importData(file.readAll(), path);
        StoreOutcome outcome;
        QString error;
        if (!result.ok()) {
            errors->append(path + QStringLiteral(": ") + result.error);
            continue;
        }
        result.article.source = QStringLiteral("lectern-sample:") + QFileInfo(path).fileName();
        if (!store.add(result.article, &outcome, &error))
            errors->append(path + QStringLiteral(": ") + error);
        else
            ++imported;
    }
    return imported;
}

} // namespace Lectern
