// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <chrono>

namespace Lectern {

/// PDF files with a text layer, read with Qt PDF (PDFium). The text comes
/// line by line; lines are joined into paragraphs where the layout leaves a
/// gap or a sentence ends a short line, words hyphenated across lines are
/// joined again, and page numbers are dropped. Works with a QCoreApplication.
/// PDFium reads in a child process with a time limit (PdfExtraction): a
/// hostile file is refused, never a hang.
class PdfImporter : public Importer
{
public:
    /// How much processor time PDFium may take; zero gives
    /// PdfExtraction::timeLimitFor the file.
    explicit PdfImporter(std::chrono::seconds timeLimit = {})
        : m_timeLimit(timeLimit)
    {
    }
    QString format() const override { return QStringLiteral("pdf"); }
    ImportResult parse(const QByteArray &data, const QString &fileName) const override;

private:
    std::chrono::seconds m_timeLimit;
};

} // namespace Lectern
