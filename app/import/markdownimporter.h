// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace Lectern {

/// Markdown files (GitHub dialect) with optional YAML front matter. Qt's
/// own Markdown reader (md4c inside QTextDocument) parses the body; its
/// blocks map onto headings, list items, quotes, code and paragraphs.
class MarkdownImporter : public Importer
{
public:
    QString format() const override { return QStringLiteral("markdown"); }
    ImportResult parse(const QByteArray &data, const QString &fileName) const override;
};

} // namespace Lectern
