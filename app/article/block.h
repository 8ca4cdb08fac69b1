// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// One structural unit of an article. The canonical text is the blocks'
/// texts joined by '\n'; a code block may itself contain '\n', and a table
/// is its rows joined by '\n', each row its cells joined by '\t'.
struct Block {
    enum class Kind { Paragraph = 0, Heading = 1, ListItem = 2, Quote = 3, Code = 4, Table = 5 };

    Kind kind = Kind::Paragraph;
    int level = 0; ///< heading level 1–6, list nesting depth, a table's header rows
    QString text;
    QString language; ///< code blocks only

    static Block paragraph(const QString &text) { return {Kind::Paragraph, 0, text, {}}; }
    static Block heading(const QString &text, int level) { return {Kind::Heading, level, text, {}}; }
    static Block listItem(const QString &text, int depth = 0) { return {Kind::ListItem, depth, text, {}}; }
    static Block quote(const QString &text) { return {Kind::Quote, 0, text, {}}; }
    static Block code(const QString &text, const QString &language) { return {Kind::Code, 0, text, language}; }
    static Block table(const QString &text, int headerRows) { return {Kind::Table, headerRows, text, {}}; }
    /// Code and tables keep their lines: their text holds '\n'.
    bool hasLines() const { return kind == Kind::Code || kind == Kind::Table; }

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);

    friend bool operator==(const Block &, const Block &) = default;
};

} // namespace Lectern
