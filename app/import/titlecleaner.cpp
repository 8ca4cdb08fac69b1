// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlecleaner.h"

#include <QUrl>

#include <algorithm>

namespace Lectern {

namespace {

const QStringList &separators()
{
    static const QStringList separators {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2014 "), QStringLiteral(" \u2013 "),
        QStringLiteral(" \u00B7 "), QStringLiteral(" :: "), QStringLiteral(" \u00BB "), QStringLiteral(" / ")};
    return separators;
}

// "The Estuary Times" and "estuarytimes" (a host's label) compare equal.
QString squashed(const QString &text)
{
    QString letters;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            letters += c.toLower();
    }
    return letters;
}

qsizetype wordCount(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
}

bool endsWithSeparator(QStringView text)
{
    text = text.trimmed();
    static const QString marks = QStringLiteral("|-\u2014\u2013\u00B7:\u00BB/");
    return text.isEmpty() || marks.contains(text.last());
}

bool startsWithSeparator(QStringView text)
{
    text = text.trimmed();
    static const QString marks = QStringLiteral("|-\u2014\u2013\u00B7\u00BB/");
    return text.isEmpty() || marks.contains(text.first());
}

} // namespace

TitleCleaner::TitleCleaner(const QStringList &siteNames, const QString &address)
{
    for (const QString &name : siteNames) {
        if (const QString site = squashed(name); !site.isEmpty())
            m_siteNames << site;
    }
    m_hostLabels = QUrl(address).host().toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
}

bool TitleCleaner::isSiteName(const QString &text) const
{
    const QString name = squashed(text);
    return !name.isEmpty() && (m_siteNames.contains(name) || m_hostLabels.contains(name));
}

QString TitleCleaner::withoutSiteName(const QString &title) const
{
    if (m_siteNames.isEmpty() && m_hostLabels.isEmpty())
        return withoutUnnamedSite(title);
    for (const QString &separator : separators()) {
        const qsizetype last = title.lastIndexOf(separator);
        if (last > 0 && isSiteName(title.sliced(last + separator.size())))
            return title.first(last).trimmed();
        const qsizetype first = title.indexOf(separator);
        if (first > 0 && first + separator.size() < title.size() && isSiteName(title.first(first)))
            return title.sliced(first + separator.size()).trimmed();
    }
    return title;
}

// With no site name to compare, only a short last part after a separator
// that never joins the words of a headline (" | ", " · ", " » ") is taken
// for the site's name; dashes and colons stay, as in "Keepers - Remembered".
QString TitleCleaner::withoutUnnamedSite(const QString &title)
{
    constexpr qsizetype LongestSiteName = 3; // words
    constexpr qsizetype ShortestHeadline = 3; // words
    for (const QString &separator : {QStringLiteral(" | "), QStringLiteral(" \u00B7 "), QStringLiteral(" \u00BB ")}) {
        const qsizetype last = title.lastIndexOf(separator);
        if (last <= 0)
            continue;
        const QString head = title.first(last).trimmed();
        const qsizetype siteWords = wordCount(title.sliced(last + separator.size()));
        if (siteWords > 0 && siteWords <= LongestSiteName && wordCount(head) >= std::max(ShortestHeadline, siteWords + 1))
            return head;
    }
    return title;
}

bool TitleCleaner::isHeadlineOf(const QString &heading, const QString &title)
{
    const QString headline = heading.simplified();
    const QString whole = title.simplified();
    if (headline.isEmpty())
        return false;
    for (qsizetype at = whole.indexOf(headline, 0, Qt::CaseInsensitive); at >= 0; at = whole.indexOf(headline, at + 1, Qt::CaseInsensitive)) {
        const QStringView before = QStringView(whole).first(at);
        const QStringView after = QStringView(whole).sliced(at + headline.size());
        if ((before.isEmpty() || before.endsWith(QLatin1Char(' '))) && endsWithSeparator(before) && (after.isEmpty() || after.startsWith(QLatin1Char(' ')))
            && startsWithSeparator(after))
            return true;
    }
    return false;
}

} // namespace Lectern
