// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lectern {

/// Finds a file whose name is not valid UTF-8, such as an old Latin-1 one.
/// Qt decodes such a name with U+FFFD and cannot turn it back into the
/// bytes on the disk, so the file seems not to exist; here each undecodable
/// part of the path is matched against its folder's raw entries.
class RawFileName
{
public:
    /// The path's bytes on the disk, when it names an existing entry that
    /// QFile::encodeName() cannot reach; nullopt otherwise, or when two
    /// entries of one folder decode alike.
    static std::optional<QByteArray> bytesOf(const QString &path);

    /// The regular files (or links to them) directly in folder whose names
    /// are not valid UTF-8, as Qt names them. QDirIterator leaves them out.
    static QStringList undecodableFiles(const QString &folder);

private:
    static std::optional<QByteArray> entryDecodedAs(const QByteArray &folder, const QString &name);
};

} // namespace Lectern
