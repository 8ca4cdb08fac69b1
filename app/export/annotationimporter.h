// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationset.h"

#include <QCoreApplication>
#include <QHash>

namespace Lectern {

class Database;

/// Takes annotations from a file into the library, all or nothing: the file
/// is read and every entry checked and placed first, then articles, tags and
/// claims are written in one transaction.
///
/// How an annotation finds its article: the article with the same text (the
/// SHA-256 a Lectern export gives), else the one with the same source (path
/// or URL; for Hypothesis the page's uri), else — for a Lectern export — the
/// article carried in the file, which is added to the library. Notes on a
/// page Lectern does not have are refused: import the page first. Each quote
/// is found with the Reanchorer, so notes made on an older or slightly
/// different text land on the same words; one that cannot be found becomes
/// an orphan to review, never a claim on the wrong words.
class AnnotationImporter
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::AnnotationImporter)
public:
    struct Report {
        QString format;
        int claims = 0;
        int orphans = 0;
        int articlesAdded = 0;
        int tagsAdded = 0;
        int skipped = 0; ///< page notes and replies: no passage to mark
        int alreadyPresent = 0; ///< the same passage with the same note is there already
        QList<qint64> claimIds;
    };

    explicit AnnotationImporter(Database &database);

    bool importFile(const QString &path, Report *report, QString *error);
    /// fileName only names the input in messages.
    bool importData(const QByteArray &bytes, const QString &fileName, Report *report, QString *error);

    /// Largest file read, so a wrong file cannot take all memory.
    static constexpr qint64 maxFileSize = 512LL * 1024 * 1024;

private:
    struct Target {
        qint64 articleId = 0; ///< 0: to be added from the file
        QString text;
        const ImportedArticle *imported = nullptr;
    };
    bool resolveArticles(const AnnotationSet &set, QHash<QString, Target> *targets) const;
    bool write(const AnnotationSet &set, QHash<QString, Target> &targets, Report *report, QString *error);
    bool ensureTag(const QString &path, const AnnotationSet &set, QHash<QString, qint64> *known, Report *report, qint64 *tagId, QString *error);

    Database &m_database;
};

} // namespace Lectern
