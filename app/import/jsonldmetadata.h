// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Lectern {

/// What a page's schema.org JSON-LD (<script type="application/ld+json">)
/// says about its article: the first object typed as an article (Article,
/// NewsArticle, BlogPosting, any "…Article" or "…Posting", Report), found
/// at the top, in an array, in "@graph" or as a "mainEntity". Scripts that
/// are not valid JSON are ignored.
class JsonLdMetadata
{
public:
    /// Reads each script's text in turn; the first article found is kept.
    void read(const QString &script);
    bool hasArticle() const { return m_found; }

    QString headline; ///< "headline", else the article's "name"
    QStringList authors; ///< each author's name: a string, or an object's "name"
    QString published; ///< "datePublished"
    QString publisher; ///< the publisher's "name"

private:
    void visit(const QJsonValue &value, int depth);
    void take(const QJsonObject &article);

    bool m_found = false;
};

} // namespace Lectern
