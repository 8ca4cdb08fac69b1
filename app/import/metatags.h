// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <gumbo.h>

#include <initializer_list>

namespace Lectern {

/// A page's <meta> tags by key: property, name, itemprop or http-equiv,
/// lower case. One tag can carry several keys ("og:title twitter:title"),
/// as RDFa allows; the first tag with content wins for each key.
class MetaTags
{
public:
    void add(const GumboNode *meta);
    /// The content of the first of keys that the page has, or empty.
    QString value(std::initializer_list<const char *> keys) const;

private:
    QHash<QString, QString> m_content;
};

} // namespace Lectern
