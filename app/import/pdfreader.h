// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfextraction.h"

#include <QtPlugin>

namespace Lectern {

/// Reads a PDF's text and metadata. The pdfreader plugin implements it with
/// Qt PDF, and Lectern loads it at the first PDF (PluginLibrary): Qt PDF
/// brings Qt Network with its proxy and TLS libraries, which would add
/// about 10 ms to every start of the program.
class PdfReader
{
public:
    virtual ~PdfReader() = default;
    virtual PdfExtraction read(const QByteArray &data) const = 0;
};

} // namespace Lectern

#define LecternPdfReader_iid "org.lectern.PdfReader/1"
Q_DECLARE_INTERFACE(Lectern::PdfReader, LecternPdfReader_iid)
