// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Lectern {

/// A look at a PDF's page tree before Qt PDF opens it: Qt PDF 6.8 (pdfium)
/// never returns from a page tree whose /Kids lead back to an ancestor, so
/// such a file is refused first. Only objects written out in the file are
/// seen, not those packed in compressed object streams.
class PdfPageTree
{
public:
    static bool hasCycle(const QByteArray &data);
};

} // namespace Lectern
