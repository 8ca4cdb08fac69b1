// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace Lectern {

/// Curated summary cards: a title, then sections (Summary, Key takeaway, Key
/// insights, Principles, In practice, Topics, Best for, Related …) and an
/// attribution line. The sections become the article's CuratedSummary and
/// its readable text.
class CuratedCardImporter : public Importer
{
public:
    QString format() const override { return QStringLiteral("card"); }
    ImportResult parse(const QByteArray &data, const QString &fileName) const override;
    ImportResult parseText(const QString &text, const QString &fileName) const;

    /// True when at least three known section headings, Summary among them,
    /// stand on lines of their own.
    static bool looksLikeCard(const QString &text);
};

} // namespace Lectern
