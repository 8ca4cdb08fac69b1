// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

namespace Lectern {

/// The YAML front matter at the top of a Markdown file: a "---" line, then
/// "key: value" lines, then a "---" or "..." line.
///
/// A minimal hand-written reader, because Qt has no YAML parser and the
/// metadata we want (title, author, date, tags ...) are flat keys. It reads
/// scalars (plain, 'single' or "double" quoted, or a | or > block) and lists
/// (inline [a, b] or a block of "- a" lines); nested maps are skipped.
class FrontMatter
{
public:
    /// Reads the block at the very start of text. Without one (no "---" first
    /// line, or no closing line) the result is empty and bodyStart() is 0.
    static FrontMatter read(const QString &text);

    bool isEmpty() const { return m_bodyStart == 0; }
    /// Where the text after the closing line starts in the text given to read().
    qsizetype bodyStart() const { return m_bodyStart; }

    /// Keys are matched case-insensitively.
    bool contains(const QString &key) const;
    /// A scalar, unquoted, or a list's items joined with ", "; empty when absent.
    QString value(const QString &key) const;
    /// A list's items; a scalar is read as a comma-separated list, as static
    /// site generators accept "tags: a, b" too.
    QStringList list(const QString &key) const;

private:
    void readLines(const QStringList &lines);
    void continueValue(const QString &key, QChar joiner, const QString &trimmed);

    QHash<QString, QString> m_scalars;
    QHash<QString, QStringList> m_lists;
    qsizetype m_bodyStart = 0;
};

} // namespace Lectern
