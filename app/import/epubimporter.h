// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace Lectern {

/// EPUB 2 and 3 books to articles: the chapters in spine order, each read
/// as a whole HTML document, with the package's Dublin Core metadata.
/// The archive is untrusted: entries that would escape it (".." segments,
/// absolute names) are refused, and so is anything that would unpack to
/// more than the size limits, checked against the declared sizes before a
/// byte is inflated and again while reading. The zipreader plugin
/// (ZipReader) opens the archive; all the judging is done here.
class EpubImporter : public Importer
{
public:
    static constexpr qint64 DefaultMaxUncompressedSize = 500LL * 1024 * 1024;
    static constexpr qint64 DefaultMaxEntrySize = 100LL * 1024 * 1024;

    QString format() const override;
    ImportResult parse(const QByteArray &data, const QString &fileName) const override;

    /// The most the entries read for one book may unpack to, in total.
    void setMaxUncompressedSize(qint64 bytes) { m_maxUncompressedSize = bytes; }
    /// The most any one entry may unpack to.
    void setMaxEntrySize(qint64 bytes) { m_maxEntrySize = bytes; }

private:
    qint64 m_maxUncompressedSize = DefaultMaxUncompressedSize;
    qint64 m_maxEntrySize = DefaultMaxEntrySize;
};

} // namespace Lectern
