// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webaddress.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace Lectern {

namespace {

bool isTracking(const QString &key)
{
    static const QStringList exact {QStringLiteral("fbclid"), QStringLiteral("gclid"), QStringLiteral("dclid"), QStringLiteral("msclkid"),
        QStringLiteral("yclid"), QStringLiteral("igshid"), QStringLiteral("mc_cid"), QStringLiteral("mc_eid"), QStringLiteral("_ga"), QStringLiteral("ref_src"),
        QStringLiteral("cmpid"), QStringLiteral("smid")};
    const QString lower = key.toLower();
    return lower.startsWith(QLatin1StringView("utm_")) || exact.contains(lower);
}

QString withoutTracking(const QUrl &url)
{
    QUrlQuery query(url);
    QList<std::pair<QString, QString>> kept;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyEncoded)) {
        if (!isTracking(key))
            kept.append({key, value});
    }
    query.setQueryItems(kept);
    return query.toString(QUrl::FullyEncoded);
}

} // namespace

QString WebAddress::normalized(const QString &address)
{
    const QUrl url(address.trimmed());
    if (url.isLocalFile())
        return QDir::cleanPath(url.toLocalFile());
    if (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
        return address;
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1StringView("www.")))
        host.remove(0, 4);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const int port = url.port(-1);
    const bool defaultPort = port == -1 || port == 80 || port == 443;
    QString key = host + (defaultPort ? QString() : QLatin1Char(':') + QString::number(port)) + path;
    if (const QString query = withoutTracking(url); !query.isEmpty())
        key += QLatin1Char('?') + query;
    return key;
}

} // namespace Lectern
