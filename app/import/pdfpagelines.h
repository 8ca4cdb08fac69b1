// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfextraction.h"
#include "pdfline.h"

#include <QList>

namespace Lectern {

/// The lines of a PDF's pages, top to bottom, each with its box where the
/// glyph runs allow: page numbers and running headers and footers marked as
/// furniture, text drawn twice read once, form field values in their place.
class PdfPageLines
{
public:
    static QList<PdfLine> read(const PdfExtraction &document);
};

} // namespace Lectern
