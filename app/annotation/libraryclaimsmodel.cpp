// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryclaimsmodel.h"

#include "store/database.h"
#include "taxonomy.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringMatcher>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Lectern {

namespace {
// Pages kept before the catalog is in: a few screens around the scroll
// position, not every row of a long scroll.
constexpr int pagesKept = 32;
} // namespace

LibraryClaimsModel::LibraryClaimsModel(Database &database, Taxonomy *taxonomy, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_taxonomy(taxonomy)
    , m_loadTimer(new QTimer(this))
{
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(0);
    connect(m_loadTimer, &QTimer::timeout, this, &LibraryClaimsModel::loadSlice);
    reload();
    // Renames show at once; merges and deletes change claims' tags: reload.
    connect(m_taxonomy, &Taxonomy::changed, this, &LibraryClaimsModel::reload);
}

void LibraryClaimsModel::reload()
{
    m_loadTimer->stop();
    beginResetModel();
    m_loaded = false;
    m_visible.clear();
    m_pages.clear();
    m_catalog.begin(m_database);
    QSqlQuery count(m_database.connection());
    if (count.exec(QStringLiteral("SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.trashed IS NULL")) && count.next())
        m_counted = count.value(0).toInt();
    else
        m_counted = 0;
    endResetModel();
    if (m_filter != LibraryClaimFilter{}) {
        finishLoading();
        return;
    }
    m_loadTimer->start();
    Q_EMIT filtered();
}

void LibraryClaimsModel::loadSlice()
{
    if (m_catalog.readMore(m_database, sliceSize))
        m_loadTimer->start();
    else
        catalogComplete();
}

void LibraryClaimsModel::finishLoading()
{
    if (m_loaded)
        return;
    m_loadTimer->stop();
    m_catalog.readMore(m_database, std::numeric_limits<int>::max());
    catalogComplete();
}

void LibraryClaimsModel::catalogComplete()
{
    if (m_filter == LibraryClaimFilter{} && m_catalog.claims.size() == m_counted) {
        // The claims the pages showed, in the same order: no reset, so the
        // view keeps its scroll position and selection.
        m_visible.resize(m_catalog.claims.size());
        std::iota(m_visible.begin(), m_visible.end(), 0);
        m_loaded = true;
        m_pages.clear();
        if (m_counted > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_counted - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_loaded = true;
        m_pages.clear();
        m_visible = matching(false);
        endResetModel();
        Q_EMIT filtered();
    }
    Q_EMIT loaded();
}

void LibraryClaimsModel::setFilter(const LibraryClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    LibraryClaimFilter rest = filter;
    rest.text = m_filter.text;
    // A longer text matches only among the rows a shorter one matched.
    const bool narrowing = rest == m_filter && filter.text.toCaseFolded().contains(m_filter.text.toCaseFolded());
    m_filter = filter;
    if (!m_loaded)
        finishLoading(); // filters with m_filter
    else
        applyFilter(narrowing);
}

bool LibraryClaimsModel::accepts(const ClaimCatalog::Entry &entry, const QList<qint64> &tags, const QStringMatcher &text) const
{
    if (m_filter.stance && entry.stance != *m_filter.stance)
        return false;
    if (m_filter.kind && entry.kind != *m_filter.kind)
        return false;
    if (!tags.isEmpty() && std::none_of(entry.tagIds.begin(), entry.tagIds.end(), [&tags](qint64 id) {
            return tags.contains(id);
        }))
        return false;
    if (!m_filter.speaker.isEmpty() && !entry.speaker.contains(m_filter.speaker, Qt::CaseInsensitive))
        return false;
    const ClaimCatalog::ArticleInfo &article = m_catalog.articles.at(entry.article);
    if (!m_filter.site.isEmpty() && !article.site.contains(m_filter.site, Qt::CaseInsensitive))
        return false;
    // Dates compare as ISO text: "2025" takes in all of 2025 at either end.
    if (!m_filter.from.isEmpty() && (article.published.isEmpty() || QStringView(article.published).left(m_filter.from.size()) < m_filter.from))
        return false;
    if (!m_filter.to.isEmpty() && (article.published.isEmpty() || QStringView(article.published).left(m_filter.to.size()) > m_filter.to))
        return false;
    if (!m_filter.text.isEmpty() && text.indexIn(entry.folded) < 0 && text.indexIn(article.foldedTitle) < 0)
        return false;
    return true;
}

QList<int> LibraryClaimsModel::matching(bool narrowing) const
{
    QList<qint64> tags;
    if (m_filter.tagId != 0) {
        tags << m_filter.tagId;
        for (qsizetype i = 0; i < tags.size(); ++i)
            tags << m_taxonomy->childrenOf(tags.at(i));
    }
    const QStringMatcher text(m_filter.text.toCaseFolded());
    QList<int> visible;
    if (narrowing) {
        for (const int i : m_visible) {
            if (accepts(m_catalog.claims.at(i), tags, text))
                visible << i;
        }
        return visible;
    }
    visible.reserve(m_catalog.claims.size());
    for (qsizetype i = 0; i < m_catalog.claims.size(); ++i) {
        if (accepts(m_catalog.claims.at(i), tags, text))
            visible << int(i);
    }
    return visible;
}

void LibraryClaimsModel::applyFilter(bool narrowing)
{
    QList<int> visible = matching(narrowing);
    beginResetModel();
    m_visible.swap(visible);
    endResetModel();
    Q_EMIT filtered();
}

QList<LibraryClaimsModel::PagedRow> LibraryClaimsModel::readPage(int page) const
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT c.id, c.start_offset, c.exact, c.speaker, c.note, c.stance, c.kind, c.status,"
                               " (SELECT group_concat(tag_id) FROM claim_tags WHERE claim_id = c.id), a.id, a.title, a.site, a.published"
                               " FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.trashed IS NULL ORDER BY c.article_id, c.start_offset, c.id LIMIT ? OFFSET ?"));
    sql.addBindValue(pageSize);
    sql.addBindValue(page * pageSize);
    QList<PagedRow> rows;
    if (!sql.exec()) {
        qWarning("Cannot read the library's claims: %s", qPrintable(sql.lastError().text()));
        return rows;
    }
    while (sql.next()) {
        PagedRow row;
        row.entry.id = sql.value(0).toLongLong();
        row.entry.start = sql.value(1).toInt();
        row.entry.quote = sql.value(2).toString();
        row.entry.speaker = sql.value(3).toString();
        row.entry.note = sql.value(4).toString();
        row.entry.stance = Claim::stanceFromKey(sql.value(5).toString()).value_or(Claim::Stance::Neutral);
        row.entry.kind = Claim::kindFromKey(sql.value(6).toString()).value_or(Claim::Kind::Claim);
        row.entry.orphan = Claim::statusFromKey(sql.value(7).toString()) == Claim::Status::Orphan;
        const QString tags = sql.value(8).toString();
        for (const QStringView id : QStringView(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
            row.entry.tagIds << id.toLongLong();
        row.article = {sql.value(9).toLongLong(), sql.value(10).toString(), sql.value(11).toString(), sql.value(12).toString(), {}};
        rows << row;
    }
    return rows;
}

const LibraryClaimsModel::PagedRow &LibraryClaimsModel::pagedRow(int row) const
{
    const int page = row / pageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        if (m_pages.size() >= pagesKept)
            m_pages.clear();
        found = m_pages.insert(page, readPage(page));
    }
    // A claim deleted since the count leaves the page short until reload().
    static const PagedRow missing;
    const int offset = row % pageSize;
    return offset < found->size() ? found->at(offset) : missing;
}

int LibraryClaimsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_loaded ? int(m_visible.size()) : m_counted;
}

int LibraryClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryClaimsModel::tagNames(const ClaimCatalog::Entry &entry) const
{
    QStringList names;
    for (const qint64 id : entry.tagIds)
        names << m_taxonomy->path(id);
    return names.join(QStringLiteral(", "));
}

QVariant LibraryClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimCatalog::Entry *shown = nullptr;
    const ClaimCatalog::ArticleInfo *article = nullptr;
    if (m_loaded) {
        shown = &m_catalog.claims.at(m_visible.at(index.row()));
        article = &m_catalog.articles.at(shown->article);
    } else {
        const PagedRow &row = pagedRow(index.row());
        shown = &row.entry;
        article = &row.article;
    }
    const ClaimCatalog::Entry &entry = *shown;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return entry.orphan ? tr("%1 (needs review)").arg(entry.quote) : entry.quote;
        case TagsColumn:
            return tagNames(entry);
        case StanceColumn:
            return Claim::stanceName(entry.stance);
        case KindColumn:
            return Claim::kindName(entry.kind);
        case SpeakerColumn:
            return entry.speaker;
        case NoteColumn:
            return entry.note.simplified();
        case ArticleColumn:
            return article->title;
        case SiteColumn:
            return article->site;
        case PublishedColumn:
            return article->published.left(10);
        }
        return {};
    case Qt::ToolTipRole:
        return (index.column() == QuoteColumn || index.column() == NoteColumn) && !entry.note.isEmpty() ? entry.note : QVariant();
    case Qt::DecorationRole:
        return index.column() == TagsColumn && !entry.tagIds.isEmpty() ? QVariant(m_taxonomy->color(entry.tagIds.first())) : QVariant();
    case ClaimIdRole:
        return entry.id;
    case ArticleIdRole:
        return article->id;
    case StartRole:
        return entry.start;
    default:
        return {};
    }
}

QVariant LibraryClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn:
        return tr("Claim");
    case TagsColumn:
        return tr("Tags");
    case StanceColumn:
        return tr("Stance");
    case KindColumn:
        return tr("Kind");
    case SpeakerColumn:
        return tr("Speaker");
    case NoteColumn:
        return tr("Note");
    case ArticleColumn:
        return tr("Article");
    case SiteColumn:
        return tr("Site");
    case PublishedColumn:
        return tr("Published");
    }
    return {};
}

} // namespace Lectern
