// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metatags.h"

#include "htmltextbuilder.h"
#include "htmltree.h"

namespace Lectern {

void MetaTags::add(const GumboNode *meta)
{
    const QString content = HtmlTextBuilder::collapsed(QString::fromUtf8(HtmlTree::attribute(meta, "content")));
    if (content.isEmpty())
        return;
    for (const char *keyAttribute : {"property", "name", "itemprop", "http-equiv"}) {
        const QStringList keys = QString::fromUtf8(HtmlTree::attribute(meta, keyAttribute)).simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &key : keys)
            m_content[key] << content;
    }
}

QString MetaTags::value(std::initializer_list<const char *> keys) const
{
    return values(keys).value(0);
}

QStringList MetaTags::values(std::initializer_list<const char *> keys) const
{
    for (const char *key : keys) {
        if (const auto found = m_content.constFind(QLatin1StringView(key)); found != m_content.cend())
            return *found;
    }
    return {};
}

} // namespace Lectern
