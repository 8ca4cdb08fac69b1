// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace Lectern {

/// Saved web pages to articles, reader-mode style: the article's text and
/// structure without the site around it (navigation, sidebars, comments,
/// cookie banners), and its metadata. Never fetches anything, never runs
/// scripts; parsing is gumbo's, every walk over the tree is iterative.
class HtmlImporter : public Importer
{
public:
    enum class Extraction {
        ReaderView, ///< a web page: find the article inside it
        WholeDocument, ///< an e-book chapter: all of the body is content
        /// HTML rendered from Markdown: all of the body is content, and
        /// images and task list boxes are written as text.
        RenderedMarkup,
    };

    /// Deeper element nesting than this is refused before parsing: no real
    /// page comes near it (browsers flatten past 512), and the parser's cost
    /// grows with the square of the depth.
    static constexpr int MaximumNesting = 5000;

    QString format() const override;
    /// Detects the encoding (BOM, <meta charset>, http-equiv Content-Type or
    /// an XML declaration in the first 4 KB, else TextDecoder's guess).
    ImportResult parse(const QByteArray &data, const QString &fileName) const override;
    /// For text already decoded, such as an EPUB chapter.
    ImportResult parseHtml(QString html, const QString &fileName, Extraction extraction = Extraction::ReaderView) const;

    /// The charset the document declares in its first 4 KB, as a label
    /// TextDecoder understands (WHATWG's aliases applied: "iso-8859-1" means
    /// windows-1252), or empty.
    static QByteArray declaredCharset(QByteArrayView data);
    /// The error for a document without any text, so that callers combining
    /// documents (EPUB chapters) can tell an empty one from a broken one.
    static QString noTextError();
};

} // namespace Lectern
