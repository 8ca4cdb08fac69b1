// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Lectern {

/// What a page's schema.org JSON-LD (<script type="application/ld+json">)
/// says about its article: the first object typed as an article (Article,
/// NewsArticle, BlogPosting, any "…Article" or "…Posting", Report), found
/// at the top, in an array, in "@graph" or as a "mainEntity". An author or
/// publisher given as {"@id": …} is looked up among the page's other
/// objects, as WordPress's SEO plugins write them. Scripts that are not
/// JSON are ignored.
class JsonLdMetadata
{
public:
    /// Reads one script's text; call it for each script on the page.
    void read(const QString &script);

    QString headline() const; ///< "headline", else the article's "name"
    QStringList authors() const; ///< each author's name
    QString published() const; ///< "datePublished"
    QString publisher() const; ///< the publisher's name

private:
    void visit(const QJsonValue &value, int depth);
    QStringList names(const QJsonValue &value) const;
    QString name(const QJsonValue &value) const;

    QJsonObject m_article;
    bool m_found = false;
    QHash<QString, QString> m_namesById;
};

} // namespace Lectern
