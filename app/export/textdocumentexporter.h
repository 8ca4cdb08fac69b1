// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace Lectern {

/// PDF (QPdfWriter) and OpenDocument text (QTextDocumentWriter), both from
/// the HTML export laid out by QTextDocument: one rendering, three formats.
/// Needs a QGuiApplication (fonts), not widgets.
class TextDocumentExporter : public Exporter
{
public:
    explicit TextDocumentExporter(Format format);
    Format format() const override { return m_format; }
    bool write(const ExportData &data, QIODevice *device, QString *error) const override;

private:
    Format m_format;
};

} // namespace Lectern
