// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>

namespace Lectern {

/// PDFium marks a hyphen it removed, when it joined a word broken across
/// lines, with this non-character.
inline constexpr QChar pdfMergedHyphen(char16_t(0xFFFE));

/// One line of a PDF's text as PDFium reports it, with where it stands on its page.
struct PdfLine
{
    QString text;
    int page = 0;
    bool hasBox = false;
    QString furniture; ///< why the line is not text (a page number, a running header), or empty
    QRectF box; ///< from the top of its first visual line to the bottom of its last
    qreal height = 0; ///< of its tallest visual line
    qreal typeSize = 0; ///< how far its letters rise above the baseline
    bool formValue = false; ///< what was typed into a form field: a paragraph of its own
};

} // namespace Lectern
