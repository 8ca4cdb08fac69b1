// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

class QTextDocument;

namespace Lectern {

struct Article;

/// Lays an article's blocks into a QTextDocument for reading. Each canonical
/// '\n' becomes a block break, so a document position is the same number as
/// an offset in the canonical text: anchors need no mapping.
class ArticleDocument
{
public:
    struct Style {
        QFont bodyFont;
        QFont codeFont;
        qreal lineHeightPercent = 150;
    };

    static void build(QTextDocument *document, const Article &article, const Style &style);
    static Style defaultStyle();
};

} // namespace Lectern
