// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Lectern {

/// Refuses text whose lines run absurdly long before any importer sees it.
/// No article has a paragraph of a million characters, but a file that does
/// (a log, a dump, a minified blob) makes every later step — Markdown and HTML
/// parsing, paragraph detection, the search index — work on one giant string,
/// which takes minutes. One pass over the bytes finds it in milliseconds.
class LineLengthLimit
{
public:
    /// Longest run of bytes between line breaks (and, in markup, between tags).
    static constexpr qsizetype maxLineBytes = 1024 * 1024;

    /// The longest run of bytes holding none of `stops`.
    static qsizetype longestRun(const QByteArray &data, QByteArrayView stops);
    /// Why the data is refused, or an empty string. In markup a tag breaks a
    /// run too, so a minified page on one line passes.
    static QString check(const QByteArray &data, bool markup);
};

} // namespace Lectern
