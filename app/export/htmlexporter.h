// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace Lectern {

/// One self-contained page (no script, no outside resource): each article
/// with its highlights in their tags' colours, the notes beside the
/// paragraph they belong to, a legend of tags, and print styles. Tables lay
/// it out so that QTextDocument (PDF, ODT) shows the same page as a browser.
class HtmlExporter : public Exporter
{
public:
    Format format() const override { return Format::Html; }
    bool write(const ExportData &data, QIODevice *device, QString *error) const override;

    QString render(const ExportData &data, QString *error) const;
    /// The tag colour lightened for a highlight behind black text.
    static QColor highlightColor(const QColor &tagColor);

private:
    void styles(const ExportData &data, QString &out) const;
    void legend(const ExportData &data, QString &out) const;
    void article(const ExportData &data, const ExportArticle &article, QString &out) const;
    /// The article's title as tag (h1, h2), then its byline, site, date and source.
    static void heading(const Article &meta, const QString &tag, QString &out);
    void note(const ExportData &data, const Claim &claim, int number, QString &out) const;
};

} // namespace Lectern
