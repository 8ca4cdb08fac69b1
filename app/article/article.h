// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "block.h"
#include "curatedsummary.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Lectern {

/// A line an importer took out of the text (site boilerplate), kept so the
/// reader can show and restore it: nothing is silently lost.
struct RemovedLine {
    QString text;
    QString reason; ///< the rule that matched, e.g. "newsletter prompt"
    int afterBlock = -1; ///< index of the block it followed, -1 before the first

    friend bool operator==(const RemovedLine &, const RemovedLine &) = default;
};

/// An article as importers produce it and the store keeps it.
struct Article {
    qint64 id = 0;
    int version = 0;
    QString title;
    QString byline;
    QString site;
    QString published; ///< ISO 8601 date (or date-time) as found, may be empty
    QString source; ///< absolute path or URL it came from
    /// The page's own web address when the saved file states one (og:url,
    /// rel=canonical, a browser's "saved from" note): annotations made on
    /// the web find the article by it.
    QString address;
    QString language; ///< BCP 47 tag when known
    QString format; ///< "text", "card", "markdown", "html", "epub", "pdf"
    QString encoding; ///< the text encoding the file was read in, when it had one
    QString excerpt;
    QStringList tags; ///< tags given by the source itself (front matter, OPF)
    QList<Block> blocks;
    QList<RemovedLine> removed;
    CuratedSummary curated;
    QStringList warnings; ///< e.g. invalid bytes replaced

    QString canonicalText() const;
    /// SHA-256 over the canonical text, hex: duplicate detection.
    QString contentHash() const;
    static QString hashOf(const QString &canonicalText);
};

} // namespace Lectern
