// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <gumbo.h>

#include <initializer_list>

namespace Lectern {

/// A page's <meta> tags by key: property, name, itemprop or http-equiv,
/// lower case. One tag can carry several keys ("og:title twitter:title"),
/// as RDFa allows. A key can have several tags, one per author.
class MetaTags
{
public:
    void add(const GumboNode *meta);
    /// The content of the first of keys that the page has, or empty.
    QString value(std::initializer_list<const char *> keys) const;
    /// The contents of every tag with the first of keys the page has.
    QStringList values(std::initializer_list<const char *> keys) const;

private:
    QHash<QString, QStringList> m_content;
};

} // namespace Lectern
