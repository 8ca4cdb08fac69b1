// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportdata.h"
#include "exportscope.h"

#include <QCoreApplication>

#include <optional>

namespace Lectern {

class Database;

/// Reads what a scope names from the library into ExportData: the articles
/// (chosen ones even without claims; for the whole library, those with
/// claims the filter keeps), their claims in text order, and the codebook.
class ExportCollector
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::ExportCollector)
public:
    explicit ExportCollector(Database &database);

    /// Nullopt with error set for an unknown article, or when progress cancelled.
    std::optional<ExportData> collect(const ExportScope &scope, const ExportProgress &progress, QString *error);

    /// Reads only the first limit articles (a preview); -1: all.
    void setArticleLimit(int limit) { m_articleLimit = limit; }
    /// What the scope holds, even beyond the limit: set by collect().
    int articlesFound() const { return m_articlesFound; }
    int claimsFound() const { return m_claimsFound; }

private:
    Database &m_database;
    int m_articleLimit = -1;
    int m_articlesFound = 0;
    int m_claimsFound = 0;
};

} // namespace Lectern
