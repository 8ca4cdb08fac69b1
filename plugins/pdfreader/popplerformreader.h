// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/pdfextraction.h"

namespace Lectern {

/// The values typed or chosen in a PDF's form fields, page by page. Qt PDF
/// has no form API, so Poppler (as Okular uses it) reads them; the text
/// itself stays with PDFium, whose reading order Lectern was measured with.
class PopplerFormReader
{
public:
    /// One list per page, empty where the page has no filled field.
    static QList<QList<PdfExtraction::FormValue>> read(const QByteArray &data);
    /// Once, before the first read: silences Poppler's messages on stderr.
    static void prepare();
};

} // namespace Lectern
