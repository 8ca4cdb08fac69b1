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

// Typographic quotes and apostrophes as typed ones, one character for one,
// so that an <h1> and a <meta> typed differently still compare equal.
QString folded(const QString &text)
{
    QString plain = text.simplified();
    for (QChar &c : plain) {
        if (c == u'\u2018' || c == u'\u2019' || c == u'\u201B' || c == u'\u02BC' || c == u'\u2032')
            c = u'\'';
        else if (c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'\u2033')
            c = u'"';
    }
    return plain;
}

QString withoutEllipsis(const QString &title)
{
    QString stem = title.trimmed();
    if (stem.endsWith(u'\u2026'))
        stem.chop(1);
    else if (stem.endsWith(QLatin1StringView("...")))
        stem.chop(3);
    return stem.trimmed();
}

// Fewer words than this before an ellipsis could begin any heading.
constexpr qsizetype MinimumStem = 3;

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
    }
    // "Site: Title" as well as "Site | Title"; a colon after the title is a subtitle's.
    static const QStringList prefixSeparators = separators() + QStringList {QStringLiteral(": ")};
    for (const QString &separator : prefixSeparators) {
        const qsizetype first = title.indexOf(separator);
        if (first > 0 && first + separator.size() < title.size() && isSiteName(title.first(first)))
            return title.sliced(first + separator.size()).trimmed();
    }
    return title;
}

bool TitleCleaner::isShortened(const QString &title)
{
    return withoutEllipsis(title).size() < title.trimmed().size();
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
    const QString headline = folded(heading);
    const QString whole = folded(title);
    if (headline.isEmpty())
        return false;
    if (isShortened(whole)) {
        const QString stem = withoutEllipsis(whole);
        return wordCount(stem) >= MinimumStem && headline.startsWith(stem, Qt::CaseInsensitive);
    }
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
