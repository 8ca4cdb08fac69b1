// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"
#include "export/annotationimporter.h"
#include "export/lecternurl.h"
#include "indexing/librarystore.h"

#include <QObject>
#include <QSet>

#include <optional>

class QUndoStack;

namespace Lectern {

class ArticleAnnotations;
class ArticleSuggestions;
class Database;
class SuggestionLearner;
class Taxonomy;

/// The open article and all that goes with it, as Okular's core Document is
/// for its file: the store it is read from, its claims and their undo
/// history, the codebook, the suggestions and where the reader was. The
/// window shows a session; the session needs no display, so the command
/// line and tests drive it alike.
class ReadingSession : public QObject
{
    Q_OBJECT
public:
    explicit ReadingSession(Database &database, QObject *parent = nullptr);
    ~ReadingSession() override;

    Database &database() const { return m_database; }
    LibraryStore &store() { return m_store; }
    Taxonomy *taxonomy() const { return m_taxonomy; }
    ArticleAnnotations *annotations() const { return m_annotations; }
    /// The open article's undo history (of its claims).
    QUndoStack *undoStack() const;
    SuggestionLearner *learner() const { return m_learner; }
    ArticleSuggestions *suggestions() const { return m_suggestions; }

    enum class Refusal { None, Missing, InTrash };
    /// Opens an article with its claims and a fresh undo history; nullopt
    /// (and why, in refusal) when it is gone or in the Trash.
    std::optional<Article> open(qint64 articleId, Refusal *refusal = nullptr);
    /// No article open (after it went to the Trash).
    void close();
    qint64 articleId() const { return m_articleId; }
    /// The open article as the library holds it now.
    std::optional<Article> article() const;
    bool isInTrash(qint64 articleId) const;

    /// Where the reader was in the open article (canonical-text offset; 0 at the top).
    int readingPosition() const;
    void setReadingPosition(int position);
    /// The article open when the last session ended, while it is still in the
    /// library and not in the Trash; else 0.
    qint64 lastArticle() const;

    /// Puts a line the importer took out back into the open article, as a
    /// new text version; the caller opens it again.
    bool restoreRemovedLine(int index, QString *error);
    /// The article and claim a lectern:// link names in this library (a link
    /// from another library finds its claim by global id).
    std::optional<LecternUrl> resolveLink(const QString &url) const;
    /// Reads notes from another tool; the claims teach the suggestions as
    /// claims made by hand do.
    bool importAnnotations(const QString &file, AnnotationImporter::Report *report, QString *error);
    /// Reads again what another process (the command line) changed: the
    /// codebook, else the open article's claims.
    void reloadChangedElsewhere();

private:
    /// Undo steps may name a tag that a merge or delete took away: the
    /// history goes with it, however the tag went.
    void forgetRemovedTags();
    QSet<qint64> tagIds() const;

    Database &m_database;
    LibraryStore m_store;
    Taxonomy *m_taxonomy;
    ArticleAnnotations *m_annotations;
    SuggestionLearner *m_learner;
    ArticleSuggestions *m_suggestions;
    QSet<qint64> m_knownTags;
    qint64 m_articleId = 0;
};

} // namespace Lectern
