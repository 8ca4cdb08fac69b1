// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QCryptographicHash>

namespace Lectern {

QString Article::canonicalText() const
{
    qsizetype size = 0;
    for (const Block &block : blocks)
        size += block.text.size() + 1;
    QString text;
    text.reserve(size);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (i > 0)
            text += QLatin1Char('\n');
        text += blocks[i].text;
    }
    return text;
}

QString Article::contentHash() const
{
    return hashOf(canonicalText());
}

QString Article::hashOf(const QString &canonicalText)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Lectern
