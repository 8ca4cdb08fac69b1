// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <gumbo.h>

namespace Lectern {

/// Accumulates the text of one block from HTML text nodes. Flowing text is
/// collapsed as a browser shows it (runs of white space become one space,
/// none at the ends), so a block never holds '\n'; preformatted text is kept
/// as written.
class HtmlTextBuilder
{
public:
    /// Flowing text: white space collapses with its neighbours.
    void append(QByteArrayView utf8);
    void append(QStringView text);
    /// A word break (a <br>, a table cell boundary) that adds no space of its own.
    void appendSpace();
    /// Preformatted text, kept verbatim.
    void appendRaw(QByteArrayView utf8);
    void appendRaw(QStringView text);

    /// True when nothing visible has been added since the last take.
    bool isEmpty() const { return m_text.isEmpty(); }
    /// The collapsed text, ready for a block; resets the builder.
    QString take();
    /// The preformatted text without leading blank lines or trailing white
    /// space; resets the builder.
    QString takeRaw();

    /// text with white space collapsed and trimmed.
    static QString collapsed(QStringView text);
    /// The visible text of an element's subtree, collapsed into one line:
    /// for metadata (a title, a byline) and for lines set aside as removed.
    static QString textOf(const GumboNode *element);

private:
    QString m_text;
    bool m_pendingSpace = false;
};

} // namespace Lectern
