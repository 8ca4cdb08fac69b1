// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include <QRegularExpression>

namespace Lectern {

namespace {

// Where the line starting at `from` ends (excluding the '\n'), and where the next one starts.
qsizetype lineEnd(const QString &text, qsizetype from, qsizetype *next)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'), from);
    if (end < 0) {
        *next = text.size();
        return text.size();
    }
    *next = end + 1;
    return end;
}

bool isFence(QStringView line, bool closing)
{
    const QStringView trimmed = line.trimmed(); // also drops a '\r' left by Windows line endings
    return trimmed == QLatin1StringView("---") || (closing && trimmed == QLatin1StringView("..."));
}

// A "key: value" line at column 0; the key is lower-cased.
bool splitKey(const QString &line, QString *key, QString *value)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z_][A-Za-z0-9_.-]*)[ \\t]*:(?:[ \\t]+(.*))?$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return false;
    *key = match.captured(1).toLower();
    *value = match.captured(2).trimmed();
    return true;
}

QString unquoteDouble(QStringView inner)
{
    QString result;
    result.reserve(inner.size());
    for (qsizetype i = 0; i < inner.size(); ++i) {
        QChar c = inner[i];
        if (c == QLatin1Char('\\') && i + 1 < inner.size()) {
            c = inner[++i];
            if (c == QLatin1Char('n'))
                c = QLatin1Char('\n');
            else if (c == QLatin1Char('t'))
                c = QLatin1Char('\t');
        }
        result += c;
    }
    return result;
}

// A scalar as written: quotes removed, or a plain value's trailing " # comment" dropped.
QString unquote(QStringView raw)
{
    const QStringView value = raw.trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return unquoteDouble(value.sliced(1, value.size() - 2));
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
        return value.sliced(1, value.size() - 2).toString().replace(QLatin1StringView("''"), QLatin1StringView("'"));
    const qsizetype comment = value.indexOf(QLatin1StringView(" #"));
    return (comment < 0 ? value : value.first(comment)).trimmed().toString();
}

// The items of an inline list "[a, 'b, c', d]", split on commas outside quotes.
QStringList splitInline(QStringView list)
{
    const QStringView inner = list.sliced(1, list.size() - 2);
    QStringList items;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= inner.size(); ++i) {
        const QChar c = i < inner.size() ? inner[i] : QChar(QLatin1Char(','));
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char(',')) {
            const QString item = unquote(inner.sliced(start, i - start));
            if (!item.isEmpty())
                items << item;
            start = i + 1;
        }
    }
    return items;
}

bool isInlineList(QStringView value)
{
    return value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']'));
}

// "|" keeps line breaks, ">" folds lines into one; both may carry chomping
// or indentation indicators ("|-", ">+", "|2").
QChar blockScalarJoiner(QStringView value)
{
    static const QRegularExpression indicator(QStringLiteral("^[|>][-+0-9]*$"));
    if (!indicator.matchView(value).hasMatch())
        return {};
    return value.startsWith(QLatin1Char('|')) ? QChar(QLatin1Char('\n')) : QChar(QLatin1Char(' '));
}

// An indented line or a "- item" line continues the value of the key above it.
bool isContinuation(const QString &line, const QString &trimmed)
{
    return line.front().isSpace() || trimmed == QLatin1StringView("-") || trimmed.startsWith(QLatin1StringView("- "));
}

} // namespace

FrontMatter FrontMatter::read(const QString &text)
{
    FrontMatter matter;
    qsizetype next = 0;
    if (!isFence(QStringView(text).first(lineEnd(text, 0, &next)), false))
        return matter;
    QStringList lines;
    while (next < text.size()) {
        const qsizetype start = next;
        const QString line = text.sliced(start, lineEnd(text, start, &next) - start);
        if (isFence(line, true)) {
            matter.readLines(lines);
            matter.m_bodyStart = next;
            return matter;
        }
        lines << line;
    }
    return matter; // no closing line: the "---" was a horizontal rule, not front matter
}

void FrontMatter::readLines(const QStringList &lines)
{
    QString key; // the key whose value may continue on the following lines
    QChar joiner; // set while reading a | or > block scalar
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (isContinuation(line, trimmed)) {
            if (!key.isEmpty())
                continueValue(key, joiner, trimmed);
            continue;
        }
        QString value;
        if (!splitKey(line, &key, &value)) {
            key.clear();
            continue;
        }
        joiner = blockScalarJoiner(value);
        if (!joiner.isNull())
            m_scalars.insert(key, QString());
        else if (isInlineList(value))
            m_lists.insert(key, splitInline(value));
        else if (!value.isEmpty())
            m_scalars.insert(key, unquote(value));
        else
            m_lists.insert(key, {}); // filled by "- item" lines, if any follow
    }
}

void FrontMatter::continueValue(const QString &key, QChar joiner, const QString &trimmed)
{
    if (!joiner.isNull()) {
        QString &scalar = m_scalars[key];
        if (!scalar.isEmpty())
            scalar += joiner;
        scalar += trimmed;
    } else if (trimmed.startsWith(QLatin1Char('-'))) {
        if (const QString item = unquote(QStringView(trimmed).sliced(1)); !item.isEmpty())
            m_lists[key] << item;
    } // else a line of a nested map: only flat keys are read
}

bool FrontMatter::contains(const QString &key) const
{
    const QString lower = key.toLower();
    return m_scalars.contains(lower) || m_lists.contains(lower);
}

QString FrontMatter::value(const QString &key) const
{
    const QString lower = key.toLower();
    if (const auto list = m_lists.constFind(lower); list != m_lists.cend())
        return list->join(QLatin1StringView(", "));
    return m_scalars.value(lower);
}

QStringList FrontMatter::list(const QString &key) const
{
    const QString lower = key.toLower();
    if (const auto list = m_lists.constFind(lower); list != m_lists.cend())
        return *list;
    QStringList items;
    const QStringList parts = m_scalars.value(lower).split(QLatin1Char(','));
    for (const QString &part : parts) {
        if (const QString item = part.trimmed(); !item.isEmpty())
            items << item;
    }
    return items;
}

} // namespace Lectern
