// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"
#include "import/pdfimporter.h"
#include "import/pdfreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool loaded = Lectern::Fuzz::requirePlugin<Lectern::PdfReader>("fuzz_pdf", QStringLiteral("lectern_pdfreader"));
    Q_UNUSED(loaded);
    // A short limit: mutants of the PDF that hangs PDFium hang too, and each
    // waits out the limit in full.
    static const Lectern::PdfImporter importer {std::chrono::seconds(1)};
    return Lectern::Fuzz::importOnce(importer, data, size, QStringLiteral("fuzz.pdf"));
}
