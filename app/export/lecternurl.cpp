// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecternurl.h"

#include <QRegularExpression>

namespace Lectern {

QString LecternUrl::toString() const
{
    QString url = QStringLiteral("lectern://article/") + QString::number(articleId);
    if (claimId > 0 && !claimUid.isEmpty())
        url += QStringLiteral("?claim=") + claimUid;
    if (claimId > 0)
        url += QStringLiteral("#claim-") + QString::number(claimId);
    return url;
}

bool LecternUrl::isLecternUrl(const QString &text)
{
    return text.startsWith(QLatin1StringView("lectern:"), Qt::CaseInsensitive);
}

std::optional<LecternUrl> LecternUrl::parse(const QString &url)
{
    static const QRegularExpression pattern(QStringLiteral("^lectern://article/(\\d{1,18})/?(?:\\?claim=([0-9a-f-]{36}))?(?:#claim-(\\d{1,18}))?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(url.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    LecternUrl parsed;
    parsed.articleId = match.captured(1).toLongLong();
    parsed.claimUid = match.captured(2).toLower();
    parsed.claimId = match.captured(3).toLongLong();
    if (parsed.articleId <= 0)
        return std::nullopt;
    return parsed;
}

} // namespace Lectern
