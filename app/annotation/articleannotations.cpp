// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleannotations.h"

#include "claimcommands_p.h"

#include <algorithm>

namespace Lectern {

namespace {
void sortByStart(QList<Claim> &claims)
{
    std::sort(claims.begin(), claims.end(), [](const Claim &a, const Claim &b) {
        return std::tie(a.anchor.start, a.anchor.end, a.id) < std::tie(b.anchor.start, b.anchor.end, b.id);
    });
}
} // namespace

ArticleAnnotations::ArticleAnnotations(Database &database, QObject *parent)
    : QObject(parent)
    , m_store(database)
{
}

void ArticleAnnotations::load(qint64 articleId, const QString &text)
{
    m_undoStack.clear();
    m_articleId = articleId;
    m_text = text;
    loadHighlights();
    Q_EMIT claimsChanged();
}

void ArticleAnnotations::reload()
{
    loadHighlights();
    Q_EMIT highlightsChanged(0, int(m_text.size()));
    Q_EMIT claimsChanged();
}

bool ArticleAnnotations::reloadIfChangedElsewhere()
{
    const QList<Highlight> stored = m_articleId > 0 ? m_store.highlightsForArticle(m_articleId) : QList<Highlight>();
    const bool same = stored.size() == m_highlights.size() && std::all_of(stored.cbegin(), stored.cend(), [this](const Highlight &highlight) {
        const auto known = m_highlights.constFind(highlight.id);
        return known != m_highlights.cend() && known->start == highlight.start && known->end == highlight.end && known->placed == highlight.placed
            && known->tagIds == highlight.tagIds;
    });
    if (!same || !sameClaimsAsStored()) {
        reload();
        return true;
    }
    return false;
}

bool ArticleAnnotations::sameClaimsAsStored() const
{
    // Notes, stances and speakers are read only once asked for; what was never
    // read cannot be stale.
    if (!m_claims)
        return true;
    const QList<Claim> stored = m_store.claimsForArticle(m_articleId);
    return std::all_of(stored.cbegin(), stored.cend(), [this](const Claim &claim) {
        const auto known = m_claims->constFind(claim.id);
        return known != m_claims->cend() && known->modified == claim.modified && known->note == claim.note && known->stance == claim.stance
            && known->kind == claim.kind && known->speaker == claim.speaker && known->status == claim.status;
    });
}

void ArticleAnnotations::loadHighlights()
{
    m_claims.reset();
    m_highlights.clear();
    m_index.clear();
    const QList<Highlight> stored = m_articleId > 0 ? m_store.highlightsForArticle(m_articleId) : QList<Highlight>();
    m_highlights.reserve(stored.size());
    for (const Highlight &highlight : stored) {
        m_highlights.insert(highlight.id, highlight);
        if (highlight.placed)
            m_index.insert(highlight.id, highlight.start, highlight.end);
    }
}

const QHash<qint64, Claim> &ArticleAnnotations::wholeClaims() const
{
    if (!m_claims) {
        m_claims.emplace();
        const QList<Claim> stored = m_articleId > 0 ? m_store.claimsForArticle(m_articleId) : QList<Claim>();
        m_claims->reserve(stored.size());
        for (const Claim &claim : stored)
            m_claims->insert(claim.id, claim);
    }
    return *m_claims;
}

// Every edit is written before it is placed here, so claims read later
// from the store agree with what is placed now.
void ArticleAnnotations::place(const Claim &claim)
{
    if (m_claims)
        m_claims->insert(claim.id, claim);
    m_highlights.insert(claim.id, Highlight::of(claim));
    if (!claim.isOrphan())
        m_index.insert(claim.id, claim.start(), claim.end());
}

void ArticleAnnotations::unplace(const Claim &claim)
{
    if (m_claims)
        m_claims->remove(claim.id);
    m_highlights.remove(claim.id);
    if (!claim.isOrphan())
        m_index.remove(claim.id, claim.start());
}

void ArticleAnnotations::announce(int from, int to)
{
    Q_EMIT highlightsChanged(from, to);
    Q_EMIT claimsChanged();
}

void ArticleAnnotations::fail(const QString &error)
{
    m_lastWriteFailed = true;
    Q_EMIT writeFailed(tr("The change could not be saved to the library: %1").arg(error));
}

std::optional<Claim> ArticleAnnotations::claim(qint64 claimId) const
{
    const auto it = wholeClaims().constFind(claimId);
    if (it == wholeClaims().cend())
        return std::nullopt;
    return *it;
}

QList<Highlight> ArticleAnnotations::highlightsIn(int from, int to) const
{
    QList<Highlight> result;
    const QList<qint64> ids = m_index.overlapping(from, to);
    result.reserve(ids.size());
    for (qint64 id : ids)
        result << m_highlights.value(id);
    return result;
}

QList<Claim> ArticleAnnotations::claimsIn(int from, int to) const
{
    QList<Claim> result;
    const QList<qint64> ids = m_index.overlapping(from, to);
    result.reserve(ids.size());
    for (qint64 id : ids)
        result << wholeClaims().value(id);
    return result;
}

QList<Claim> ArticleAnnotations::claimsAt(int position) const
{
    return claimsIn(position, position + 1);
}

QList<Claim> ArticleAnnotations::claims() const
{
    QList<Claim> result = wholeClaims().values();
    sortByStart(result);
    return result;
}

qint64 ArticleAnnotations::addClaim(int start, int end, const QList<qint64> &tagIds)
{
    start = qBound(0, start, int(m_text.size()));
    end = qBound(start, end, int(m_text.size()));
    if (m_articleId <= 0 || start == end || tagIds.isEmpty())
        return 0;
    Claim claim;
    claim.anchor = TextAnchor::describe(m_text, start, end);
    claim.tagIds = tagIds;
    return addClaim(claim);
}

qint64 ArticleAnnotations::addClaim(const Claim &described)
{
    if (m_articleId <= 0 || described.tagIds.isEmpty() || described.start() < 0 || described.start() >= described.end()
        || described.end() > m_text.size())
        return 0;
    Claim claim = described;
    claim.id = 0;
    claim.articleId = m_articleId;
    auto *command = new AddClaimCommand(this, claim);
    m_lastWriteFailed = false;
    m_undoStack.push(command); // deletes the command if its write failed
    return m_lastWriteFailed ? 0 : command->claimId();
}

bool ArticleAnnotations::removeClaim(qint64 claimId)
{
    const auto existing = claim(claimId);
    if (!existing)
        return false;
    m_lastWriteFailed = false;
    m_undoStack.push(new RemoveClaimCommand(this, *existing));
    return !m_lastWriteFailed;
}

bool ArticleAnnotations::toggleTag(qint64 claimId, qint64 tagId)
{
    const auto existing = claim(claimId);
    if (!existing)
        return false;
    QList<qint64> tags = existing->tagIds;
    if (tags.contains(tagId))
        tags.removeAll(tagId);
    else
        tags << tagId;
    if (tags.isEmpty())
        return removeClaim(claimId);
    return setTags(claimId, tags);
}

bool ArticleAnnotations::edit(const Claim &edited, const QString &actionText)
{
    return pushEdit(edited.id, int(EditClaimCommand::Field::Several), actionText, [&](Claim &claim) {
        const QDateTime created = claim.created;
        claim = edited;
        claim.created = created;
    });
}

bool ArticleAnnotations::pushEdit(qint64 claimId, int field, const QString &text, const std::function<void(Claim &)> &change)
{
    const auto existing = claim(claimId);
    if (!existing)
        return false;
    Claim after = *existing;
    change(after);
    after.modified = QDateTime::currentDateTimeUtc();
    m_lastWriteFailed = false;
    m_undoStack.push(new EditClaimCommand(this, *existing, after, EditClaimCommand::Field(field), text));
    return !m_lastWriteFailed;
}

bool ArticleAnnotations::setTags(qint64 claimId, const QList<qint64> &tagIds)
{
    if (tagIds.isEmpty())
        return false;
    return pushEdit(claimId, int(EditClaimCommand::Field::Tags), tr("Change Tags"), [&](Claim &claim) {
        claim.tagIds = tagIds;
    });
}

bool ArticleAnnotations::setNote(qint64 claimId, const QString &note)
{
    return pushEdit(claimId, int(EditClaimCommand::Field::Note), tr("Edit Note"), [&](Claim &claim) {
        claim.note = note;
    });
}

bool ArticleAnnotations::setSpeaker(qint64 claimId, const QString &speaker)
{
    return pushEdit(claimId, int(EditClaimCommand::Field::Speaker), tr("Set Speaker"), [&](Claim &claim) {
        claim.speaker = speaker.trimmed();
    });
}

bool ArticleAnnotations::setStance(qint64 claimId, Claim::Stance stance)
{
    return pushEdit(claimId, int(EditClaimCommand::Field::Stance), tr("Set Stance"), [&](Claim &claim) {
        claim.stance = stance;
    });
}

bool ArticleAnnotations::setKind(qint64 claimId, Claim::Kind kind)
{
    return pushEdit(claimId, int(EditClaimCommand::Field::Kind), tr("Set Kind"), [&](Claim &claim) {
        claim.kind = kind;
    });
}

bool ArticleAnnotations::reattach(qint64 claimId, int start, int end)
{
    return moveClaim(claimId, start, end, int(EditClaimCommand::Field::Place), tr("Re-attach Claim"));
}

bool ArticleAnnotations::adjustRange(qint64 claimId, int start, int end)
{
    return moveClaim(claimId, start, end, int(EditClaimCommand::Field::Range), tr("Adjust Claim"));
}

// A claim put on a passage by hand is anchored there for sure.
bool ArticleAnnotations::moveClaim(qint64 claimId, int start, int end, int field, const QString &text)
{
    start = qBound(0, start, int(m_text.size()));
    end = qBound(start, end, int(m_text.size()));
    if (start == end)
        return false;
    return pushEdit(claimId, field, text, [&](Claim &claim) {
        claim.anchor = TextAnchor::describe(m_text, start, end);
        claim.status = Claim::Status::Anchored;
        claim.confidence = 1.0;
    });
}

bool ArticleAnnotations::storeInsert(Claim *claim)
{
    QString error;
    if (!m_store.insert(claim, &error)) {
        fail(error);
        return false;
    }
    place(*claim);
    announce(claim->start(), claim->end());
    Q_EMIT claimTagsChanged(*claim, {});
    return true;
}

bool ArticleAnnotations::storeUpdate(const Claim &claim)
{
    // Read before the write: whole claims may not have been read yet.
    const Claim before = wholeClaims().value(claim.id);
    QString error;
    if (!m_store.update(claim, &error)) {
        fail(error);
        return false;
    }
    unplace(before);
    place(claim);
    announce(qMin(before.start(), claim.start()), qMax(before.end(), claim.end()));
    if (before.tagIds != claim.tagIds)
        Q_EMIT claimTagsChanged(claim, before.tagIds);
    return true;
}

bool ArticleAnnotations::storeRemove(qint64 claimId)
{
    const Claim removed = wholeClaims().value(claimId);
    QString error;
    if (!m_store.remove(claimId, &error)) {
        fail(error);
        return false;
    }
    unplace(removed);
    announce(removed.start(), removed.end());
    Claim untagged = removed;
    untagged.tagIds.clear();
    Q_EMIT claimTagsChanged(untagged, removed.tagIds);
    return true;
}

} // namespace Lectern
