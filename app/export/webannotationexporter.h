// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"


namespace Lectern {

/// The W3C Web Annotation Data Model as JSON-LD: one AnnotationCollection
/// whose first page holds an Annotation per claim. Its target has a
/// TextQuoteSelector and a TextPositionSelector (in code points, as the model
/// counts); tags are TextualBody items with purpose "tagging", the note one
/// with purpose "commenting". Stance, kind and speaker, which the model has no
/// words for, are "lectern:" terms declared in the context.
///
/// So that another library can take the notes, the collection also lists
/// each article under "lectern:articles": its metadata, the SHA-256 of its
/// text and (unless ExportOptions::embedArticles is off) its blocks; and the
/// codebook under "lectern:tags", with colours. See AnnotationImporter.
class WebAnnotationExporter : public Exporter
{
public:
    Format format() const override { return Format::Json; }
    bool write(const ExportData &data, QIODevice *device, QString *error) const override;

    /// The whole collection as JSON in UTF-8; null when progress cancelled.
    QByteArray render(const ExportData &data, QString *error) const;

    static QString contextUrl() { return QStringLiteral("http://www.w3.org/ns/anno.jsonld"); }
    static QString vocabulary() { return QStringLiteral("urn:lectern:terms#"); }

private:
    void annotation(class JsonWriter &json, const ExportData &data, const ExportArticle &article, const Claim &claim,
                    const class CodePointOffsets &offsets) const;
    void articleEntry(class JsonWriter &json, const ExportArticle &article) const;
};

} // namespace Lectern
