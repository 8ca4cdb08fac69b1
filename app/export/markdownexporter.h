// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace Lectern {

/// Notes for Obsidian, Logseq and the like: YAML front matter, then for each
/// article its claims grouped by tag, each a quote with its stance, kind,
/// speaker, note and a lectern:// link back to the passage.
class MarkdownExporter : public Exporter
{
public:
    Format format() const override { return Format::Markdown; }
    bool write(const ExportData &data, QIODevice *device, QString *error) const override;

    /// The whole export as text (write() encodes it as UTF-8).
    QString render(const ExportData &data, QString *error) const;
    /// A YAML double-quoted scalar.
    static QString yamlString(const QString &text);
    /// Text with Markdown's inline markup characters escaped.
    static QString escape(const QString &text);

private:
    void frontMatter(const ExportData &data, QString &out) const;
    void article(const ExportData &data, const ExportArticle &article, QString &out) const;
    void claim(const ExportData &data, const ExportArticle &article, const Claim &claim, QString &out) const;
};

} // namespace Lectern
