// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace Lectern {

/// Markdown files (GitHub dialect) with optional YAML front matter.
/// CommonMarkDocument parses the body and renders it to HTML, which the HTML
/// importer reads whole, so raw HTML inside the Markdown keeps its text.
/// Needs no QGuiApplication.
class MarkdownImporter : public Importer
{
public:
    QString format() const override { return QStringLiteral("markdown"); }
    ImportResult parse(const QByteArray &data, const QString &fileName) const override;
};

} // namespace Lectern
