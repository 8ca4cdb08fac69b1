// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawfilename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <dirent.h>
#include <sys/stat.h>

#include <memory>

namespace Lectern {

namespace {
struct FolderCloser
{
    void operator()(DIR *folder) const { closedir(folder); }
};

bool exists(const QByteArray &path)
{
    struct stat status;
    return ::lstat(path.constData(), &status) == 0;
}
} // namespace

std::optional<QByteArray> RawFileName::bytesOf(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!absolute.contains(QChar::ReplacementCharacter))
        return std::nullopt;
    QByteArray native;
    for (const QString &part : absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QByteArray folder = native.isEmpty() ? QByteArray("/") : native;
        std::optional<QByteArray> entry = part.contains(QChar::ReplacementCharacter) ? entryDecodedAs(folder, part) : QFile::encodeName(part);
        if (!entry)
            return std::nullopt;
        native += '/' + *entry;
    }
    return exists(native) ? std::optional(native) : std::nullopt;
}

QStringList RawFileName::undecodableFiles(const QString &folder)
{
    QStringList files;
    const QByteArray native = QFile::encodeName(folder);
    const std::unique_ptr<DIR, FolderCloser> entries(opendir(native.constData()));
    if (!entries)
        return files;
    while (const dirent *entry = readdir(entries.get())) {
        const QString name = QFile::decodeName(entry->d_name);
        if (QFile::encodeName(name) == entry->d_name)
            continue;
        struct stat status;
        const QByteArray path = native + '/' + entry->d_name;
        if (::stat(path.constData(), &status) == 0 && S_ISREG(status.st_mode))
            files << folder + QLatin1Char('/') + name;
    }
    return files;
}

std::optional<QByteArray> RawFileName::entryDecodedAs(const QByteArray &folder, const QString &name)
{
    const std::unique_ptr<DIR, FolderCloser> entries(opendir(folder.constData()));
    if (!entries)
        return std::nullopt;
    std::optional<QByteArray> found;
    while (const dirent *entry = readdir(entries.get())) {
        if (QFile::decodeName(entry->d_name) != name)
            continue;
        if (found)
            return std::nullopt; // two names decode alike: which one was meant is unknowable
        found = QByteArray(entry->d_name);
    }
    return found;
}

} // namespace Lectern
