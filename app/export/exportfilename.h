// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Lectern {

/// The file name an export suggests: the article's title for one article,
/// "claims-YYYY-MM-DD" for several, with what file systems refuse taken out.
class ExportFileName
{
public:
    static constexpr int MaxLength = 80;

    static QString forArticle(const QString &title, const QString &suffix);
    static QString forLibrary(QDate date, const QString &suffix);
};

} // namespace Lectern
