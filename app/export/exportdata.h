// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"
#include "article/article.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace Lectern {

/// One tag as exports show it: its full path and colour.
struct ExportTag {
    qint64 id = 0;
    QString name;
    QString path; ///< "Security/Misuse"
    QColor color;
    QString description;
};

/// One article with its text and the claims the scope kept, in text order.
struct ExportArticle {
    Article article;
    QString text; ///< the canonical text the claims' offsets refer to
    QList<Claim> claims;
};

/// Everything an exporter writes, read from the library once, so that every
/// format shows the same claims and tests can build it without a library.
struct ExportData {
    QList<ExportArticle> articles;
    QList<ExportTag> tags; ///< codebook order: a tag, then those nested under it
    QDateTime exported; ///< the export's time stamp (fixed by golden tests)

    int claimCount() const;
    const ExportTag *tag(qint64 tagId) const;
    /// The claim's tags as paths, in the claim's order; unknown ids skipped.
    QStringList tagPaths(const Claim &claim) const;
    /// Every tag used by a claim, in codebook order.
    QList<ExportTag> usedTags() const;
    /// Call after filling tags.
    void indexTags();

private:
    QHash<qint64, int> m_tagIndex;
};

/// Called as articles are done; returning false cancels the export.
using ExportProgress = std::function<bool(int done, int total)>;

} // namespace Lectern
