// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Lectern {

/// A ZIP archive open for reading (ZipReader::open): what its headers
/// declare, and one file at a time, inflated up to a bound. It judges
/// nothing: which names are safe and how much may be unpacked are for the
/// caller (EpubImporter) to decide, from the declared sizes, before it
/// reads. One thread at a time.
class ZipArchive
{
public:
    /// A file in the archive, as its headers declare it.
    struct File
    {
        /// Its name as stored, before any cleaning: the archive's folder
        /// tree drops leading slashes and folds "a/../", so this is the
        /// name to judge, and to show.
        QString storedPath;
        /// Uncompressed, as declared: the data may hold more, or less.
        qint64 size = 0;
        /// The archive's own handle on it, for read().
        qsizetype id = -1;
    };

    virtual ~ZipArchive() = default;

    /// Every file (folders aside), each once.
    virtual QList<File> files() const = 0;
    /// The file at this path inside the archive ("OEBPS/content.opf"), as
    /// its folder tree finds it; nullopt when there is none.
    virtual std::optional<File> file(const QString &path) const = 0;
    /// The file's data, inflated, but never more than maxBytes of it: less
    /// when the data ends sooner. nullopt when its compression method is
    /// not supported.
    virtual std::optional<QByteArray> read(const File &file, qint64 maxBytes) = 0;
};

} // namespace Lectern
