// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articleindex.h"

namespace Lectern {

class Database;

/// Moves an article's claims onto a new version of its text, in the
/// transaction writing it (Reanchorer): each stays where it was, moves, or
/// becomes an orphan. The Trash and edited details leave claims as they are.
class ClaimReanchoring : public ArticleIndex
{
public:
    explicit ClaimReanchoring(Database &database);

    bool replacing(qint64 articleId, QString *error) override;
    bool remove(qint64 articleId, QString *error) override;
    bool add(const Entry &entry, QString *error) override;
    bool endBatch(QString *error) override;

private:
    Database &m_database;
};

} // namespace Lectern
