// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace Lectern {

/// A Markdown text parsed by cmark-gfm, GitHub's own CommonMark parser, with
/// the GitHub extensions (tables, strikethrough, autolinks, task lists) and
/// footnotes. Raw HTML is kept as written, so that the HTML importer reads
/// it with the rest: nothing around an inline <kbd> or an HTML block is lost.
///
/// cmark-gfm rather than md4c: it has footnotes, and it builds a tree, which
/// the title needs (a badge line is never the title).
class CommonMarkDocument
{
public:
    explicit CommonMarkDocument(QStringView markdown);
    /// Takes the text as UTF-8 and lets it go once the parser holds it: the
    /// tree of a long text is many times its size.
    explicit CommonMarkDocument(QByteArray utf8);
    ~CommonMarkDocument();
    CommonMarkDocument(const CommonMarkDocument &) = delete;
    CommonMarkDocument &operator=(const CommonMarkDocument &) = delete;

    /// The document as HTML, raw HTML included verbatim.
    QString html() const;
    /// The document as HTML for showing the user's own Markdown (a note):
    /// raw HTML is left out and links to javascript:, vbscript:, file: and
    /// data: (but images) are dropped, as cmark-gfm's safe mode does.
    QString safeHtml() const;
    /// The first line of text of the first paragraph or heading that has
    /// words of its own: images, their alt text and raw HTML do not count.
    QString firstTextLine() const;

private:
    QString rendered(int options) const;

    struct Tree;
    std::unique_ptr<Tree> m_tree;
};

} // namespace Lectern
