// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfilename.h"

#include <QRegularExpression>

namespace Lectern {

QString ExportFileName::forArticle(const QString &title, const QString &suffix)
{
    // Separators, the characters Windows refuses, and controls.
    static const QRegularExpression refused(QStringLiteral("[/\\\\:*?\"<>|\\x{0}-\\x{1F}]+"));
    QString name = QString(title).replace(refused, QStringLiteral(" ")).simplified();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1); // not a hidden file
    if (name.size() > MaxLength) {
        const qsizetype cut = name.lastIndexOf(QLatin1Char(' '), MaxLength);
        name.truncate(cut > MaxLength / 2 ? cut : MaxLength);
    }
    name = name.trimmed();
    if (name.isEmpty())
        return forLibrary(QDate::currentDate(), suffix);
    return name + QLatin1Char('.') + suffix;
}

QString ExportFileName::forLibrary(QDate date, const QString &suffix)
{
    return QStringLiteral("claims-%1.%2").arg(date.toString(Qt::ISODate), suffix);
}

} // namespace Lectern
