// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace Lectern {

/// What an EPUB's package document (the OPF) says: Dublin Core metadata,
/// the manifest of its files and the spine, the reading order.
struct EpubPackage
{
    struct Item
    {
        QString href; ///< as written: relative to the OPF, percent-encoded
        QString mediaType;
    };

    QString title;
    QStringList creators; ///< authors first; other roles only when no author is named
    QString language;
    QString date; ///< the publication date when marked, else the first dc:date
    QString publisher;
    QString description;
    QStringList subjects;
    QHash<QString, Item> manifest; ///< by id
    QStringList spine; ///< manifest ids in reading order

    /// The package document's path inside the archive, from
    /// META-INF/container.xml; empty when it names none.
    static QString rootFilePath(const QByteArray &containerXml);
    /// Parses an OPF. On malformed XML sets error (and returns what it read).
    static EpubPackage parse(const QByteArray &opf, QString *error);
};

} // namespace Lectern
