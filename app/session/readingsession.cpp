// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingsession.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "indexing/articletrash.h"
#include "store/claimstore.h"
#include "store/database.h"
#include "suggest/articlesuggestions.h"
#include "suggest/suggestionlearner.h"

#include <QSettings>

namespace Lectern {

namespace {
const QString lastArticleKey = QStringLiteral("reader/lastArticle");
} // namespace

ReadingSession::ReadingSession(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(database)
    , m_taxonomy(new Taxonomy(database, this))
    , m_annotations(new ArticleAnnotations(database, this))
    , m_learner(new SuggestionLearner(database, m_taxonomy, this))
    , m_suggestions(new ArticleSuggestions(database, m_annotations, m_learner, this))
{
    m_knownTags = tagIds();
    // The model learns from every claim tagged here; suggestions show on request.
    m_learner->watch(m_annotations);
    connect(m_taxonomy, &Taxonomy::changed, this, &ReadingSession::forgetRemovedTags);
    // Merges and deletes rewrite claims' tags: show what the library holds.
    connect(m_taxonomy, &Taxonomy::changed, m_annotations, &ArticleAnnotations::reload);
}

ReadingSession::~ReadingSession() = default;

QUndoStack *ReadingSession::undoStack() const
{
    return m_annotations->undoStack();
}

QSet<qint64> ReadingSession::tagIds() const
{
    QSet<qint64> ids;
    for (const Tag &tag : m_taxonomy->tags())
        ids.insert(tag.id);
    return ids;
}

void ReadingSession::forgetRemovedTags()
{
    const QSet<qint64> now = tagIds();
    if (!(m_knownTags - now).isEmpty())
        m_annotations->undoStack()->clear();
    m_knownTags = now;
}

std::optional<Article> ReadingSession::open(qint64 articleId, Refusal *refusal)
{
    std::optional<Article> article = m_store.article(articleId);
    const Refusal why = !article ? Refusal::Missing : isInTrash(articleId) ? Refusal::InTrash : Refusal::None;
    if (refusal)
        *refusal = why;
    if (why != Refusal::None)
        return std::nullopt;
    m_articleId = articleId;
    m_annotations->load(articleId, article->canonicalText());
    // Only when it changes: QSettings writes its file through at once
    // (two fdatasync calls), and at start the article is the one saved.
    QSettings settings;
    if (settings.value(lastArticleKey).toLongLong() != articleId)
        settings.setValue(lastArticleKey, articleId);
    return article;
}

void ReadingSession::close()
{
    m_articleId = 0;
    m_annotations->load(0, QString());
    QSettings().remove(lastArticleKey);
}

std::optional<Article> ReadingSession::article() const
{
    return m_articleId > 0 ? m_store.article(m_articleId) : std::nullopt;
}

bool ReadingSession::isInTrash(qint64 articleId) const
{
    return ArticleTrash(m_database).contains(articleId);
}

int ReadingSession::readingPosition() const
{
    return m_articleId > 0 ? m_store.readingPosition(m_articleId) : 0;
}

void ReadingSession::setReadingPosition(int position)
{
    if (m_articleId > 0)
        m_store.setReadingPosition(m_articleId, position);
}

qint64 ReadingSession::lastArticle() const
{
    const qint64 last = QSettings().value(lastArticleKey).toLongLong();
    return last > 0 && m_store.article(last) && !isInTrash(last) ? last : 0;
}

bool ReadingSession::restoreRemovedLine(int index, QString *error)
{
    return m_articleId > 0 && m_store.restoreRemovedLine(m_articleId, index, error);
}

std::optional<LecternUrl> ReadingSession::resolveLink(const QString &url) const
{
    std::optional<LecternUrl> link = LecternUrl::parse(url);
    // A link from another library finds its claim by global id; its ids are that library's.
    if (link && !link->claimUid.isEmpty()) {
        const ClaimStore claims(m_database);
        if (const std::optional<qint64> here = claims.claimWithGlobalId(link->claimUid))
            link = LecternUrl {claims.claim(*here)->articleId, *here, link->claimUid};
    }
    if (!link || !m_store.article(link->articleId))
        return std::nullopt;
    return link;
}

bool ReadingSession::importAnnotations(const QString &file, AnnotationImporter::Report *report, QString *error)
{
    if (!AnnotationImporter(m_database).importFile(file, report, error))
        return false;
    m_taxonomy->reload();
    QList<Claim> imported; // teach the suggestions, as claims made by hand do
    const ClaimStore claims(m_database);
    for (qint64 id : std::as_const(report->claimIds)) {
        if (const std::optional<Claim> claim = claims.claim(id))
            imported << *claim;
    }
    m_learner->learnNewClaims(imported);
    return true;
}

void ReadingSession::reloadChangedElsewhere()
{
    if (!m_taxonomy->reloadIfChangedElsewhere()) // a reloaded codebook reloads the claims anyway
        m_annotations->reloadIfChangedElsewhere();
}

} // namespace Lectern
