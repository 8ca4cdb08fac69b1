// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relatedarticle.h"

#include <QAbstractListModel>

namespace Lectern {

class Database;
struct Article;

/// The side panel's Related tab: the library's articles most related to the
/// open one, each with why, then the titles its curated card names, those
/// not in the library listed as titles to look for.
class RelatedArticlesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ArticleIdRole = Qt::UserRole + 1, WhyRole, KindRole, TitleRole };
    enum class Kind { Related, CuratedInLibrary, CuratedMissing };

    explicit RelatedArticlesModel(Database &database, QObject *parent = nullptr);

    void load(const Article &article, int limit = 10);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row {
        Kind kind;
        qint64 articleId;
        QString title;
        QString why;
    };
    Database &m_database;
    QList<Row> m_rows;
};

} // namespace Lectern
