// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/pdfreader.h"

#include <QObject>

namespace Lectern {

/// PdfReader by Qt PDF (PDFium): each page's text with the boxes of its
/// glyph runs, and the document's title, author and creation date.
class QtPdfReader
    : public QObject
    , public PdfReader
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LecternPdfReader_iid)
    Q_INTERFACES(Lectern::PdfReader)
public:
    QtPdfReader();
    PdfExtraction read(const QByteArray &data) const override;
};

} // namespace Lectern
